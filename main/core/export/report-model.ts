// The evidence report as plain data, built once and then printed by the DOCX, HTML, Markdown
// and PDF writers, so the four formats cannot drift apart: title page, codebook, passages
// grouped by code (bundle codebook order), optional memos and tables (frequencies; codes by
// case country when the project has cases; the co-occurrence matrix by passage position, as
// the analysis view counts it, when the bundle says where passages lie). Quotes are carried
// verbatim; each writer escapes them for its syntax but never trims or retypes them.
// Comments and memos come both as their Markdown (the Markdown report keeps it) and parsed
// (rich-text.ts) for the writers that format them. Every label, citation and organisation
// name is in the report language; the title is the user's or the project's, never a file name.
// The passages are never all held: one counting pass over the rows gives the summary, the
// section counts and the tables; the sections then read the rows again, lazily, one passage at
// a time as the writer prints them (10,000 parsed comments held at once took ~1 GB in DOCX).
import type { EvidenceBundle, EvidenceRow, ExportOptions } from '../../../shared/domain/evidence';
import type { EvidenceDocument } from '../../../shared/domain/evidence';
import { bibliographyHeading } from '../citation/bibliography-heading';
import { type CitationEngine, type FormattedCitation } from '../citation/citation-engine';
import { citationEngineFor } from '../citation/export-citations';
import type { QueryPassage } from '../../../shared/query/query-passage';
import { CaseIndex } from '../cases/case-index';
import { CooccurrenceCounter, FrequencyCounter, type FrequencyDimension, type FrequencyTable } from './evidence-tables';
import { countryLabel, organisationLabel } from '../../../shared/organisation-labels';
import { reportLabels, type ReportLabels, type ReportLanguage } from './report-labels';
import { parseRichText, type RichBlock, type RichInline } from './rich-text';
import { passageLinkOf } from './passage-link-of';
import { figureOf } from './report-figures';
import { RegionImages, type AreaRegion } from '../../pdf/region-images';

export interface ReportPassage {
  quote: string;
  /** The passage's citation in the export's style (plain text; the rich form for note styles' italics). */
  citation: string;
  citationRich: RichInline;
  /** The coding it shows: its document and pages (the Pandoc report cites from them). */
  row: EvidenceRow;
  /** The comment's Markdown, and its blocks ([] for no comment). */
  comment: string;
  commentBlocks: RichBlock[];
  coderName: string;
  /** Who last edited the passage, when not its coder ('' otherwise). */
  editedByName: string;
  /** Document language ('en', 'ru', …) so HTML can tag the quote for hyphenation and screen readers. */
  language: string;
  /** glossa://open?project=…&annotation=… reopening the passage in Glossa; '' without a project id. */
  link: string;
  /** Its links to other passages, one line each: "recommends → implemented in: EU report, p. 2: “…”". */
  links: string[];
  /** An area highlight (a figure, a table, a scanned page): printed as the image of its region
   *  with its comment as the caption, instead of the quote. Null: a text highlight. */
  figure: ReportFigure | null;
}

/** What a writer needs to print an area highlight (report-figures.ts). */
export interface ReportFigure {
  area: AreaRegion;
  /** Bold before the caption: "Figure: ", or '' when the comment names itself ("Table 3. …");
   *  "Figure" alone when there is no comment. */
  captionLabel: string;
  /** The caption as plain text (alt text of the image). */
  alt: string;
}

export interface ReportCodeEntry {
  heading: string;
  /** 1 for a top-level code. */
  depth: number;
  definition: string;
  inclusion: string;
  exclusion: string;
}

export interface ReportSection {
  heading: string;
  /** "3 codings": what the section holds. */
  count: string;
  /** Read once, in order, before the next section is asked for. */
  passages: Iterable<ReportPassage>;
}

export interface ReportMemo {
  /** "Project memo", "Code: A > B", "Document: Title". */
  heading: string;
  /** The memo's Markdown, and its blocks. */
  body: string;
  blocks: RichBlock[];
}

export interface ReportTable {
  title: string;
  note: string;
  header: string[];
  rows: string[][];
}

