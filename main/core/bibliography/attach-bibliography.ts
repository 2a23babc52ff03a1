// "Attach bibliography…": a CSL-JSON / BibTeX / RIS file's entries onto documents already in
// the project. preview parses the file and proposes a document per entry (match-entries.ts);
// the user confirms, changes or unchecks each row; attach parses the same text again and writes
// exactly the confirmed rows as ONE undoable action through the row journal: each document's
// record (replacing one it had), and its title, author and year where those are still empty
// (a title still the file name counts as empty). The preview writes nothing.
import type { DocumentBibliography } from '../../../shared/domain/bibliography';
import type { AttachConfirmInput, AttachInput, AttachPreview, AttachResult } from '../../../shared/domain/bibliography-attach';
import type { Coder } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import { checkYear } from '../../../shared/rules/document-rules';
import type { Db } from '../../db/connection';
import { attachCandidateRows, bibliographyRow, type AttachCandidateRow } from '../../db/repositories/bibliography';
import { fileNameTitle } from '../documents/prefill-metadata';
import { type ActionOutcome, runCodingAction } from '../coding/undo-stack';
import { doisInText, type MatchDocument, matchEntries, normaliseDoi } from './match-entries';
import { type ParsedEntry, parseBibliographyFile } from './parse-bibliography-file';
import { authorLine, entryYear } from '../../../shared/csl/csl-attributes';

function recordOf(row: AttachCandidateRow): { DOI?: unknown; URL?: unknown } {
  try {
    const v: unknown = row.csl_json ? JSON.parse(row.csl_json) : null;
    return v && typeof v === 'object' ? (v as { DOI?: unknown; URL?: unknown }) : {};
  } catch {
    return {};
  }
}

function matchDocument(row: AttachCandidateRow): MatchDocument {
  const rec = recordOf(row);
  const recordDoi = typeof rec.DOI === 'string' ? normaliseDoi(rec.DOI) : null;
  return {
    id: row.id,
    title: row.title,
    fileName: row.file_name,
    dois: [...new Set([...(recordDoi ? [recordDoi] : []), ...doisInText(row.front_text)])],
    urls: typeof rec.URL === 'string' ? [rec.URL] : [],
  };
}

export function previewAttach(db: Db, input: AttachInput): AttachPreview {
  const parsed = parseBibliographyFile(input.fileName, input.text);
  const rows = attachCandidateRows(db);
  const withRecord = new Set(rows.filter((r) => r.csl_json !== null).map((r) => r.id));
  const matches = matchEntries(parsed.entries, rows.map(matchDocument));
  const proposals = parsed.entries.map((e, index) => {
    const m = matches[index];
    return {
      index,
      citekey: e.citekey,
      csl: e.csl,
      documentId: m?.documentId ?? null,
      reason: m?.reason ?? null,
      confidence: m?.confidence ?? 0,
      replacesRecord: m ? withRecord.has(m.documentId) : false,
    };
  });
  const matched = proposals.filter((p) => p.documentId !== null).length;
  return { format: parsed.format, proposals, matched, unmatched: proposals.length - matched };
}

function checkChoices(choices: AttachConfirmInput['choices'], entries: readonly ParsedEntry[], docs: ReadonlyMap<string, AttachCandidateRow>): void {
  const seenDocs = new Set<string>();
  const seenEntries = new Set<number>();
  for (const c of choices) {
    if (!Number.isInteger(c.index) || c.index < 0 || c.index >= entries.length || seenEntries.has(c.index)) {
      throw new GlossaError('bibliography.badInput', 'A confirmed row names an entry the file does not have.', { field: 'index' });
    }
    if (!docs.has(c.documentId)) throw new GlossaError('document.notFound', 'The document is no longer in this project.', { id: c.documentId });
    if (seenDocs.has(c.documentId)) throw new GlossaError('bibliography.badInput', 'Two entries were confirmed for the same document: choose one.', { field: 'documentId' });
    seenDocs.add(c.documentId);
    seenEntries.add(c.index);
  }
}

export function attachBibliography(db: Db, coder: Coder, input: AttachConfirmInput): ActionOutcome<AttachResult> {
  const parsed = parseBibliographyFile(input.fileName, input.text);
  const docs = new Map(attachCandidateRows(db).map((r) => [r.id, r]));
  checkChoices(input.choices, parsed.entries, docs);
  const source = parsed.format;
  return runCodingAction(db, coder, { action: 'bibliography.attach', label: 'Attach bibliography' }, (j, now) => {
    let filled = 0;
    for (const c of input.choices) {
      const entry = parsed.entries[c.index];
      const doc = docs.get(c.documentId)!;
      const rec: DocumentBibliography = { documentId: doc.id, csl: entry.csl, source, zoteroLibraryId: null, zoteroKey: null, citekey: entry.citekey, updatedAt: now };
      const { document_id, ...fields } = bibliographyRow(rec);
      if (doc.csl_json !== null) j.update('document_bibliography', { document_id }, fields);
      else j.insert('document_bibliography', { document_id, ...fields });
      const patch = emptyAttributes(doc, entry);
      if (Object.keys(patch).length > 0) {
        j.update('documents', { id: doc.id }, { ...patch, updated_at: now });
        filled++;
      }
    }
    const n = input.choices.length;
    return { result: { attached: n, filled }, summary: `Attached ${n} bibliographic record${n === 1 ? '' : 's'} from ${input.fileName}`, details: { fileName: input.fileName, format: source, attached: n, filled } };
  });
}

/** The document's title, author and year the entry may fill: only those still empty. */
function emptyAttributes(doc: AttachCandidateRow, entry: ParsedEntry): Record<string, string | number> {
  const patch: Record<string, string | number> = {};
  const title = typeof entry.csl.title === 'string' ? entry.csl.title.trim().slice(0, 2000) : '';
  if (title && [ '', doc.file_name, fileNameTitle(doc.file_name)].includes(doc.title.trim())) patch.title = title;
  const author = authorLine(entry.csl).slice(0, 2000);
  if (author && doc.author.trim() === '') patch.author = author;
  const year = entryYear(entry.csl);
  if (year !== null && doc.year === null) {
    try {
      patch.year = checkYear(year) as number;
    } catch {
      // A year outside the attribute's range stays in the record only.
    }
  }
  return patch;
}
