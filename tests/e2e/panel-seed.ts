// Seeds many highlights into an e2e project for the panel-at-scale test (run with tsx in a child
// process while the web host is stopped: the backend's modules and the project file are used
// directly, as the coding bench seeds its 2,000). One highlight of ~4 words per step through
// the document's pages, round robin, coded with the default codebook's first codes, as the
// data folder's coder (the panel's "me" view shows them), in one coding action.
// Usage: tsx tests/e2e/panel-seed.ts '<json: projectPath, dataDir, count>'
import { createSelectors } from '../../shared/anchoring/create-selectors';
import type { NewAnnotation } from '../../shared/domain/annotation';
import { insertAnnotation } from '../../main/core/coding/annotations';
import { coderIdentity } from '../../main/core/coding/installation-coder';
import { runCodingAction } from '../../main/core/coding/undo-stack';
import { openProjectDb } from '../../main/db/connection';
import { listCodes } from '../../main/db/repositories/codes';
import { getPageText, listDocuments } from '../../main/db/repositories/documents';

function main(): void {
  const args = JSON.parse(process.argv[2]) as { projectPath: string; dataDir: string; count: number };
  const coder = coderIdentity(args.dataDir).get();
  const db = openProjectDb(args.projectPath);
  try {
    const doc = listDocuments(db)[0];
    const codes = listCodes(db).slice(0, 6);
    const pages = Array.from({ length: doc.pageCount }, (_, i) => getPageText(db, doc.id, i));
    const words = pages.map((text) => [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })));
    const inputs: NewAnnotation[] = [];
    for (let n = 0; n < args.count; n++) {
      const pageIndex = n % doc.pageCount;
      const round = Math.floor(n / doc.pageCount);
      const w = words[pageIndex];
      const first = Math.min(w.length - 4, round * 6);
      const { quote, position } = createSelectors(pages[pageIndex], w[first].start, w[first + 3].end);
      inputs.push({
        documentId: doc.id,
        kind: 'text',
        targets: [{ pageIndex, rects: [{ x1: 72, y1: 700, x2: 300, y2: 712 }], quote, position }],
        color: null,
        comment: n % 9 === 0 ? `Note **${n}** on this passage` : '',
        codeIds: [codes[n % codes.length].id],
      });
    }
    runCodingAction(db, coder, { action: 'test.seed', label: 'Seed highlights' }, (j, now) => {
      for (const input of inputs) insertAnnotation(j, coder, input, now);
      return { result: null, summary: `Seeded ${inputs.length} highlights` };
    });
  } finally {
    db.close();
  }
}

main();