export interface ReportModel {
  language: ReportLanguage;
  labels: ReportLabels;
  /** The user's title, else the project's, else the generic "Evidence report". */
  title: string;
  /** "Evidence report" under a title of its own; '' when the title is already that. */
  subtitle: string;
  /** YYYY-MM-DD of bundle.generatedAt. */
  date: string;
  filterSummary: string;
  summary: string;
  codebook: ReportCodeEntry[];
  /** Which codes the codebook lists (only the report's, or all). */
  codebookNote: string;
  /** Lazy: each section and its passages are made as the writer reaches them (read once). */
  sections: Iterable<ReportSection>;
  passageCount: number;
  memos: ReportMemo[] | null;
  tables: ReportTable[] | null;
  /** Renders area highlights' regions, one at a time (the caller closes it). */
  images: RegionImages;
  /** The closing list of the cited documents (exactly those the passages cite), in the style's order. */
  bibliography: { heading: string; entries: FormattedCitation[]; hangingIndent: boolean };
}

/** Value columns per printed table: 8 columns of counts plus the code fit an A4 page at 8 pt. */
const MAX_TABLE_COLUMNS = 8;
/** A co-occurrence matrix beyond 20 codes is unreadable on paper; the analysis view has them all. */
const MAX_COOCCURRENCE_CODES = 20;

export const codeHeading = (path: string[]): string => path.join(' > ');

/** The rows an export reads: an array, or a re-iterable that reads them again from the project
 *  (each `for … of` starts a fresh pass). */
export type EvidenceRows = Iterable<EvidenceRow>;

/** What one counting pass over the rows learns; it keeps counts and ids, never the rows. */
interface RowStats {
  rows: number;
  passages: number;
  documents: number;
  /** The cited documents in first-seen order (a few thousand at most: one object each). */
  cited: Map<string, EvidenceDocument>;
  /** Codings per code, in first-seen order, the first row's code path, and the code's area
   *  highlights in row order (what the writer will ask RegionImages for). */
  perCode: Map<string, { count: number; codePath: string[]; areas: AreaRegion[] }>;
  /** Whether each code's rows come in one run (the evidence query's codebook order does). */
  contiguous: boolean;
  tables: { frequency: FrequencyCounter[]; caseCountry: FrequencyCounter | null; cooccurrence: CooccurrenceCounter } | null;
}

const FREQUENCY_DIMENSIONS: FrequencyDimension[] = ['organisation', 'country', 'year'];

function countRows(rows: EvidenceRows, withTables: boolean, cases: CaseIndex | null): RowStats {
  const passages = new Set<string>();
  const cited = new Map<string, EvidenceDocument>();
  const perCode = new Map<string, { count: number; codePath: string[]; areas: AreaRegion[] }>();
  const tables = withTables
    ? {
        frequency: FREQUENCY_DIMENSIONS.map((by) => new FrequencyCounter(by)),
        caseCountry: cases ? new FrequencyCounter('caseCountry', cases) : null,
        cooccurrence: new CooccurrenceCounter(),
      }
    : null;
  let count = 0;
  let contiguous = true;
  let lastCode: string | null = null;
  for (const row of rows) {
    count++;
    passages.add(row.annotationId);
    if (!cited.has(row.document.id)) cited.set(row.document.id, row.document);
    let seen = perCode.get(row.codeId);
    if (seen) {
      seen.count++;
      if (row.codeId !== lastCode) contiguous = false;
    } else perCode.set(row.codeId, (seen = { count: 1, codePath: row.codePath, areas: [] }));
    if (row.area) seen.areas.push({ documentId: row.document.id, ...row.area });
    lastCode = row.codeId;
    if (tables) {
      for (const counter of tables.frequency) counter.add(row);
      tables.caseCountry?.add(row);
      tables.cooccurrence.add(row);
    }
  }
  return { rows: count, passages: passages.size, documents: cited.size, cited, perCode, contiguous, tables };
}

