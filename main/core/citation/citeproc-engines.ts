// One citeproc-js engine per (style, CSL locale) per thread, shared by every export and every
// "Copy with citation". Building a CSL.Engine compiles the style and the locale, whatever the
// number of documents: 1.6-2.3 s and ~140 MB for Chicago author-date with citeproc's own code,
// ~0.15 s and ~8 MB with the macro index (citeproc-macro-index.ts) and the sort macros compiled
// once (citeproc-sort-macros.ts); export.prepare builds it while the export dialog is open.
// So engines are built once and lent: the CitationEngine that uses one makes it
// hold exactly its own items (updateItems with no ids, then with its own), so two exports that
// interleave — each awaiting its writer — never see each other's documents, and a record
// edited between two exports is fetched again. Disambiguation ("OSCE 2019a") depends only on
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
}

const engines = new Map<string, Shared>();
let built = 0;

function build(style: CitationStyleId, localeTag: string): Shared {
  installCiteprocMacroIndex();
  installCiteprocSortMacros();
  const shared: Shared = { engine: null as unknown as Engine, tenant: null, size: 0 };
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
 */
export function engineFor(style: CitationStyleId, localeTag: string, tenant: EngineTenant): Engine {
  prepareEngine(style, localeTag);
  const shared = engines.get(`${style}\u0000${localeTag}`)!;
  if (shared.tenant !== tenant || shared.size !== tenant.items.size) {
    // A fresh registry: the previous tenant's items go, and the new tenant's are fetched again.
    if (shared.tenant !== tenant) shared.engine.updateItems([]);
    shared.tenant = tenant;
    shared.engine.updateItems([...tenant.items.keys()]);
    shared.size = tenant.items.size;
  }
  return shared.engine;
}

/** How many engines this thread has built (tests: exports reuse them). */
export function citeprocEnginesBuilt(): number {
  return built;
}
