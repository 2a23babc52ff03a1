import { describe, expect, it } from 'vitest';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { GlossaError } from '../../../../../shared/errors';
import type { ExportFormat } from '../../../../../shared/domain/evidence';
import { syntheticBundle } from './evidence-fixture';

const FORMATS: ExportFormat[] = ['csv', 'xlsx', 'jsonld', 'html', 'md', 'docx', 'pdf'];
// 1,001 codings = three row batches of 500 (the last one a single row).
const bundle = syntheticBundle(1001);

describe('export progress and cancellation', () => {
  it.each(FORMATS)('%s reports rising progress per row batch, from 0 to 1', async (format) => {
    const seen: number[] = [];
    const bytes = await exportEvidence(bundle, { format }, { onProgress: (f) => seen.push(f) });
    expect(bytes.length).toBeGreaterThan(1000);
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    seen.slice(1).forEach((f, i) => expect(f).toBeGreaterThan(seen[i]));
  });

  it.each(FORMATS)('%s stops with export.cancelled when the signal fires mid-export', async (format) => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = exportEvidence(bundle, { format }, {
      signal: controller.signal,
      onProgress: (f) => {
        seen.push(f);
        if (f > 0) controller.abort();
      },
    });
    await expect(run).rejects.toSatisfy((e) => e instanceof GlossaError && e.code === 'export.cancelled');
    expect(seen.every((f) => f < 1)).toBe(true);
  });

  it('refuses to start with an already aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(exportEvidence(bundle, { format: 'csv' }, { signal: controller.signal })).rejects.toMatchObject({
      code: 'export.cancelled',
    });
  });
});