export function buildReportModel(
  bundle: Omit<EvidenceBundle, 'rows'> & { rows: EvidenceRows },
  options: ExportOptions,
  images: RegionImages = new RegionImages(() => null),
): ReportModel {
  const language = options.language === 'ru' ? 'ru' : 'en';
  const labels = reportLabels(language);
  // A project without cases gets no case table.
  const cases = bundle.cases?.length ? new CaseIndex(bundle.cases) : null;
  const stats = countRows(bundle.rows, !!options.includeTables, cases);
  // Codebook order first; codes missing from the codebook (should not happen) follow in row order.
  const order = [...bundle.codes.map((c) => c.id).filter((id) => stats.perCode.has(id))];
  for (const id of stats.perCode.keys()) if (!order.includes(id)) order.push(id);
  const title = options.title?.trim() || bundle.projectName.trim() || labels.reportTitle;
  // Every cited document registered before the first citation: the style disambiguates
  // ("2019a", "2019b") across the whole report, and the bibliography lists exactly these.
  const engine = citationEngineFor(options, [...stats.cited.values()]);
  // The sections print code by code in `order`, each code's rows in row order: so do its images.
  images.plan(order.flatMap((id) => stats.perCode.get(id)!.areas));
  return {
    language,
    labels,
    title,
    subtitle: title === labels.reportTitle ? '' : labels.reportTitle,
    date: bundle.generatedAt.slice(0, 10),
    filterSummary: bundle.filterSummary || labels.noFilter,
    summary: labels.summary(stats.passages, stats.rows, stats.documents),
    codebook: bundle.codes.map((c) => ({
      heading: codeHeading(c.path),
      depth: c.path.length,
      definition: c.definition,
      inclusion: c.inclusion,
      exclusion: c.exclusion,
    })),
    codebookNote: options.fullCodebook ? labels.codebookFull : labels.codebookUsed,
    sections: { [Symbol.iterator]: () => sectionsOf(bundle.rows, stats, order, labels, engine, language, bundle.projectId) },
    passageCount: stats.rows,
    memos: options.includeMemos ? bundle.memos.map((m) => toMemo(m, labels)) : null,
    tables: stats.tables ? buildTables(stats.tables, labels, language, bundle.placed) : null,
    images,
    bibliography: bibliographyOf(engine, language),
  };
}

/** The sections in `order`. Rows already in that order (the evidence query's) stream through;
 *  a hand-made bundle in another order is grouped in memory, where its array already is. */
function* sectionsOf(
  rows: EvidenceRows,
  stats: RowStats,
  order: string[],
  labels: ReportLabels,
  engine: CitationEngine,
  language: ReportLanguage,
  projectId?: string,
): Generator<ReportSection> {
  const toPassage = passageMaker(engine, language, projectId);
  const section = (codeId: string, passages: Iterable<ReportPassage>): ReportSection => {
    const { count, codePath } = stats.perCode.get(codeId)!;
    return { heading: codeHeading(codePath), count: labels.sectionCount(count), passages };
  };
  const runs = [...stats.perCode.keys()];
  if (!stats.contiguous || runs.some((id, i) => id !== order[i])) {
    const byCode = new Map<string, EvidenceRow[]>(order.map((id) => [id, []]));
    for (const row of rows) byCode.get(row.codeId)!.push(row);
    for (const id of order) yield section(id, byCode.get(id)!.map(toPassage));
    return;
  }
  const it = rows[Symbol.iterator]();
  let next = it.next();
  while (!next.done) {
    const codeId = next.value.codeId;
    yield section(codeId, (function* () {
      while (!next.done && next.value.codeId === codeId) {
        const row = next.value;
        next = it.next();
        yield toPassage(row);
      }
    })());
    // A writer that stopped early in a section: skip the rest of its rows.
    while (!next.done && next.value.codeId === codeId) next = it.next();
  }
}

/** Link labels are names, not Markdown: their * _ ` [ ] \\ print as typed. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#]/g, (c) => `\\${c}`);
}

function toMemo(memo: EvidenceBundle['memos'][number], labels: ReportLabels): ReportMemo {
  const heading =
    memo.targetType === 'project' ? labels.projectMemo
    : memo.targetType === 'code' ? labels.codeMemo(memo.targetLabel)
    : memo.targetType === 'document' ? labels.documentMemo(memo.targetLabel)
    : memo.targetLabel;
  // A journal memo names what it is linked to in an italic first line; every writer prints it.
  const links = memo.links && memo.links.length > 0 ? `*${escapeMarkdown(`${labels.memoLinks}: ${memo.links.join('; ')}`)}*\n\n` : '';
  const body = links + memo.body;
  return { heading, body, blocks: parseRichText(body) };
}

function bibliographyOf(engine: CitationEngine, language: ReportLanguage): ReportModel['bibliography'] {
  const entries = engine.bibliography();
  return { heading: bibliographyHeading(engine.style, language), entries, hangingIndent: engine.hangingIndent };
}

/** The bibliography's entries as paragraphs, for the writers that print rich text. */
export function bibliographyBlocks(model: Pick<ReportModel, 'bibliography'>): RichBlock[] {
  return model.bibliography.entries.map((entry) => ({ kind: 'paragraph', inline: entry.rich, quoted: 0 }));
}

