// Scale must not change REFI-QDA exchange: the scale project exported through qdpx.export
// (a job thread) has a project.qde valid against Project-mrt2019.xsd (xmllint) with one
// source per document and one coding per coding, and qdpx.import brings it back with the same
// documents, codes, passages, codings, comments and memos.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipText } from '../../helpers/read-zip';
import { removeScaleCache, scaleDocs, scaleProject } from '../../helpers/scale-project';
import { SMALL_DOCS, openScaleBackend } from './scale-backend';

afterAll(() => removeScaleCache());

const XSD = path.resolve(__dirname, '..', '..', 'fixtures', 'refi-qda', 'Project-mrt2019.xsd');

describe.each([SMALL_DOCS, scaleDocs()])('REFI-QDA at %i documents', (size) => {
  const p = scaleProject(size);

  it('exports a valid project.qde with everything and re-imports the same counts', async () => {
    const s = await openScaleBackend(p, 'glossa-scale-qdpx-');
    try {
      const qdpx = path.join(s.dir, 'scale.qdpx');
      const res = await s.backend.invoke('qdpx.export', { path: qdpx });
      expect(res).toMatchObject({ sources: size, selections: p.expected.annotations, codings: p.expected.codings });
      const xml = await unzipText(new Uint8Array(fs.readFileSync(qdpx)), 'project.qde');
      const qde = path.join(s.dir, 'project.qde');
      fs.writeFileSync(qde, xml);
      expect(execFileSync('xmllint', ['--noout', '--schema', XSD, qde], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBe('');
      const count = (re: RegExp) => (xml.match(re) ?? []).length;
      expect(count(/<PDFSource /g)).toBe(size);
      expect(count(/<Coding /g)).toBe(p.expected.codings);
      expect(count(/<PlainTextSelection /g)).toBe(p.expected.annotations);

      const before = {
        docs: (await s.backend.invoke('documents.list', {})).map((d) => [d.sha256, d.title, d.organisation, d.year, d.language].join('|')).sort(),
        anns: await s.backend.invoke('annotations.list', {}),
      };
      const imported = await s.backend.invoke('qdpx.import', { qdpxPath: qdpx, projectPath: path.join(s.dir, 'imported.glossa') });
      expect(imported.documents).toBe(size);
      // The imported project is now the open one.
      const docs = await s.backend.invoke('documents.list', {});
      expect(docs.map((d) => [d.sha256, d.title, d.organisation, d.year, d.language].join('|')).sort()).toEqual(before.docs);
      const anns = await s.backend.invoke('annotations.list', {});
      const shape = (list: typeof anns) => list.map((a) => [a.id, a.coderId, [...a.codeIds].sort().join(','), a.comment, a.targets[0].quote?.exact].join('|')).sort();
      expect(shape(anns)).toEqual(shape(before.anns));
      expect(anns.reduce((n, a) => n + a.codeIds.length, 0)).toBe(p.expected.codings);
      const codes = await s.backend.invoke('codes.list', undefined);
      for (const leaf of p.codes.leaves) expect(codes.find((c) => c.id === leaf)?.codingCount, leaf).toBe(p.expected.codingsByCode[leaf]);
      const bySha = new Map(docs.map((d) => [d.sha256, d.id]));
      const docMemos = await Promise.all(p.docs.filter((d) => d.index % 20 === 0).map((d) => s.backend.invoke('memos.get', { targetType: 'document', targetId: bySha.get(d.sha256)! })));
      expect(docMemos.filter((m) => m !== null)).toHaveLength(p.expected.documentMemos);
    } finally {
      await s.close();
    }
  }, 180_000);
});
