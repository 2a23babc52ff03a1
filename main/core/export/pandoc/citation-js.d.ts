// The part of citation-js (0.8) the Pandoc export uses: a Cite of CSL-JSON items formatted as
// BibTeX, and the BibTeX plugin's output switches. The packages ship no type declarations.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibtex' | 'biblatex' | 'data', options?: { format?: 'text' }): string;
  }
  export const plugins: {
    config: {
      get(plugin: '@bibtex'): { format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean } };
    };
  };
}
declare module '@citation-js/plugin-bibtex';