/** "Coder: Alice" or "Coder: Alice, edited by Борис", then "· ★ Exemplar quote" for a flagged
 *  passage: the line under each quote in every report. */
export function coderLine(p: ReportPassage, l: ReportLabels): string {
  const by = `${l.coder}: ${p.coderName}`;
  const line = p.editedByName ? `${by}, ${l.editedBy.replace('{name}', p.editedByName)}` : by;
  return p.row.exemplar ? `${line} \u00b7 ${l.exemplar}` : line;
}

/** Parsed comments kept for reuse: a passage with three codes is three rows with one comment. */
const COMMENT_CACHE = 256;

function passageMaker(engine: CitationEngine, language: ReportLanguage, projectId?: string): (row: EvidenceRow) => ReportPassage {
  const parsed = new Map<string, RichBlock[]>();
  const blocksOf = (comment: string): RichBlock[] => {
    if (!comment.trim()) return [];
    let blocks = parsed.get(comment);
    if (!blocks) {
      if (parsed.size >= COMMENT_CACHE) parsed.clear();
      parsed.set(comment, (blocks = parseRichText(comment)));
    }
    return blocks;
  };
  const labels = reportLabels(language);
  return (row) => ({ ...toPassage(row, engine, blocksOf, labels), link: passageLinkOf(projectId, row.annotationId) });
}

function toPassage(row: EvidenceRow, engine: CitationEngine, blocksOf: (comment: string) => RichBlock[], labels: ReportLabels): Omit<ReportPassage, 'link'> {
  const commentBlocks = blocksOf(row.comment);
  const cited = engine.cite(row);
  return {
    quote: row.quote,
    citation: cited.text,
    citationRich: cited.rich,
    row,
    comment: row.comment,
    commentBlocks,
    coderName: row.coderName,
    editedByName: row.editedByName ?? '',
    language: row.document.language,
    figure: row.area ? figureOf({ documentId: row.document.id, ...row.area }, commentBlocks, labels) : null,
    links: (row.links ?? []).map((l) => `${labels.relation(l.relation, l.direction)}: ${l.documentTitle}, ${labels.linkedPage(l.pdfPage)}: “${shortQuote(l.quote)}”`),
  };
}

/** A linked passage's quote cut for one line under the passage (its own entry has it in full). */
function shortQuote(quote: string): string {
  const one = quote.replace(/\s+/g, ' ').trim();
  return one.length > 160 ? `${one.slice(0, 159)}…` : one;
}

function columnLabel(key: string, by: FrequencyDimension, labels: ReportLabels, language: ReportLanguage, names?: FrequencyTable['columnNames']): string {
  if (key === '') return labels.unknown;
  if (names?.[key]) return names[key][language === 'ru' ? 'ru' : 'en'] || names[key].en;
  if (by === 'organisation') return organisationLabel(key, language);
  return by === 'country' ? countryLabel(key, language) : key;
}

function buildTables(counters: NonNullable<RowStats['tables']>, labels: ReportLabels, language: ReportLanguage, placed: readonly QueryPassage[] | undefined): ReportTable[] {
  const tables: ReportTable[] = [];
  const titles: Partial<Record<FrequencyDimension, string>> = { organisation: labels.byOrganisation, country: labels.byCountry, year: labels.byYear };
  for (const counter of counters.frequency) {
    const by = counter.by;
    const table = counter.table();
    const header = [labels.code, ...table.columns.map((k) => columnLabel(k, by, labels, language, table.columnNames)), labels.total];
    const body = table.rows.map((r) => [codeHeading(r.codePath), ...r.counts.map(String), String(r.total)]);
    tables.push(...splitWide({ title: titles[by] ?? by, note: by === 'country' ? `${labels.frequencyNote} ${labels.countriesNote}` : labels.frequencyNote, header, rows: body }, labels));
  }
  if (counters.caseCountry) tables.push(...caseCountryTables(counters.caseCountry.table(), labels, language));
  tables.push(...cooccurrenceTables(counters.cooccurrence, labels, placed));
  return tables;
}

