// Reads the parsed project.qde tree into plain records Glossa can map (users, codes, notes,
// PDF sources with their selections and variable values), collecting a warning for each
// thing it cannot represent. Notes reach what they are about by NoteRef or, as NVivo writes
// its annotations, by a Link from the Note to the selection (linked-notes.ts); variables by
// VariableValue on the source or on a Case that refers to the source (NVivo keeps its
// attributes on Cases). Source paths must be internal:// names inside the archive:
// file://, http(s)://, absolute://, relative:// and any name with a slash or ".." are refused.
// Names and short texts are stored NFC: tools on macOS (ATLAS.ti, NVivo for Mac) write them
// decomposed (NFD, "e" + a combining accent), which would not match what a user types or
// searches ("Mabêl"). Texts that selection offsets count into are kept as they are.
import { GlossaError } from '../../../shared/errors';
import { type ImportReport, newReport, note } from './import-report';
import { applyCaseVariables, applyNoteLinks, applyNoteSelections } from './linked-notes';
import { child, children, type XmlElement } from './safe-xml';

/** A name or short text, composed (NFC). */
const nfc = (s: string): string => s.normalize('NFC');
const nameOf = (el: XmlElement): string => nfc(el.attrs.name ?? '');

export interface QdeCode {
  guid: string;
  name: string;
  color: string | null;
  description: string;
  noteRefs: string[];
  children: QdeCode[];
}

export interface QdeCoding {
  codeGuid: string;
  user: string | null;
  at: string | null;
}

export interface QdeTextSelection {
  guid: string;
  /** MAXQDA writes comments as a Description, often on a selection with no coding. */
  description: string;
  start: number;
  end: number;
  user: string | null;
  at: string | null;
  codings: QdeCoding[];
  noteRefs: string[];
}

export interface QdePdfSelection {
  guid: string;
  page: number;
  box: [number, number, number, number];
  text: string;
  user: string | null;
  at: string | null;
  codings: QdeCoding[];
  noteRefs: string[];
}

export interface QdePdfSource {
  guid: string;
  name: string;
  /** 'text': a TextSource, imported as a PDF made from its text (text-to-pdf.ts). */
  kind: 'pdf' | 'text';
  /** Entry name inside the archive's sources folder, e.g. "ab12….pdf" ('' for text sources). */
  pdfFile: string;
  textFile: string | null;
  textContent: string | null;
  /** The other tool also sent a formatted copy (richTextPath), which Glossa does not keep. */
  richText: boolean;
  pdfSelections: QdePdfSelection[];
  textSelections: QdeTextSelection[];
  noteRefs: string[];
  /** The source's own Description (QualCoder keeps a source's memo there). */
  description: string;
  /** Variable name -> value as text. */
  variables: Map<string, string>;
}

export interface QdeModel {
  name: string;
  /** The exporting tool, e.g. "NVivo for Windows 12.6" (offset-convention.ts reads it). */
  origin: string;
  users: Array<{ guid: string; name: string }>;
  codes: QdeCode[];
  notes: Map<string, { name: string; text: string | null; textFile: string | null }>;
  sources: QdePdfSource[];
  projectNoteRefs: string[];
  /** The project's Description (QualCoder's project memo). */
  description: string;
  report: ImportReport;
}

const GUID_RE = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

export function normGuid(value: string | undefined): string | null {
  const m = value ? GUID_RE.exec(value.trim()) : null;
  return m ? m[1].toLowerCase() : null;
}

function requireGuid(el: XmlElement): string {
  const g = normGuid(el.attrs.guid);
  if (!g) throw new GlossaError('qdpx.badXml', `The project.qde has a <${el.name}> with an invalid guid "${el.attrs.guid ?? ''}".`);
  return g;
}

/** "internal://x.pdf" -> "x.pdf"; refuses every other scheme and any path that could leave the sources folder. */
export function internalName(pathValue: string | undefined, what: string): string {
  const v = (pathValue ?? '').trim();
  const m = /^internal:\/\/([^/\\:]+)$/i.exec(v);
  if (!m || m[1] === '..' || m[1] === '.' || m[1].includes('\u0000')) {
    throw new GlossaError('qdpx.unsafeArchive', `This .qdpx file was refused: ${what} points outside the archive ("${v.slice(0, 120)}"); only internal:// sources are read. Nothing was imported.`, {
      detail: v.slice(0, 200),
    });
  }
  return m[1];
}

