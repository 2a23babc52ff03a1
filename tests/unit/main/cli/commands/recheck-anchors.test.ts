// `glossa recheck-anchors` in-process on a real imported PDF whose stored page text was made
// to differ from what the current pdf.js gives (an older extractor's output): the report line,
// --json, nothing written without --apply, and --apply writing the new text as one History entry.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGlossa } from '../../../../helpers/run-glossa';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import { createSelectors } from '../../../../../shared/anchoring/index';
import type { AnchorRecheck } from '../../../../../shared/domain/document';
import { EN_SENTENCES, makeEnglishReport, writeFixture } from '../../../../fixtures/pdf-fixtures';
import { ALICE } from '../../core/coding/coding-fixture';

const OLD = 'ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ ';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-cli-recheck-'));
  file = path.join(dir, 'study.glossa');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const glossa = (...args: string[]) => runGlossa(args);

const pageText = () => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT text FROM pages WHERE page_index = 0').get() as { text: string }).text;
  } finally {
    db.close();
  }
};

describe('glossa recheck-anchors', () => {
  it('reports moved and orphaned highlights, writes nothing without --apply and one History entry with it', async () => {
    expect((await glossa('new', file)).code).toBe(0);
    expect((await glossa('import', file, writeFixture(dir, 'en.pdf', await makeEnglishReport()))).code).toBe(0);
    const h = openProject(file);
    try {
      const page = h.db.prepare('SELECT id, document_id, text FROM pages WHERE page_index = 0').get() as { id: number; document_id: string; text: string };
      const old = OLD + page.text;
      h.db.prepare('UPDATE pages SET text = ? WHERE id = ?').run(old, page.id);
      const at = old.indexOf(EN_SENTENCES[0]);
      expect(at).toBeGreaterThan(0);
      for (const [s, e] of [[at, at + EN_SENTENCES[0].length], [0, OLD.length - 1]]) {
        const { quote, position } = createSelectors(old, s, e);
        createAnnotation(h.db, ALICE, { documentId: page.document_id, kind: 'text', targets: [{ pageIndex: 0, rects: [], quote, position }], color: null, comment: '', codeIds: [] });
      }
    } finally {
      closeProject(h);
    }
    const dry = await glossa('recheck-anchors', file);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/2 highlights: 0 unchanged, 1 moved, 1 orphaned; 1 pages changed \(was pdf\.js [\d.]+, text v1, now pdf\.js [\d.]+, text v1\)/);
    expect(dry.stdout).toContain('Nothing was changed');
    expect(pageText().startsWith(OLD)).toBe(true);
    const json = JSON.parse((await glossa('recheck-anchors', file, '--json')).stdout) as AnchorRecheck[];
    expect(json.map((r) => [r.moved, r.orphaned, r.applied])).toEqual([[1, 1, false]]);

    const applied = await glossa('recheck-anchors', file, '--apply');
    expect(applied.code).toBe(0);
    expect(pageText().startsWith(OLD)).toBe(false);
    const db = new Database(file, { readonly: true });
    try {
      const entry = db.prepare("SELECT summary FROM history WHERE action = 'document.recheckAnchors'").all() as Array<{ summary: string }>;
      expect(entry.map((e) => e.summary)).toEqual([expect.stringMatching(/: 1 moved, 1 orphaned$/)]);
      expect(db.prepare("SELECT anchor_status FROM annotations ORDER BY anchor_status").pluck().all()).toEqual(['orphan', 'reanchored']);
    } finally {
      db.close();
    }
    expect((await glossa('recheck-anchors', file, '--lang', 'x')).code).toBe(2);
  });
});
