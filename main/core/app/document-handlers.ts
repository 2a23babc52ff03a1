// documents.*: list / read / edit / remove documents of the open project, their PDF bytes,
// page texts and reading positions. Inputs are checked here; SQL stays in the repositories.
// A removal writes a backup first, then runs as one undoable coding action.
import { documentCompounds } from '../evidence/quote-context';
import type { Handlers } from '../../../shared/contract';
import type { Coder } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import type { DocumentFilter, DocumentPatch, ReadingPosition } from '../../../shared/domain/document';
import type { BackendContext } from '../backend-context';
import {
  getDocument,
  getPageText,
  getPageTexts,
  getPdfBytes,
  getPdfRange,
  getPdfSize,
  listDocuments,
  updateDocument,
} from '../../db/repositories/documents';
import { documentRemovalInfo } from '../../db/repositories/document-removal';
import { getPagePreview } from '../../db/repositories/page-previews';
import { recheckAnchors } from '../documents/recheck-anchors';
import { removeDocumentAction } from '../documents/remove-document';
import { writeBackup } from '../project/backups';
import { getReadingPosition, setReadingPosition } from '../../db/repositories/positions';
import { asObject, badInput, int, parseAttributeTerms, reqInt, str, stringArray } from './input-checks';

export function parseFilter(raw: unknown): DocumentFilter | undefined {
  if (raw === undefined || raw === null) return undefined;
  const f = asObject(raw, 'filter');
  const out: DocumentFilter = {};
  for (const key of ['organisations', 'countries', 'docTypes', 'languages'] as const) {
    if (f[key] !== undefined) out[key] = stringArray(f[key], key);
  }
  if (f.yearFrom !== undefined) out.yearFrom = int(f, 'yearFrom');
  if (f.yearTo !== undefined) out.yearTo = int(f, 'yearTo');
  if (f.attributes !== undefined) out.attributes = parseAttributeTerms(f.attributes);
  if (f.text !== undefined) {
    if (typeof f.text !== 'string' || f.text.length > 1000) throw badInput('"text" must be a string');
    out.text = f.text;
  }
  return out;
}

/** Editable keys only; values are checked against the vocabularies by the repository. */
const PATCH_KEYS = new Set(['title', 'author', 'organisation', 'countries', 'year', 'docType', 'language', 'pageLabelFix']);

function parsePatch(raw: unknown): DocumentPatch {
  const p = asObject(raw, 'patch');
  for (const key of Object.keys(p)) if (!PATCH_KEYS.has(key)) throw badInput(`"${key}" cannot be edited`);
  return p as DocumentPatch;
}

/** Shape only; the repository clamps the page and offset and bounds the zoom (0.1..10). */
function parsePosition(raw: unknown): ReadingPosition {
  const p = asObject(raw, 'position');
  const pageIndex = reqInt(p, 'pageIndex', { min: 0 });
  if (typeof p.zoom !== 'number' && typeof p.zoom !== 'string') throw badInput('"zoom" must be a scale or a fit mode');
  if (typeof p.pageOffset !== 'number') throw badInput('"pageOffset" must be a number');
  return { pageIndex, zoom: p.zoom as ReadingPosition['zoom'], pageOffset: p.pageOffset };
}

/** pdf.js asks for 64 KB; 8 MiB bounds one answer. */
const MAX_RANGE_BYTES = 8 * 1024 * 1024;
const docId = (input: unknown) => str(asObject(input), 'id', { max: 100 });

export function documentHandlers(ctx: BackendContext, coder: () => Coder) {
  const db = () => ctx.requireProject().db;
  return {
    'documents.list': (input) => {
      const obj = input === undefined || input === null ? {} : asObject(input);
      return listDocuments(db(), parseFilter(obj.filter));
    },
    'documents.get': (input) => getDocument(db(), docId(input)),
    'documents.update': (input) => {
      const obj = asObject(input);
      return updateDocument(db(), docId(obj), parsePatch(obj.patch));
    },
    'documents.recheckAnchors': async (input) => {
      const obj = asObject(input);
      if (obj.apply !== undefined && typeof obj.apply !== 'boolean') throw badInput('"apply" must be true or false');
      const handle = ctx.requireProject();
      const out = await recheckAnchors(handle.db, docId(obj), { apply: obj.apply === true, coder: coder() });
      if (out.applied) {
        ctx.emit('coding.changed', {});
        ctx.emit('documents.changed', {});
      }
      return out;
    },
    'documents.removeInfo': (input) => {
      const id = docId(input);
      getDocument(db(), id); // document.notFound for an unknown id
      return documentRemovalInfo(db(), id);
    },
    'documents.remove': async (input) => {
      const id = docId(input);
      const handle = ctx.requireProject();
      getDocument(handle.db, id); // an unknown id writes no backup
      const backup = await writeBackup(handle.db, handle.path, 'removal');
      if (ctx.project() !== handle) throw new GlossaError('project.noneOpen', 'The project was closed before the document was removed.');
      const out = removeDocumentAction(handle.db, coder(), id);
      ctx.emit('coding.changed', {});
      ctx.emit('documents.changed', {});
      return { removed: out.result, backup };
    },
    'documents.pdfBytes': (input) => getPdfBytes(db(), docId(input)),
    'documents.pdfSize': (input) => getPdfSize(db(), docId(input)),
    'documents.pdfRange': (input) => {
      const obj = asObject(input);
      const start = reqInt(obj, 'start', { min: 0 });
      const end = reqInt(obj, 'end', { min: start, max: start + MAX_RANGE_BYTES - 1 });
      return getPdfRange(db(), docId(obj), start, end);
    },
    'documents.preview': (input) => {
      const obj = asObject(input);
      return getPagePreview(db(), docId(obj), reqInt(obj, 'pageIndex', { min: 0 }));
    },
    'documents.pageText': (input) => {
      const obj = asObject(input);
      return getPageText(db(), docId(obj), reqInt(obj, 'pageIndex', { min: 0 }));
    },
    'documents.pageTexts': (input) => {
      const obj = asObject(input);
      return getPageTexts(db(), docId(obj), reqInt(obj, 'from', { min: 0 }), reqInt(obj, 'count', { min: 1, max: 100 }));
    },
    'documents.compounds': (input) => {
      const id = docId(input);
      getDocument(db(), id); // document.notFound for an unknown id
      return documentCompounds(db(), id);
    },
    'documents.getPosition': (input) => getReadingPosition(db(), docId(input)),
    'documents.setPosition': (input) => {
      const obj = asObject(input);
      setReadingPosition(db(), docId(obj), parsePosition(obj.position));
    },
  } satisfies Partial<Handlers>;
}
