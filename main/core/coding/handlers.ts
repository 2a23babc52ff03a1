// The coding part of the contract: codebook, annotations, memos, undo/redo, auto-coding,
// REFI-QDA codebook exchange, history. Inputs are untrusted JSON: their shape is checked here,
// their content (names, colours, targets) by the core modules. Every mutation emits
// 'coding.changed' so open views refresh. The coder identity comes from the host (settings).
import type { Handlers } from '../../../shared/contract';
import type { AnnotationCursor, AnnotationFilter, AnnotationPatch, NewAnnotation } from '../../../shared/domain/annotation';
import { annotationPage, MAX_ANNOTATION_PAGE, type AnnotationPageFilter } from '../../db/repositories/annotation-pages';
import type { AutocodeApplyInput, AutocodeRequest } from '../../../shared/domain/autocode';
import type { CodePatch, Coder, MemoTargetType, NewCode } from '../../../shared/domain/code';
import { listCoders } from '../../db/repositories/coders';
import { listHistory } from '../../db/repositories/history';
import { asObject, asVoid, badInput, int, str, stringArray } from '../app/input-checks';
import type { BackendContext } from '../backend-context';
import { exportQdc } from '../codebook/qdc-export';
import { importQdc } from '../codebook/qdc-import';
import { MAX_QDC_CHARS } from '../codebook/qdc-parse';
import { createAnnotation, deleteAnnotation, listAnnotationsFiltered, updateAnnotation } from './annotations';
import { applyAutocode, previewAutocode } from './autocode';
import { codeDeleteInfo, createCode, deleteCode, listCodesWithCounts, mergeCodes, moveCode, updateCodeFields } from './codes';
import { getMemo, setMemo } from './memos';
import { redo, undo, undoState } from './undo-stack';
import { bulkCode, splitCode } from './bulk-coding';
import { listExemplars, setExemplar } from './exemplars';

type CodingChannels =
  | 'codes.list' | 'codes.create' | 'codes.update' | 'codes.move' | 'codes.merge' | 'codes.split' | 'codings.bulk' | 'codes.deleteInfo' | 'codes.delete'
  | 'codebook.exportQdc' | 'codebook.importQdc' | 'coders.list'
  | 'annotations.list' | 'annotations.page' | 'annotations.create' | 'annotations.update' | 'annotations.delete' | 'annotations.reanchor'
  | 'exemplars.set' | 'exemplars.list'
  | 'memos.get' | 'memos.set' | 'undo.undo' | 'undo.redo' | 'undo.state' | 'autocode.preview' | 'autocode.apply' | 'history.list';

const badLang = (): never => {
  throw badInput('"lang" must be en or ru');
};

const MEMO_TARGETS: readonly MemoTargetType[] = ['project', 'document', 'code', 'annotation'];

/** The keyset of annotations.page: absent or null for the first page. */
function parseCursor(value: unknown): AnnotationCursor | null {
  if (value === undefined || value === null) return null;
  const o = asObject(value, 'after');
  return { sortIndex: str(o, 'sortIndex', { max: 200 }), createdAt: str(o, 'createdAt', { max: 100 }), id: str(o, 'id', { max: 200 }) };
}

function patchOf(o: Record<string, unknown>): Record<string, unknown> {
  return asObject(o.patch, 'patch');
}

function autocodeRequest(input: unknown): AutocodeRequest {
  const o = asObject(input);
  const mode = o.mode ?? 'search';
  const extend = o.extend ?? 'none';
  if (mode !== 'search' && mode !== 'words' && mode !== 'phrase' && mode !== 'regex') throw badInput('"mode" must be search, words, phrase or regex');
  if (o.exact !== undefined && typeof o.exact !== 'boolean') throw badInput('"exact" must be true or false');
  if (extend !== 'none' && extend !== 'sentence' && extend !== 'paragraph') throw badInput('"extend" must be none, sentence or paragraph');
  return {
    query: str(o, 'query', { max: 1000 }),
    mode,
    ...(o.exact === true ? { exact: true } : {}),
    extend,
    codeId: str(o, 'codeId', {}),
    documentIds: o.documentIds === undefined ? undefined : stringArray(o.documentIds, 'documentIds'),
  };
}