function int(v: string | undefined): number | null {
  if (v === undefined || !/^\s*-?\d{1,12}\s*$/.test(v)) return null;
  return Number(v);
}

function codings(el: XmlElement): QdeCoding[] {
  return children(el, 'Coding')
    .map((c) => ({ codeGuid: normGuid(child(c, 'CodeRef')?.attrs.targetGUID) ?? '', user: normGuid(c.attrs.creatingUser), at: c.attrs.creationDateTime ?? null }))
    .filter((c) => c.codeGuid !== '');
}

/** What became of the cases' variables, for the report: given to their sources, or (QualCoder's SourceRefs name its file ids) to none. */
function caseVariablesFate(n: number, unplaced: { cases: number; variables: string[] }): string {
  if (unplaced.cases === 0) return n === 1 ? ' (its variables were given to its sources)' : ' (their variables were given to their sources)';
  const k = unplaced.cases;
  return `; the variables of ${k === 1 ? '1 case' : `${k} cases`} (${unplaced.variables.join(', ')}) reached no source, as ${k === 1 ? 'its' : 'their'} source references name no source in the file`;
}

const descriptionOf = (el: XmlElement): string => nfc(child(el, 'Description')?.text.trim() ?? '');

function noteRefs(el: XmlElement): string[] {
  return children(el, 'NoteRef').map((n) => normGuid(n.attrs.targetGUID)).filter((g): g is string => g !== null);
}

export function textSelection(p: XmlElement): QdeTextSelection {
  return {
    guid: requireGuid(p),
    description: nfc(child(p, 'Description')?.text.trim() ?? ''),
    start: int(p.attrs.startPosition) ?? -1,
    end: int(p.attrs.endPosition) ?? -1,
    user: normGuid(p.attrs.creatingUser),
    at: p.attrs.creationDateTime ?? null,
    codings: codings(p),
    noteRefs: noteRefs(p),
  };
}

export function variablesOf(s: XmlElement, variableNames: Map<string, string>): Map<string, string> {
  const variables = new Map<string, string>();
  for (const vv of children(s, 'VariableValue')) {
    const varName = variableNames.get(normGuid(child(vv, 'VariableRef')?.attrs.targetGUID) ?? '') ?? '';
    const valueEl = vv.children.find((c) => c.name !== 'VariableRef');
    if (varName && valueEl) variables.set(varName, nfc(valueEl.text.trim()));
  }
  return variables;
}

function readCode(el: XmlElement, report: ImportReport): QdeCode {
  if (el.attrs.isCodable === 'false') note(report, 'notCodable', `Code "${nameOf(el)}" is not codable in the source; it was imported as an ordinary code.`);
  return {
    guid: requireGuid(el),
    name: nameOf(el).trim() || 'Unnamed code',
    color: el.attrs.color ?? null,
    description: nfc(child(el, 'Description')?.text ?? ''),
    noteRefs: noteRefs(el),
    children: children(el, 'Code').map((c) => readCode(c, report)),
  };
}

