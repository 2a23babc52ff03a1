// Types for citation-js (@citation-js/core 0.8 and its BibTeX / RIS / CSL plugins), which ship no
// declarations: the parts Glossa uses — reading bibliography files into CSL-JSON (the attach
// dialog) and formatting CSL-JSON items as BibTeX (the Pandoc export), with the BibTeX
// plugin's output switches. The plugins register themselves on import.
declare module '@citation-js/core' {
  export interface CiteOptions {
    forceType?: string;
  }
  export class Cite {
    constructor(data: unknown, options?: CiteOptions);
    data: Array<Record<string, unknown>>;
    format(format: 'bibtex' | 'biblatex' | 'data', options?: { format?: 'text' }): string;
  }
  export const plugins: {
    config: {
      get(plugin: '@bibtex'): { format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean } };
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
