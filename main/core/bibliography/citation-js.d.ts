// Types for citation-js (@citation-js/core 0.8 and its BibTeX / RIS / CSL plugins): the parts
// Glossa uses to read bibliography files into CSL-JSON. The plugins register themselves on import.
declare module '@citation-js/core' {
  export interface CiteOptions {
    forceType?: string;
  }
  export class Cite {
    constructor(data: unknown, options?: CiteOptions);
    data: Array<Record<string, unknown>>;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
