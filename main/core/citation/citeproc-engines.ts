// One citeproc-js engine per (style, CSL locale) per thread, shared by every export and every
// "Copy with citation". Building a CSL.Engine compiles the style and the locale, whatever the
// number of documents: 1.6-2.3 s and ~140 MB for Chicago author-date with citeproc's own code,
// ~0.15 s and ~8 MB with the macro index (citeproc-macro-index.ts) and the sort macros compiled
// once (citeproc-sort-macros.ts); export.prepare builds it while the export dialog is open.
// So engines are built once and lent: the CitationEngine that uses one makes it
// hold exactly its own items (engineFor), so two exports that interleave — each awaiting its
// writer — never see each other's documents, and a record edited between two exports is
// fetched again. Disambiguation ("OSCE 2019a") depends only on
// the registered set, which a switch restores exactly.
import CSL, { type Engine } from 'citeproc';
import type { CitationStyleId } from '../../../shared/csl/citation-styles';
import type { CitableItem } from '../../../shared/csl/csl-item';
import { installCiteprocMacroIndex } from './citeproc-macro-index';
import { installCiteprocSortMacros } from './citeproc-sort-macros';
import { localeXml, styleXml } from './csl-assets';

/** What a lent engine serves: the items and the ids to register, in order. */
export interface EngineTenant {
  readonly items: ReadonlyMap<string, CitableItem>;
}

interface Shared {
  engine: Engine;
  tenant: EngineTenant | null;
  /** How many ids the tenant had registered when the engine last switched to it. */
  size: number;
  /** What the registry holds: id → the item's CSL-JSON as registered. */
  registered: Map<string, string>;
  /** makeBibliography of what the registry holds, once asked (null: not yet, or registered since). */
  bibliography: ReturnType<Engine['makeBibliography']> | null;
}

const engines = new Map<string, Shared>();
let built = 0;
let registrations = 0;
let bibliographies = 0;

function build(style: CitationStyleId, localeTag: string): Shared {
  installCiteprocMacroIndex();
  installCiteprocSortMacros();
  const shared: Shared = { engine: null as unknown as Engine, tenant: null, size: 0, registered: new Map(), bibliography: null };
  const sys = { retrieveLocale: (tag: string) => localeXml(tag), retrieveItem: (id: string) => shared.tenant?.items.get(id) };
  shared.engine = new CSL.Engine(sys, styleXml(style), localeTag, true);
  // URLs and DOIs as links: a hyperlink in DOCX, HTML and PDF bibliographies.
  shared.engine.opt.development_extensions.wrap_url_and_doi = true;
  shared.engine.setOutputFormat('html');
  built++;
  return shared;
}

/**
 * Builds the engine of (style, locale) ahead of its first use (the export dialog asks for it
 * when it opens, so an export started from it does not wait for the build). True if built now.
 */
export function prepareEngine(style: CitationStyleId, localeTag: string): boolean {
  const key = `${style}\u0000${localeTag}`;
  if (engines.has(key)) return false;
  engines.set(key, build(style, localeTag));
  return true;
}

/**
 * The engine of (style, locale), registered with exactly the tenant's items. Call before
 * every use: a no-op while the tenant is still the one served and has added no items.
 * A switch to another tenant registers afresh (registering an item computes its sort keys and
 * disambiguation: ~2-4 ms each in Chicago) unless the registry already holds exactly the new
 * tenant's items, in its order, unchanged — what export.prepare registered for the export
 * of the whole project — and then adopts it as it is. Not incrementally: citeproc's year
 * suffixes then depend on what was registered before ("2019a" stays with the first report).
 */
export function engineFor(style: CitationStyleId, localeTag: string, tenant: EngineTenant): Engine {
  prepareEngine(style, localeTag);
  const shared = engines.get(`${style}\u0000${localeTag}`)!;
  if (shared.tenant !== tenant || shared.size !== tenant.items.size) {
    const wanted = [...tenant.items.keys()];
    const json = new Map(wanted.map((id) => [id, JSON.stringify(tenant.items.get(id))]));
    const switching = shared.tenant !== tenant;
    const same = switching && sameRegistration(shared.registered, json);
    // A fresh registry: the previous tenant's items go, and the new tenant's are fetched again.
    if (switching && !same) shared.engine.updateItems([]);
    shared.tenant = tenant;
    if (!same) {
      shared.engine.updateItems(wanted);
      shared.bibliography = null;
      registrations++;
    }
    shared.registered = json;
    shared.size = tenant.items.size;
  }
  return shared.engine;
}

/**
 * The bibliography of exactly the tenant's items (engineFor first), made once per registration:
 * formatting 200 references takes citeproc ~0.5 s, and it depends only on the registered items
 * and their order, so export.prepare makes it while the dialog is open and an export that
 * adopts that registration (or a second export of the same documents) reads it back.
 */
export function bibliographyFor(style: CitationStyleId, localeTag: string, tenant: EngineTenant): ReturnType<Engine['makeBibliography']> {
  engineFor(style, localeTag, tenant);
  const shared = engines.get(`${style}\u0000${localeTag}`)!;
  if (!shared.bibliography) {
    shared.bibliography = shared.engine.makeBibliography();
    bibliographies++;
  }
  return shared.bibliography;
}

/** The same ids in the same order, each with the same CSL-JSON. */
function sameRegistration(registered: ReadonlyMap<string, string>, wanted: ReadonlyMap<string, string>): boolean {
  if (registered.size !== wanted.size) return false;
  const a = [...registered];
  let i = 0;
  for (const [id, item] of wanted) {
    if (a[i][0] !== id || a[i][1] !== item) return false;
    i++;
  }
  return true;
}

/** Drops every engine of this thread (tests: a fresh registry to compare with). */
export function forgetCiteprocEngines(): void {
  engines.clear();
}

/** How many times this thread's engines registered items (tests: a prepared export registers none). */
export function citeprocRegistrations(): number {
  return registrations;
}

/** How many bibliographies this thread's engines made (tests: a prepared export makes none). */
export function citeprocBibliographies(): number {
  return bibliographies;
}

/** How many engines this thread has built (tests: exports reuse them). */
export function citeprocEnginesBuilt(): number {
  return built;
}
