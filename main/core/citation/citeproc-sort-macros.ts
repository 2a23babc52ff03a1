// Makes a citeproc-js engine small and quick to build when its style sorts by macros. For a
// citation or bibliography citeproc compiles each macro ONCE and calls it (state.macros); for a
// sort key ("extension" builds: bibliography_sort, citation_sort) it pastes the macro's tokens
// into the key's list instead, and every macro that macro calls, at every call. Chicago
// author-date 18th sorts its bibliography by its whole reference ("title-and-descriptions-bib",
// "source-bib"): 203,700 tokens and ~140 MB of heap for the sort keys against 5,300 for every
// macro of the style, most of an engine's build time and of an export's memory.
// Here an extension build compiles each macro once per sort list as well, into a list of its
// own configured as citeproc configures a macro's, and the key calls it the way a citation
// calls a macro — the same tokens run in the same order, so the keys come out the same
// (tests/unit/main/core/citation/citeproc-sort-macros.test.ts compares them on every style).
import CSL from 'citeproc';

type Token = { execs: unknown[] };
type TokenExec = (this: Engine, token: Token, item: unknown, cite: unknown) => number;
interface Engine {
  build: { extension: string; root: string };
  configureTokenList(tokens: Token[]): void;
}
interface CslInternals {
  expandMacro(this: Engine, macroKeyToken: unknown, target: Token[]): void;
  getMacroTarget(this: Engine, mkey: string): Token[] | false;
  configureMacro(this: Engine, target: Token[]): void;
  tokenExec: TokenExec;
  Token: new (name: string, type: number) => Token;
  SINGLETON: number;
}

/** Per engine: `${sort list}\u0000${macro key}` → the macro compiled for that list. */
const compiled = new WeakMap<Engine, Map<string, Token[]>>();
/** The lists this module had citeproc compile (configured once compiled). */
const ownLists = new WeakSet<Token[]>();
/** The token list expandMacro is building into, innermost last. */
const targets: Token[][] = [];

let originals: Pick<CslInternals, 'expandMacro' | 'getMacroTarget' | 'configureMacro'> | null = null;

/** Installs the shared sort macros once per thread; idempotent. */
export function installCiteprocSortMacros(): void {
  if (originals) return;
  const csl = CSL as unknown as CslInternals;
  const { expandMacro, getMacroTarget, configureMacro } = csl;
  originals = { expandMacro, getMacroTarget, configureMacro };

  csl.expandMacro = function (macroKeyToken, target) {
    targets.push(target);
    try {
      expandMacro.call(this, macroKeyToken, target);
    } finally {
      targets.pop();
    }
  };

  csl.getMacroTarget = function (mkey) {
    if (!this.build.extension) return getMacroTarget.call(this, mkey);
    let lists = compiled.get(this);
    if (!lists) compiled.set(this, (lists = new Map()));
    const key = `${this.build.root}${this.build.extension}\u0000${mkey}`;
    let list = lists.get(key);
    const fresh = !list;
    if (!list) {
      list = [];
      lists.set(key, list);
      ownLists.add(list);
    }
    // The call, where citeproc would have pasted the macro: between its opening and closing group.
    const macro = list;
    const call = new csl.Token('text', csl.SINGLETON);
    call.execs.push(function (state: Engine, item: unknown, cite: unknown) {
      let next = 0;
      while (next < macro.length) next = csl.tokenExec.call(state, macro[next], item, cite);
    });
    targets[targets.length - 1].push(call);
    return fresh ? list : false;
  };

  csl.configureMacro = function (target) {
    if (ownLists.has(target)) this.configureTokenList(target);
    else configureMacro.call(this, target);
  };
}

/** For tests: citeproc's own pasting back (engines built before keep what they were built with). */
export function uninstallCiteprocSortMacros(): void {
  if (!originals) return;
  Object.assign(CSL as unknown as CslInternals, originals);
  originals = null;
}