/** Codes by case country, as counts and per 100 pages of each country's cases (the analysis
 *  view's measures); codings outside every case have no pages to divide by ('–'). */
function caseCountryTables(table: FrequencyTable, labels: ReportLabels, language: ReportLanguage): ReportTable[] {
  const header = [labels.code, ...table.columns.map((k) => (k === '' ? labels.noCase : countryLabel(k, language))), labels.total];
  const counts = table.rows.map((r) => [codeHeading(r.codePath), ...r.counts.map(String), String(r.total)]);
  const per100 = table.rows.map((r) => [
    codeHeading(r.codePath),
    ...r.counts.map((n, c) => {
      const pages = table.columnPages?.[c] ?? 0;
      return pages > 0 ? formatRate((n * 100) / pages, language) : '\u2013';
    }),
    String(r.total),
  ]);
  return [
    ...splitWide({ title: labels.byCaseCountry, note: `${labels.frequencyNote} ${labels.caseCountryNote}`, header, rows: counts }, labels),
    ...splitWide({ title: labels.byCaseCountryPer100, note: labels.per100Note, header, rows: per100 }, labels),
  ];
}

/** One decimal at most, in the report language's notation (33.3 / 33,3). */
function formatRate(v: number, language: ReportLanguage): string {
  return new Intl.NumberFormat(language === 'ru' ? 'ru-RU' : 'en-US', { maximumFractionDigits: 1, useGrouping: false }).format(Math.round(v * 10) / 10);
}

/** The co-occurrence matrix: by position (overlapping passages, whoever coded them, with the
 *  c-coefficient) when the bundle says where passages lie, else passages carrying both codes. */
function cooccurrenceTables(counter: CooccurrenceCounter, labels: ReportLabels, placed: readonly QueryPassage[] | undefined): ReportTable[] {
  const co = placed ? counter.positional(placed, { kind: 'overlap' }) : counter.table();
  const keep = co.codes
    .map((_, i) => i)
    .sort((a, b) => co.counts[b][b] - co.counts[a][a])
    .slice(0, MAX_COOCCURRENCE_CODES)
    .sort((a, b) => a - b);
  const notes = [keep.length < co.codes.length ? labels.cooccurrenceNote(keep.length, co.codes.length) : '', co.c ? labels.cooccurrenceHow : ''];
  // Columns are numbered to keep the matrix narrow; row i's heading carries the number.
  const header = [labels.code, ...keep.map((_, n) => String(n + 1))];
  const cell = (i: number, j: number): string => {
    const c = co.c?.[i][j];
    return c === null || c === undefined || i === j ? String(co.counts[i][j]) : `${co.counts[i][j]} (${c.toFixed(2)})`;
  };
  const body = keep.map((i, n) => [`${n + 1}. ${codeHeading(co.codes[i].codePath)}`, ...keep.map((j) => cell(i, j))]);
  return splitWide({ title: co.c ? labels.cooccurrence : labels.cooccurrenceSameHighlight, note: notes.filter(Boolean).join(' '), header, rows: body }, labels);
}

/** Splits a table wider than MAX_TABLE_COLUMNS value columns into consecutive parts. */
function splitWide(table: ReportTable, labels: ReportLabels): ReportTable[] {
  const values = table.header.length - 1;
  if (values <= MAX_TABLE_COLUMNS) return [table];
  const parts: ReportTable[] = [];
  for (let start = 1; start <= values; start += MAX_TABLE_COLUMNS) {
    const end = Math.min(values + 1, start + MAX_TABLE_COLUMNS);
    const pick = (cells: string[]) => [cells[0], ...cells.slice(start, end)];
    parts.push({
      title: start === 1 ? table.title : `${table.title} ${labels.continued}`,
      note: start === 1 ? table.note : '',
      header: pick(table.header),
      rows: table.rows.map(pick),
    });
  }
  return parts;
}
