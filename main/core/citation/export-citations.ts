// The citation engine of one export: its style and locale from the export options (defaults:
// Chicago author-date, the report language), checked again here because options also arrive
// from the CLI and the HTTP bridge. An unknown style is a user-facing 'export.unknownStyle'.
import { GlossaError } from '../../../shared/errors';
import type { EvidenceDocument, ExportOptions } from '../../../shared/domain/evidence';
import {
  CITATION_STYLES, DEFAULT_CITATION_STYLE, isCitationLocale, isCitationStyle,
  type CitationLocale, type CitationStyleId,
} from '../../../shared/csl/citation-styles';
import { CitationEngine } from './citation-engine';

/** The style and locale an export cites in. */
export function citationChoiceOf(options: Pick<ExportOptions, 'style' | 'locale' | 'language'>): { style: CitationStyleId; locale: CitationLocale } {
  const style = options.style ?? DEFAULT_CITATION_STYLE;
  if (!isCitationStyle(style)) {
    throw new GlossaError('export.unknownStyle', `Unknown citation style "${String(style)}"; use one of: ${CITATION_STYLES.join(', ')}.`, { style: String(style), styles: CITATION_STYLES.join(', ') });
  }
  const locale = options.locale ?? (options.language === 'ru' ? 'ru' : 'en');
  if (!isCitationLocale(locale)) throw new GlossaError('export.unknownStyle', `Unknown citation locale "${String(locale)}"; use en or ru.`, { style: String(locale), styles: 'en, ru' });
  return { style, locale };
}

/** The documents `rows` cite, in the order the rows first meet them: the order every export
 *  registers them in (citekeys are derived in it), and so the order export.prepare must use. */
export function citedDocuments(rows: Iterable<{ document: EvidenceDocument }>): EvidenceDocument[] {
  const docs = new Map<string, EvidenceDocument>();
  for (const row of rows) if (!docs.has(row.document.id)) docs.set(row.document.id, row.document);
  return [...docs.values()];
}

export function citationEngineFor(options: Pick<ExportOptions, 'style' | 'locale' | 'language'>, documents: EvidenceDocument[] = []): CitationEngine {
  const { style, locale } = citationChoiceOf(options);
  return new CitationEngine(style, locale, documents);
}
