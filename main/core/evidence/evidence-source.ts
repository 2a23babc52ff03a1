// The streaming counterpart of buildEvidenceBundle: everything an export needs except the rows
// is read at once (codebook, memos, filter summary: small); the rows are a re-iterable over a
// SQLite cursor, each pass reading the codings again in codebook order and making one
// EvidenceRow at a time. The export job opens it on its own connection in the job thread, so
// the backend never builds, holds or copies the 10,000 rows across threads.
// JSON-LD still takes the bundle: it carries every highlight, coded or not, with page boxes.
import type { EvidenceFilter, EvidenceRow } from '../../../shared/domain/evidence';
import type { Db } from '../../db/connection';
import { listCodes } from '../../db/repositories/codes';
import { getPdfBytes } from '../../db/repositories/documents';
import { codeDocumentPairs, countEvidence, iterateEvidence } from '../../db/repositories/evidence';
import { getMeta } from '../../db/repositories/meta';
import type { EvidenceSource } from '../export/export-input';
import { codebookFor, filterSummary, isEmptyFilter, memosFor, tableInputs, usedIdsOf, type BundleOptions } from './evidence-bundle';
import { codeIndex, toEvidenceRow } from './evidence-rows';

export function openEvidenceSource(
  db: Db,
  projectName: string,
  filter: EvidenceFilter | undefined,
  now: Date = new Date(),
  opts: BundleOptions = {},
): EvidenceSource {
  const where = filter ?? {};
  const all = listCodes(db);
  const index = codeIndex(all, opts.language);
  const used = usedIdsOf(codeDocumentPairs(db, where).map((r) => ({ codeId: r.code_id, documentId: r.document_id })));
  const codes = codebookFor(all, index, used, !!opts.fullCodebook, opts.language ?? 'en');
  const rows: Iterable<EvidenceRow> = {
    *[Symbol.iterator]() {
      for (const r of iterateEvidence(db, where)) yield toEvidenceRow(db, r, index);
    },
  };
  return {
    projectName,
    projectId: getMeta(db, 'id') ?? '',
    generatedAt: now.toISOString(),
    filterSummary: filterSummary(db, filter, opts.language),
    codes,
    rows,
    rowCount: countEvidence(db, where, 'code'),
    pdfBytes: (id) => getPdfBytes(db, id),
    memos: memosFor(db, projectName, used, codes, index, isEmptyFilter(filter), opts.memoScope === 'all', opts.language ?? 'en'),
    ...tableInputs(db, used),
  };
}