export function codingHandlers(ctx: BackendContext, coder: () => Coder): Pick<Handlers, CodingChannels> {
  const db = () => ctx.requireProject().db;
  const changed = (documentIds: readonly string[]) => {
    ctx.emit('coding.changed', documentIds.length === 1 ? { documentId: documentIds[0] } : {});
  };
  /** Runs a mutation, emits the event, returns the plain result. */
  const mutate = <T>(run: () => { result: T; documentIds: string[] }): T => {
    const out = run();
    changed(out.documentIds);
    return out.result;
  };

  return {
    'codes.list': (input) => {
      asVoid(input);
      return listCodesWithCounts(db());
    },
    'codes.create': (input) => mutate(() => createCode(db(), coder(), asObject(input) as unknown as NewCode)),
    'codes.update': (input) => {
      const o = asObject(input);
      return mutate(() => updateCodeFields(db(), coder(), str(o, 'id', {}), patchOf(o) as CodePatch));
    },
    'codes.move': (input) => {
      const o = asObject(input);
      const parentId = o.parentId === null || o.parentId === undefined ? null : str(o, 'parentId', {});
      const position = int(o, 'position', { min: 0, max: 1_000_000, optional: true }) ?? Number.MAX_SAFE_INTEGER;
      return mutate(() => moveCode(db(), coder(), str(o, 'id', {}), parentId, position));
    },
    'codes.merge': (input) => {
      const o = asObject(input);
      return mutate(() => mergeCodes(db(), coder(), str(o, 'sourceId', {}), str(o, 'targetId', {})));
    },
    'codes.split': (input) => {
      const o = asObject(input);
      const lang = o.lang === undefined ? undefined : o.lang === 'en' || o.lang === 'ru' ? o.lang : badLang();
      return mutate(() =>
        splitCode(db(), coder(), {
          codeId: str(o, 'codeId', {}),
          annotationIds: stringArray(o.annotationIds, 'annotationIds'),
          intoCodeId: o.intoCodeId === undefined || o.intoCodeId === null ? undefined : str(o, 'intoCodeId', {}),
          newName: o.newName === undefined || o.newName === null ? undefined : str(o, 'newName', { max: 200 }),
          lang,
        }),
      );
    },
    'codings.bulk': (input) => {
      const o = asObject(input);
      const list = (key: string) => (o[key] === undefined ? undefined : stringArray(o[key], key));
      return mutate(() => bulkCode(db(), coder(), { annotationIds: stringArray(o.annotationIds, 'annotationIds'), add: list('add'), remove: list('remove') }));
    },
    'codes.deleteInfo': (input) => codeDeleteInfo(db(), str(asObject(input), 'id', {})),
    'codes.delete': (input) => mutate(() => deleteCode(db(), coder(), str(asObject(input), 'id', {}))),
    'codebook.exportQdc': (input) => {
      const o = input === undefined || input === null ? {} : asObject(input);
      if (o.lang !== undefined && o.lang !== 'en' && o.lang !== 'ru') throw badInput('"lang" must be en or ru');
      return exportQdc(db(), o.lang === 'ru' ? 'ru' : 'en');
    },
    'codebook.importQdc': (input) => mutate(() => importQdc(db(), coder(), str(asObject(input), 'xml', { max: MAX_QDC_CHARS }))),
    'coders.list': (input) => {
      asVoid(input);
      return listCoders(db());
    },

    'annotations.list': (input) => {
      const o = input === undefined || input === null ? {} : asObject(input);
      const filter: AnnotationFilter = {};
      if (o.documentId !== undefined) filter.documentId = str(o, 'documentId', {});
      if (o.codeIds !== undefined) filter.codeIds = stringArray(o.codeIds, 'codeIds');
      if (o.coderIds !== undefined) filter.coderIds = stringArray(o.coderIds, 'coderIds');
      return listAnnotationsFiltered(db(), filter);
    },
    'annotations.page': (input) => {
      const o = asObject(input);
      const filter: AnnotationPageFilter = { documentId: str(o, 'documentId', {}) };
      if (o.codeIds !== undefined) filter.codeIds = stringArray(o.codeIds, 'codeIds');
      if (o.coderIds !== undefined) filter.coderIds = stringArray(o.coderIds, 'coderIds');
      const limit = int(o, 'limit', { min: 1, max: MAX_ANNOTATION_PAGE, optional: true }) ?? 50;
      return annotationPage(db(), filter, parseCursor(o.after), limit);
    },
    'annotations.create': (input) => mutate(() => createAnnotation(db(), coder(), asObject(input) as unknown as NewAnnotation)),
    'annotations.update': (input) => {
      const o = asObject(input);
      return mutate(() => updateAnnotation(db(), coder(), str(o, 'id', {}), patchOf(o) as AnnotationPatch));
    },
    'annotations.delete': (input) => {
      mutate(() => deleteAnnotation(db(), coder(), str(asObject(input), 'id', {})));
    },
    'annotations.reanchor': async (input) => {
      const documentId = str(asObject(input), 'documentId', {});
      // In a job thread: a whole-document fuzzy search costs ~70 ms per moved quote, and moved
      // highlights get their rectangles from the PDF's text boxes (pdf.js in the worker pool).
      const r = await ctx.jobs.run('reanchor', { projectPath: ctx.requireProject().path, documentId, coder: coder() });
      if (r.changed > 0) changed([documentId]);
      return r;
    },

    'exemplars.set': (input) => {
      const o = asObject(input);
      if (typeof o.exemplar !== 'boolean') throw badInput('"exemplar" must be true or false');
      return mutate(() => setExemplar(db(), coder(), str(o, 'annotationId', {}), o.exemplar));
    },
    'exemplars.list': (input) => listExemplars(db(), str(asObject(input), 'documentId', {})),

    'memos.get': (input) => {
      const o = asObject(input);
      if (!MEMO_TARGETS.includes(o.targetType as MemoTargetType)) throw badInput('"targetType" must be project, document, code or annotation');
      return getMemo(db(), o.targetType as MemoTargetType, o.targetType === 'project' ? '' : str(o, 'targetId', {}));
    },
    'memos.set': (input) => {
      const o = asObject(input);
      if (!MEMO_TARGETS.includes(o.targetType as MemoTargetType)) throw badInput('"targetType" must be project, document, code or annotation');
      if (typeof o.body !== 'string') throw badInput('"body" must be text');
      const targetId = o.targetType === 'project' ? '' : str(o, 'targetId', {});
      return mutate(() => setMemo(db(), coder(), o.targetType as MemoTargetType, targetId, o.body as string));
    },

    'undo.undo': (input) => {
      asVoid(input);
      const r = undo(db(), coder());
      if (r.label !== null) changed(r.documentIds);
      if (r.documentsChanged) ctx.emit('documents.changed', {});
      return r.state;
    },
    'undo.redo': (input) => {
      asVoid(input);
      const r = redo(db(), coder());
      if (r.label !== null) changed(r.documentIds);
      if (r.documentsChanged) ctx.emit('documents.changed', {});
      return r.state;
    },
    'undo.state': (input) => {
      asVoid(input);
      const p = ctx.project();
      return p ? undoState(p.db) : { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };
    },

    'autocode.preview': (input) => previewAutocode(db(), autocodeRequest(input), coder().id),
    'autocode.apply': async (input) => {
      const o = asObject(input);
      const req: AutocodeApplyInput = { ...autocodeRequest(o), excludeKeys: o.excludeKeys === undefined ? undefined : stringArray(o.excludeKeys, 'excludeKeys') };
      const preview = await previewAutocode(db(), req, coder().id);
      return mutate(() => applyAutocode(db(), coder(), req, preview));
    },

    'history.list': (input) => {
      const o = input === undefined || input === null ? {} : asObject(input);
      return listHistory(db(), { limit: int(o, 'limit', { min: 1, max: 5000, optional: true }), beforeId: int(o, 'beforeId', { min: 1, optional: true }) });
    },
  };
}