export function readModel(project: XmlElement): QdeModel {
  const report = newReport();
  const users = children(child(project, 'Users'), 'User').map((u) => ({ guid: requireGuid(u), name: nameOf(u).trim() || 'Coder' }));
  const codes = children(child(child(project, 'CodeBook') ?? project, 'Codes'), 'Code').map((c) => readCode(c, report));
  const variableNames = new Map(children(child(project, 'Variables'), 'Variable').map((v) => [normGuid(v.attrs.guid) ?? '', nameOf(v)]));
  const notes: QdeModel['notes'] = new Map();
  for (const n of children(child(project, 'Notes'), 'Note')) {
    const textFile = n.attrs.plainTextPath ? internalName(n.attrs.plainTextPath, 'a note') : null;
    const text = child(n, 'PlainTextContent')?.text;
    notes.set(requireGuid(n), { name: nameOf(n), text: text === undefined ? null : nfc(text), textFile });
  }
  const sources: QdePdfSource[] = [];
  const sourcesEl = child(project, 'Sources');
  for (const s of sourcesEl?.children ?? []) {
    const name = nameOf(s);
    if (s.name === 'TextSource') {
      sources.push({
        guid: requireGuid(s),
        name,
        kind: 'text',
        pdfFile: '',
        textFile: s.attrs.plainTextPath ? internalName(s.attrs.plainTextPath, `the text of "${name}"`) : null,
        textContent: child(s, 'PlainTextContent')?.text ?? null,
        richText: Boolean(s.attrs.richTextPath),
        pdfSelections: [],
        textSelections: children(s, 'PlainTextSelection').map(textSelection),
        noteRefs: noteRefs(s),
        description: descriptionOf(s),
        variables: variablesOf(s, variableNames),
      });
      continue;
    }
    if (s.name !== 'PDFSource') {
      note(report, 'sourceType', `${s.name} "${name}" was not imported: Glossa keeps PDF and text documents only.`);
      continue;
    }
    if (children(s, 'Coding').length > 0) note(report, 'wholeSourceCoding', `Codings of the whole source "${name}" were not imported: Glossa codes passages, not whole documents.`);
    const rep = child(s, 'Representation');
    const textFile = rep?.attrs.plainTextPath ? internalName(rep.attrs.plainTextPath, `the text of "${name}"`) : null;
    const variables = variablesOf(s, variableNames);
    sources.push({
      guid: requireGuid(s),
      name,
      kind: 'pdf',
      pdfFile: internalName(s.attrs.path, `the PDF "${name}"`),
      textFile,
      textContent: rep ? (child(rep, 'PlainTextContent')?.text ?? null) : null,
      richText: false,
      pdfSelections: children(s, 'PDFSelection').map((p) => {
        const box = [int(p.attrs.firstX), int(p.attrs.firstY), int(p.attrs.secondX), int(p.attrs.secondY)];
        return {
          guid: requireGuid(p),
          page: int(p.attrs.page) ?? -1,
          box: (box.some((b) => b === null) ? [0, 0, 0, 0] : box) as [number, number, number, number],
          text: child(child(p, 'Representation') ?? p, 'PlainTextContent')?.text ?? '',
          user: normGuid(p.attrs.creatingUser),
          at: p.attrs.creationDateTime ?? null,
          codings: codings(p),
          noteRefs: noteRefs(p),
        };
      }),
      textSelections: children(rep, 'PlainTextSelection').map(textSelection),
      noteRefs: noteRefs(s),
      description: descriptionOf(s),
      variables,
    });
  }
  const unplaced = applyCaseVariables(project, sources, variableNames);
  const projectNoteRefs = noteRefs(project);
  const unlinked = applyNoteLinks(project, { sources, codes, notes, projectNoteRefs });
  if (unlinked > 0) note(report, 'links', `${unlinked === 1 ? '1 link was' : `${unlinked} links were`} not imported: Glossa keeps only links from a note to what it is about.`, unlinked);
  applyNoteSelections(project, sources);
  for (const other of ['Cases', 'Sets', 'Graphs']) {
    // An unnamed Case with one SourceRef only carries that source's variables (MAXQDA, Glossa).
    const carrier = (c: XmlElement) => other === 'Cases' && !c.attrs.name && children(c, 'SourceRef').length === 1;
    const n = (child(project, other)?.children ?? []).filter((c) => !carrier(c)).length;
    const plural = other.toLowerCase();
    const what = n === 1 ? `1 ${plural.slice(0, -1)} was` : `${n} ${plural} were`;
    if (n > 0) note(report, plural as 'cases' | 'sets' | 'graphs', `${what} not imported: Glossa has no ${plural}${other === 'Cases' ? caseVariablesFate(n, unplaced) : ''}.`, n);
  }
  return { name: nameOf(project), origin: project.attrs.origin ?? '', users, codes, notes, sources, projectNoteRefs, description: descriptionOf(project), report };
}
