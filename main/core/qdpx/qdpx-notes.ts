// Reads the notes of a .qdpx into memo bodies by what they are about: the project, a source,
// a code, a selection (which becomes the highlight's comment). A note's text is inline
// (PlainTextContent) or, as NVivo writes it, a linked document in the archive
// (plainTextPath; decoded like a source, byte-order mark dropped, CRLF made LF). Notes that
// reach nothing Glossa keeps go to the project memo, so nothing written is lost. Variables
// Glossa has no attribute for, or whose value is not in Glossa's list, are kept the same way, as
// lines in the document's memo. Descriptions of the project and of a source (QualCoder writes its
// memos so) open the project's and the document's memo.
import type { QdeCode, QdeModel, QdePdfSource } from './qdpx-model';
import { type ImportReport, note } from './import-report';
import { sourceEntry, unlistedValue } from './qdpx-sources';
import type { SafeZip } from './safe-zip';
import { decodeSourceText } from './source-text';
import { GLOSSA_VARIABLE_NAMES } from './qdpx-xml';

export interface ArchiveNotes {
  project: string;
  sources: Map<string, string>;
  codes: Map<string, string>;
  selections: Map<string, string>;
  /** Notes attached to nothing Glossa keeps: appended to the project memo. */
  leftover: string[];
}

export async function readNotes(zip: SafeZip, model: QdeModel, loaded: readonly QdePdfSource[], report: ImportReport): Promise<ArchiveNotes> {
  const noteText = async (guid: string): Promise<string | null> => {
    const n = model.notes.get(guid);
    if (!n) return null;
    if (n.text !== null) return n.text;
    const file = n.textFile ? await sourceEntry(zip, n.textFile) : null;
    return file ? decodeSourceText(file).text.normalize('NFC') : null; // NFC like every name (qdpx-model.ts)
  };
  const used = new Set<string>();
  const body = async (refs: string[]) => {
    const parts: string[] = [];
    for (const r of refs) {
      const t = await noteText(r);
      if (t !== null && t.trim() !== '') {
        parts.push(t.trim());
        used.add(r);
      }
    }
    return parts.join('\n\n');
  };
  const joined = (...parts: string[]) => parts.filter((t) => t.trim() !== '').join('\n\n');
  const notes: ArchiveNotes = { project: joined(model.description, await body(model.projectNoteRefs)), sources: new Map(), codes: new Map(), selections: new Map(), leftover: [] };
  for (const src of loaded) {
    const extra = [...src.variables].filter(([k, v]) => v !== '' && (!GLOSSA_VARIABLE_NAMES.has(k) || unlistedValue(k, v))).map(([k, v]) => `${k}: ${v}`);
    // Glossa's own export names the PDF's file there ("File: report.pdf"), not a memo.
    const own = /^Glossa\b/.test(model.origin) && /^File: [^\n]*$/.test(src.description);
    const memo = joined(own ? '' : src.description, await body(src.noteRefs), extra.length ? `Variables:\n${extra.join('\n')}` : '');
    notes.sources.set(src.guid, memo);
  }
  const walk = async (codes: QdeCode[]) => {
    for (const c of codes) {
      notes.codes.set(c.guid, await body(c.noteRefs));
      await walk(c.children);
    }
  };
  await walk(model.codes);
  for (const src of model.sources) for (const s of [...src.textSelections, ...src.pdfSelections]) notes.selections.set(s.guid, await body(s.noteRefs));
  for (const [guid, n] of model.notes) if (!used.has(guid)) notes.leftover.push(`${n.name ? `${n.name}\n` : ''}${(await noteText(guid)) ?? ''}`);
  if (notes.leftover.length) note(report, 'looseNotes', `${notes.leftover.length === 1 ? '1 note' : `${notes.leftover.length} notes`} not attached to anything Glossa keeps ${notes.leftover.length === 1 ? 'was' : 'were'} added to the project memo.`, notes.leftover.length);
  return notes;
}
