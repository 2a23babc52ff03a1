// The Pandoc flavour of the Markdown report (ExportOptions.pandoc): the same report, but each
// quote is cited as [@citekey, p. 45] instead of the house citation line, a YAML metadata block
// names the bibliography file written beside it (`bibliography:`) and the locale (`lang:`), and
// the report ends with the style's bibliography heading ("References") over an empty `::: {#refs}` div, where
// `pandoc --citeproc` puts the bibliography. Citekeys are shared/csl/csl-item.ts citekeysFor
// over the cited documents in first-cited order (a record's own Better BibTeX / BibTeX key when
// it has one), made safe for Pandoc's syntax; the bibliography file holds exactly those
// documents' CSL items, with id = key.
import { citableItem, citekeysFor, type CitableItem } from '../../../../shared/csl/csl-item';
import type { EvidenceDocument, EvidenceRow } from '../../../../shared/domain/evidence';
import type { ReportLanguage } from '../report-labels';
import { bibliographyHeading } from '../../citation/bibliography-heading';
import { bibliographyFile, type BibliographyFormat } from './pandoc-bibliography';
import { DEFAULT_CITATION_STYLE, type CitationLocale, type CitationStyleId } from '../../../../shared/csl/citation-styles';
import { pandocCitation, pandocCitekeys, pandocCiting } from './pandoc-citation';

/** What the Markdown writer adds for Pandoc (markdown-report.ts). */
export interface PandocMarkdown {
  /** The YAML metadata block, first in the file. */
  frontMatter: string[];
  /** The citation written after a quote in place of the house citation. */
  cite(row: EvidenceRow): string;
  /** The References section at the end. */
  references: string[];
}

/** The documents the rows cite, each once, in the order they are first cited. */
export function citedDocuments(rows: Iterable<EvidenceRow>): EvidenceDocument[] {
  const docs = new Map<string, EvidenceDocument>();
  for (const row of rows) if (!docs.has(row.document.id)) docs.set(row.document.id, row.document);
  return [...docs.values()];
}

/** A YAML scalar: JSON's double-quoted strings are YAML double-quoted strings. */
const yaml = (text: string) => JSON.stringify(text);

export interface PandocExport {
  markdown: PandocMarkdown;
  /** The bibliography file's text and the CSL items in it. */
  bibliography: string;
  items: CitableItem[];
}

/** `csl:` for a style other than Pandoc's own default (Chicago author-date): a comment naming
 *  the style file, since Pandoc stops on a `csl:` file it cannot find. */
function styleLines(style: CitationStyleId): string[] {
  if (style === DEFAULT_CITATION_STYLE) return [];
  return [`# csl: ${style}.csl  (the style: https://www.zotero.org/styles/${style})`];
}

export function preparePandocExport(
  rows: Iterable<EvidenceRow>,
  opts: { language: ReportLanguage; style?: CitationStyleId; locale?: CitationLocale; format: BibliographyFormat; fileName: string },
): PandocExport {
  const locale = opts.locale ?? opts.language;
  const docs = citedDocuments(rows);
  const keys = pandocCitekeys(citekeysFor(docs));
  // The items as the citation engine makes them (citation-engine.ts): in the citation locale.
  const items = docs.map((d) => citableItem(d, keys.get(d.id)!, locale));
  const style = opts.style ?? DEFAULT_CITATION_STYLE;
  const citing = pandocCiting(style, locale);
  return {
    items,
    bibliography: bibliographyFile(items, opts.format),
    markdown: {
      frontMatter: ['---', `bibliography: ${yaml(opts.fileName)}`, ...styleLines(style), `lang: ${citing.lang}`, '---', ''],
      cite: (row) => pandocCitation(keys.get(row.document.id)!, row, citing),
      references: [`## ${bibliographyHeading(style, opts.language)}`, '', '::: {#refs}', ':::', ''],
    },
  };
}
