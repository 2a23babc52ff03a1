// The reports' Memos section with the research journal (issue 14 item 7), on a real project:
// a titled memo linked to a code the report cites is printed under its title with what it is
// linked to; one linked to nothing in the report is left out, unless every memo is asked for
// (memoScope 'all'); the target memos keep their place. Markdown and HTML, English and Russian.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { setMemo } from '../../../../../main/core/coding/memos';
import { buildEvidenceBundle } from '../../../../../main/core/evidence/evidence-bundle';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { createMemo } from '../../../../../main/core/memos/memo-actions';
import { createProject } from '../../../../../main/core/project/project-file';
import { listCodes } from '../../../../../main/db/repositories/codes';
import { ALICE, addDocument } from '../coding/coding-fixture';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const PAGE = 'The EU funds a study on trafficking in Moldova.';

function project() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-memo-export-'));
  const h = createProject(path.join(dir, 'p.glossa'));
  const docId = addDocument(h.db, 'TIP 2024', [PAGE]);
  const [cited, other] = listCodes(h.db).filter((c) => c.parentId !== null);
  createAnnotation(h.db, ALICE, {
    documentId: docId, kind: 'text', color: null, comment: '', codeIds: [cited.id],
    targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: 'The EU funds a study', prefix: '', suffix: ' on' }, position: { type: 'TextPositionSelector', start: 0, end: 20 } }],
  });
  setMemo(h.db, ALICE, 'project', '', 'Research questions');
  createMemo(h.db, ALICE, { title: 'Why *funding* matters', body: 'Funding shapes the partners.', links: [{ kind: 'code', targetId: cited.id }] });
  createMemo(h.db, ALICE, { title: 'Unrelated idea', body: 'About another code.', links: [{ kind: 'code', targetId: other.id }] });
  createMemo(h.db, ALICE, { title: 'Empty page', body: '' });
  return { h, cited };
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('the Memos section of the reports', () => {
  it('prints journal memos linked to what the report holds, or every memo on request', async () => {
    const { h, cited } = project();
    const bundle = buildEvidenceBundle(h.db, 'Study', { codeIds: [cited.id] });
    const md = text(await exportEvidence(bundle, { format: 'md', includeMemos: true }));
    expect(md).toContain('### Project memo');
    expect(md).toMatch(/### Why \\\*funding\\\* matters\n\n\*Linked to: .+\*\n\nFunding shapes the partners\./);
    expect(md).not.toContain('Unrelated idea');
    expect(md).not.toContain('Empty page');
    const html = text(await exportEvidence(bundle, { format: 'html', includeMemos: true }));
    expect(html).toMatch(/<h3>Why \*funding\* matters<\/h3>/);
    expect(html).toContain('<em>Linked to: ');

    const everything = buildEvidenceBundle(h.db, 'Study', { codeIds: [cited.id] }, new Date(), { memoScope: 'all', language: 'ru' });
    const ru = text(await exportEvidence(everything, { format: 'md', includeMemos: true, language: 'ru' }));
    expect(ru).toContain('Unrelated idea');
    expect(ru).toMatch(/\*Связана с: .+\*/);
    h.db.close();
  });
});
