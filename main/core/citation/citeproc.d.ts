// The part of citeproc-js (npm "citeproc", CommonJS, untyped) Glossa calls: an engine per
// style + locale, fed CSL-JSON items by id, making citation clusters and the bibliography.
declare module 'citeproc' {
  export interface CiteprocSys {
    retrieveLocale(lang: string): string | undefined;
    retrieveItem(id: string): unknown;
  }
  export interface CiteItem {
    id: string;
    locator?: string;
    label?: string;
    prefix?: string;
    suffix?: string;
  }
  export interface BibliographyMeta {
    entry_ids: string[][];
    hangingindent?: boolean;
    'second-field-align'?: string | false;
    bibliography_errors: unknown[];
  }
  export class Engine {
    constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean);
    opt: { xclass: 'in-text' | 'note'; development_extensions: { wrap_url_and_doi: boolean } };
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeCitationCluster(items: CiteItem[]): string;
    makeBibliography(): [BibliographyMeta, string[]] | false;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
