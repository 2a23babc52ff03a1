// One set of rules: for each kind of bad value, the handler that takes it as input and the
// row check every project file gets before it is opened refuse it with the same message,
// because both call the same function in shared/rules/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../main/core/backend';
import { closeProject, openProject } from '../../../../main/core/project/project-file';
import { toErrorData } from '../../../../shared/errors';
import * as hostile from '../../../fixtures/hostile/hostile-projects';

let dir: string;
let backend: Backend;
let ids: { documentId: string; codeId: string; annotationId: string };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-one-rule-set-'));
  const file = path.join(dir, 'mine.glossa');
  hostile.codedProject(file);
  const h = openProject(file);
  ids = h.db.prepare('SELECT a.document_id AS documentId, c.code_id AS codeId, a.id AS annotationId FROM annotations a JOIN annotation_codes c ON c.annotation_id = a.id').get() as typeof ids;
  closeProject(h);
  backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
  await backend.invoke('project.open', { path: file });
});

afterAll(async () => {
  await backend.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function handlerMessage(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
  } catch (err) {
    return toErrorData(err).message;
  }
  return 'accepted';
}

function rowCheckMessage(name: string): string {
  const h = hostile.HOSTILE_ROWS.find((r) => r.name === name)!;
  const file = path.join(dir, `${name.replace(/\W+/g, '-')}.glossa`);
  h.make(file);
  try {
    closeProject(openProject(file));
  } catch (err) {
    return toErrorData(err).message;
  }
  return 'accepted';
}

describe('handlers and the row check share their rules', () => {
  it('targets as an object', async () => {
    const m = await handlerMessage(() => backend.invoke('annotations.update', { id: ids.annotationId, patch: { targets: { pageIndex: 0, rects: [] } } } as never));
    expect(m).toBe('A highlight needs at least one target.');
    expect(rowCheckMessage('targets as an object')).toContain(`targets: ${m}`);
  });

  it('CSS in a code colour', async () => {
    const m = await handlerMessage(() => backend.invoke('codes.update', { id: ids.codeId, patch: { color: 'red; background: url(https://example.org/x)' } } as never));
    expect(m).toBe('A colour must look like #1a2b3c.');
    expect(rowCheckMessage('CSS in a code colour')).toContain(`color: ${m}`);
  });

  it('an unknown attribute value and year -5', async () => {
    const org = await handlerMessage(() => backend.invoke('documents.update', { id: ids.documentId, patch: { organisation: 'acme-corp' } } as never));
    expect(org).toBe('Unknown organisation: acme-corp');
    expect(rowCheckMessage('an unknown attribute value')).toContain(`organisation: ${org}`);
    const year = await handlerMessage(() => backend.invoke('documents.update', { id: ids.documentId, patch: { year: -5 } } as never));
    expect(year).toMatch(/^year must be a whole number between 1800 and \d{4}$/);
    expect(rowCheckMessage('year -5')).toContain(`year: ${year}`);
  });

  it('an empty code name', async () => {
    const m = await handlerMessage(() => backend.invoke('codes.update', { id: ids.codeId, patch: { name: '   ' } } as never));
    expect(m).toBe('A code needs a name.');
    expect(rowCheckMessage('an empty code name')).toContain(`name_en: ${m}`);
  });
});
