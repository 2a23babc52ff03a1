// The sharing channels through the composed backend (what the renderer calls): send, merge,
// conflicts, resolve, agreement, and input checks on untrusted JSON.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../../../main/core/backend';
import { createAnnotation, updateAnnotation } from '../../../../../main/core/coding/annotations';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { openReceivedProject } from '../../../../../main/core/share/send-project';
import { addDocument, BORIS } from '../coding/coding-fixture';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('share handlers', () => {
  it('send, merge with a conflict, list and resolve it, agreement between the two coders', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-share-h-'));
    const backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
    const events: string[] = [];
    backend.on((e) => void events.push(e));
    try {
      const text = 'A shared sentence about referral mechanisms and victims.';
      const h = createProject(path.join(dir, 'a.glossa'));
      const docId = addDocument(h.db, 'Report', [text]);
      const code = (h.db.prepare('SELECT id FROM codes ORDER BY id LIMIT 1').get() as { id: string }).id;
      closeProject(h);
      await backend.invoke('project.open', { path: path.join(dir, 'a.glossa') });
      const created = await backend.invoke('annotations.create', {
        documentId: docId, kind: 'text', color: null, comment: 'mine', codeIds: [code],
        targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: text.slice(0, 8), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 8 } }],
      });
      const sent = await backend.invoke('share.send', { path: path.join(dir, 'b.glossa') });
      expect(sent.byteSize).toBeGreaterThan(0);

      const b = openReceivedProject(path.join(dir, 'b.glossa'));
      updateAnnotation(b.db, BORIS, created.id, { comment: 'theirs' });
      createAnnotation(b.db, BORIS, {
        documentId: docId, kind: 'text', color: null, comment: '', codeIds: [code],
        targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: text.slice(4, 20), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 4, end: 20 } }],
      });
      closeProject(b);
      await backend.invoke('annotations.update', { id: created.id, patch: { comment: 'mine, edited' } });

      const summary = await backend.invoke('merge.run', { path: path.join(dir, 'b.glossa') });
      expect(summary).toMatchObject({ conflicts: 1 });
      expect(events).toContain('coding.changed');
      const [conflict] = await backend.invoke('merge.conflicts', { status: 'open' });
      expect(conflict.kind).toBe('bothChanged');
      const resolved = await backend.invoke('merge.resolve', { id: conflict.id, resolution: 'mine' });
      expect(resolved.status).toBe('resolved');
      expect(await backend.invoke('merge.conflicts', { status: 'open' })).toEqual([]);

      const coders = await backend.invoke('coders.list', undefined);
      expect(coders.map((c) => c.name)).toContain('Борис');
      const report = await backend.invoke('agreement.compute', { coderIds: coders.map((c) => c.id) });
      expect(report.codes).toHaveLength(1);
      expect(report.codes[0].pairs[0].both).toBe(4);
      const csv = await backend.invoke('agreement.csv', { coderIds: coders.map((c) => c.id) });
      expect(csv).toContain('Overall');
      await expect(backend.invoke('merge.resolve', { id: 'nope', resolution: 'mine' })).rejects.toThrow(/no longer exists/);
      await expect(backend.invoke('merge.run', { path: 42 } as never)).rejects.toThrow(/"path"/);
      await expect(backend.invoke('agreement.compute', { coderIds: [coders[0].id] })).rejects.toThrow(/two coders/);
    } finally {
      await backend.dispose();
    }
  });
});
