// Reconciliation (issue 11): a passage where two coders differ is resolved into the consensus
// layer, the highlights of the special "Consensus" coder (shared/domain/rounds.ts), so agreement
// before consensus (A vs B) and after it (A or B vs Consensus) both stay computable. Choices:
//   adoptA / adoptB   A's (B's) highlights with the code that overlap the passage are copied;
//   both              the highlights of both are copied (one copy of identical extents);
//   neither           nothing is copied: the consensus is that the passage is not coded;
//   edit              one consensus highlight over the extent given (the passage by default).
// A resolution is ONE undoable action (row journal) with its History entry; a passage and code
// is resolved once (undo it to decide again).
import { codeNameFor } from '../../../shared/codebook/code-text';
import { randomUUID } from 'node:crypto';
import { codePointIndex } from '../../../shared/anchoring/code-points';
import type { Annotation, AnnotationTarget } from '../../../shared/domain/annotation';
import type { Coder } from '../../../shared/domain/code';
import { CONSENSUS_CODER, type ConsensusRequest, type ConsensusResolution, type ResolveResult } from '../../../shared/domain/rounds';
import { GlossaError } from '../../../shared/errors';
import { checkConsensusChoice, checkId, checkStretch } from '../../../shared/rules/round-rules';
import type { Db } from '../../db/connection';
import { listAnnotations, storedPageText } from '../../db/repositories/annotations';
import { getCoder, upsertCoder } from '../../db/repositories/coders';
import { getCode } from '../../db/repositories/codes';
import { listResolutionRows, type ResolutionRow } from '../../db/repositories/consensus';
import { insertAnnotation } from '../coding/annotations';
import { type ActionOutcome, runCodingAction } from '../coding/undo-stack';

function bad(message: string): GlossaError {
  return new GlossaError('consensus.badInput', message);
}

const CHOICE_TEXT: Record<ConsensusRequest['choice'], (a: string, b: string) => string> = {
  adoptA: (a) => `adopted ${a}'s`,
  adoptB: (_, b) => `adopted ${b}'s`,
  both: () => 'kept both',
  neither: () => 'coded by neither',
  edit: () => 'edited',
};

function overlaps(t: AnnotationTarget, pageIndex: number, start: number, end: number): boolean {
  return t.pageIndex === pageIndex && !!t.position && t.position.start < end && t.position.end > start;
}

/** The coder's highlights with the code that overlap the passage. */
export function sourcesOf(db: Db, req: ConsensusRequest, coderId: string): Annotation[] {
  return listAnnotations(db, { documentId: req.documentId, codeIds: [req.codeId], coderIds: [coderId] }).filter(
    (a) => a.codeIds.includes(req.codeId) && a.targets.some((t) => overlaps(t, req.pageIndex, req.start, req.end)),
  );
}

/** One target on the page over [start, end) (code points), its rects taken from the sources on that page. */
export function editedTarget(text: string, pageIndex: number, start: number, end: number, sources: readonly Annotation[]): AnnotationTarget {
  const idx = codePointIndex(text);
  if (end > idx.codePointLength) throw bad('The consensus extent runs past the end of the page.');
  const from = idx.toUtf16(start);
  const to = idx.toUtf16(end);
  const rects = sources.flatMap((a) => a.targets.filter((t) => t.pageIndex === pageIndex).flatMap((t) => t.rects));
  return {
    pageIndex,
    rects,
    quote: { type: 'TextQuoteSelector', exact: text.slice(from, to), prefix: text.slice(Math.max(0, from - 32), from), suffix: text.slice(to, to + 32) },
    position: { type: 'TextPositionSelector', start, end },
  };
}

const extentKey = (targets: readonly AnnotationTarget[]) => JSON.stringify(targets.map((t) => [t.pageIndex, t.position?.start, t.position?.end]));

