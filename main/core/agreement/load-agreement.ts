// Loads what computeAgreement needs from a project: the chosen coders, documents (all when
// none are chosen), codes (every code the chosen coders used, when none are chosen), the
// stored page texts, and each coding's character ranges from its highlight's text positions
// (or, lacking a position, the first exact occurrence of its quote on the page). Area
// highlights have no text and are counted as skipped.
// With a round (independent coding, issue 11) only the codings recorded as made independently
// in it count (independent-scope.ts), on the round's documents every chosen coder coded; the
// consensus layer, which is made after the round, is compared through its current codings.
import type { AnnotationTarget } from '../../../shared/domain/annotation';
import type { AgreementReport, AgreementRequest } from '../../../shared/domain/share';
import { codePointIndex } from '../../../shared/anchoring/code-points';
import { codeNameFor } from '../../../shared/codebook/code-text';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { codingsForAgreement } from '../../db/repositories/agreement';
import { iteratePageTexts } from '../../db/repositories/annotations';
import { listCoders } from '../../db/repositories/coders';
import { listCodes } from '../../db/repositories/codes';
import { listDocuments } from '../../db/repositories/documents';
import { type AgreementPage, type CodedRange, computeAgreement } from './compute-agreement';
import { independentScope } from './independent-scope';

function bad(message: string): GlossaError {
  return new GlossaError('agreement.badInput', message);
}

function ids(value: unknown, what: string): string[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw bad(`The ${what} must be a list of ids.`);
  return value.length === 0 ? null : [...new Set(value as string[])];
}

export function loadAgreement(db: Db, req: AgreementRequest): AgreementReport {
  const coderIds = ids(req?.coderIds, 'coders') ?? [];
  if (coderIds.length < 2) throw bad('Choose at least two coders to compare.');
  const known = new Map(listCoders(db).map((c) => [c.id, c]));
  const coders = coderIds.map((id) => {
    const c = known.get(id);
    if (!c) throw bad(`Unknown coder: ${id}`);
    return { id: c.id, name: c.name };
  });
  const docFilter = ids(req.documentIds, 'documents');
  const allDocs = listDocuments(db);
  let documents = (docFilter ? allDocs.filter((d) => docFilter.includes(d.id)) : allDocs).map((d) => ({ id: d.id, title: d.title }));
  if (docFilter && documents.length !== docFilter.length) throw bad('One of the chosen documents is no longer in the project.');
  const codeFilter = ids(req.codeIds, 'codes');
  const scope = req.roundId === undefined || req.roundId === null ? null : independentScope(db, String(req.roundId), coders, documents, codeFilter);
  if (scope) documents = scope.documents;
  const codings = scope ? scope.codings : codingsForAgreement(db, coderIds, documents.map((d) => d.id), codeFilter);
  const allCodes = listCodes(db);
  const usedCodes = new Set(codings.map((c) => c.codeId));
  const codes = allCodes.filter((c) => (codeFilter ? codeFilter.includes(c.id) : usedCodes.has(c.id))).map((c) => ({ id: c.id, name: codeNameFor(c, 'en') }));

  const pages: AgreementPage[] = [];
  const textOf = new Map<string, string>();
  for (const p of iteratePageTexts(db, documents.map((d) => d.id))) {
    pages.push({ documentId: p.documentId, pageIndex: p.pageIndex, text: p.text });
    textOf.set(`${p.documentId}\u0000${p.pageIndex}`, p.text);
  }
  const ranges: CodedRange[] = [];
  const skipped = new Set<string>();
  for (const c of codings) {
    let targets: AnnotationTarget[] = [];
    try {
      targets = JSON.parse(c.targets) as AnnotationTarget[];
    } catch {
      targets = [];
    }
    let placed = 0;
    for (const t of targets) {
      const text = textOf.get(`${c.documentId}\u0000${t.pageIndex}`);
      if (text === undefined) continue;
      let start = t.position?.start;
      let end = t.position?.end;
      if ((start === undefined || end === undefined) && t.quote?.exact) {
        const at = text.indexOf(t.quote.exact);
        if (at >= 0) {
          const idx = codePointIndex(text);
          start = idx.toCodePoint(at);
          end = idx.toCodePoint(at + t.quote.exact.length);
        }
      }
      if (start === undefined || end === undefined || end <= start) continue;
      ranges.push({ coderId: c.coderId, codeId: c.codeId, documentId: c.documentId, pageIndex: t.pageIndex, start, end });
      placed++;
    }
    if (placed === 0) skipped.add(c.annotationId);
  }
  const report = computeAgreement({ coders, codes, documents, pages, ranges, skippedAnnotations: skipped.size });
  return scope ? { ...report, independent: { roundId: scope.roundId, documents: documents.length, coderNames: coders.map((c) => c.name) } } : { ...report, independent: null };
}
