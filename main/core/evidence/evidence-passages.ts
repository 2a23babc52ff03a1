// Highlights as the W3C Web Annotation export carries them (EvidencePassage): one per
// highlight, coded or not, with every target it has — a passage across a page break keeps
// one target per page, each with its own quote and position — and the codes the filter
// selected on it, in codebook order. Coded passages come first in the order of their first
// coding (codebook, then reading order, as the other formats list them), then the uncoded
// ones in reading order.
import type { EvidencePassage } from '../../../shared/domain/evidence';
import type { Db } from '../../db/connection';
import type { EvidenceSqlRow } from '../../db/repositories/evidence';
import { type CodeIndex, mapByDocument, parseTargets, toEvidenceRow } from './evidence-rows';

function passageOf(db: Db, rows: EvidenceSqlRow[], codes: CodeIndex): EvidencePassage {
  const first = rows[0];
  const { codeId: _c, codePath: _p, codeColor: _k, ...cited } = toEvidenceRow(db, first, codes);
  const codeIds = [...new Set(rows.map((r) => r.code_id).filter((id) => id !== ''))].sort((a, b) => codes.order(a) - codes.order(b));
  return {
    ...cited,
    // The highlight's own creation and latest edit, not one coding's.
    createdAt: first.annotation_created_at,
    updatedAt: [first.annotation_updated_at, ...rows.map((r) => r.coded_at)].sort().pop()!,
    coderId: first.coder_id,
    kind: first.kind === 'area' ? 'area' : 'text',
    targets: parseTargets(first.targets),
    color: first.color,
    codes: codeIds.map((id) => ({ id, path: codes.path(id), color: codes.byId.get(id)?.color ?? '#888888' })),
  };
}

export function passagesOf(db: Db, coded: EvidenceSqlRow[], uncoded: EvidenceSqlRow[], codes: CodeIndex): EvidencePassage[] {
  const groups = new Map<string, EvidenceSqlRow[]>();
  for (const r of coded) {
    const list = groups.get(r.annotation_id);
    if (list) list.push(r);
    else groups.set(r.annotation_id, [r]);
  }
  const all = [...groups.values(), ...uncoded.map((r) => [r])];
  return mapByDocument(all.map((rows) => ({ document_id: rows[0].document_id, rows })), (g) => passageOf(db, g.rows, codes));
}