function checkRequest(db: Db, input: ConsensusRequest): ConsensusRequest {
  const choice = checkConsensusChoice(input?.choice);
  const { start, end } = checkStretch(input.start, input.end);
  const documentId = checkId(input.documentId, 'documentId');
  if (!Number.isInteger(input.pageIndex) || input.pageIndex < 0 || storedPageText(db, documentId, input.pageIndex) === null) {
    throw new GlossaError('document.notFound', 'This page of the document is not in the project.', { id: documentId });
  }
  if (!getCode(db, checkId(input.codeId, 'codeId'))) throw new GlossaError('code.notFound', 'This code no longer exists.', { id: input.codeId });
  for (const c of [input.coderA, input.coderB]) if (!getCoder(db, checkId(c, 'coder'))) throw bad(`Unknown coder: ${c}`);
  const edit = choice === 'edit' ? checkStretch(input.editStart ?? start, input.editEnd ?? end) : null;
  return { ...input, choice, start, end, documentId, ...(edit ? { editStart: edit.start, editEnd: edit.end } : {}) };
}

export function resolvePassage(db: Db, actor: Coder, input: ConsensusRequest): ActionOutcome<ResolveResult> {
  const req = checkRequest(db, input);
  const done = listResolutionRows(db, [req.documentId]).some((r) => r.page_index === req.pageIndex && r.start === req.start && r.end === req.end && r.code_id === req.codeId);
  if (done) throw bad('This passage is already resolved for this code; undo that resolution to decide again.');
  const nameA = getCoder(db, req.coderA)!.name;
  const nameB = getCoder(db, req.coderB)!.name;
  return runCodingAction(db, actor, { action: 'consensus.resolve', label: 'Resolve into consensus' }, (j, now) => {
    upsertCoder(db, CONSENSUS_CODER, now);
    const a = req.choice === 'adoptA' || req.choice === 'both' || req.choice === 'edit' ? sourcesOf(db, req, req.coderA) : [];
    const b = req.choice === 'adoptB' || req.choice === 'both' || req.choice === 'edit' ? sourcesOf(db, req, req.coderB) : [];
    const text = storedPageText(db, req.documentId, req.pageIndex) ?? '';
    const wanted: AnnotationTarget[][] = req.choice === 'edit' ? [[editedTarget(text, req.pageIndex, req.editStart!, req.editEnd!, [...a, ...b])]] : [...a, ...b].map((s) => s.targets);
    const have = new Set(listAnnotations(db, { documentId: req.documentId, codeIds: [req.codeId], coderIds: [CONSENSUS_CODER.id] }).map((x) => extentKey(x.targets)));
    const annotationIds: string[] = [];
    for (const targets of wanted) {
      const key = extentKey(targets);
      if (have.has(key)) continue;
      have.add(key);
      annotationIds.push(insertAnnotation(j, CONSENSUS_CODER, { documentId: req.documentId, kind: 'text', targets, color: null, comment: '', codeIds: [req.codeId] }, now).id);
    }
    const row: ResolutionRow = {
      id: randomUUID(),
      document_id: req.documentId,
      page_index: req.pageIndex,
      start: req.start,
      end: req.end,
      code_id: req.codeId,
      choice: req.choice,
      coder_a: req.coderA,
      coder_b: req.coderB,
      resolved_by: actor.id,
      created_at: now,
    };
    j.insert('consensus_resolutions', { ...row });
    const quote = text.slice(codePointIndex(text).toUtf16(req.start), codePointIndex(text).toUtf16(req.end)).slice(0, 60);
    const code = codeNameFor(getCode(db, req.codeId)!, 'en');
    return {
      result: { resolution: toResolution(row), annotationIds },
      summary: `Consensus on "${quote}" (${code}, page ${req.pageIndex + 1}): ${CHOICE_TEXT[req.choice](nameA, nameB)}`,
      details: { resolutionId: row.id, documentId: req.documentId, codeId: req.codeId, choice: req.choice, coderA: req.coderA, coderB: req.coderB, annotationIds },
    };
  });
}

export function toResolution(r: ResolutionRow): ConsensusResolution {
  return {
    id: r.id,
    documentId: r.document_id,
    pageIndex: r.page_index,
    start: r.start,
    end: r.end,
    codeId: r.code_id,
    choice: checkConsensusChoice(r.choice),
    coderA: r.coder_a,
    coderB: r.coder_b,
    resolvedBy: r.resolved_by,
    createdAt: r.created_at,
  };
}

export function listResolutions(db: Db, documentIds?: readonly string[]): ConsensusResolution[] {
  return listResolutionRows(db, documentIds).map(toResolution);
}
