// Exemplar quotes in the report exports: a flagged passage carries "★ Exemplar quote" on its
// coder line in every report format (English and Russian), others do not; a filter limited to
// exemplars is named on the title page.
import { describe, expect, it } from 'vitest';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { coderLine } from '../../../../../main/core/export/report-model';
import { reportLabels } from '../../../../../main/core/export/report-labels';
import type { EvidenceBundle } from '../../../../../shared/domain/evidence';
import { FIXTURE_BUNDLE } from './evidence-fixture';

const flagged: EvidenceBundle = { ...FIXTURE_BUNDLE, rows: FIXTURE_BUNDLE.rows.map((r, i) => (i === 0 ? { ...r, exemplar: true } : r)) };
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('exemplar mark in reports', () => {
  it('marks only the flagged passage, in the report language (Markdown and HTML)', async () => {
    const md = new TextDecoder().decode(await exportEvidence(flagged, { format: 'md' }));
    expect(count(md, '★ Exemplar quote')).toBe(1);
    const html = new TextDecoder().decode(await exportEvidence(flagged, { format: 'html', language: 'ru' }));
    expect(count(html, '★ Образцовая цитата')).toBe(1);
    const plain = new TextDecoder().decode(await exportEvidence(FIXTURE_BUNDLE, { format: 'md' }));
    expect(plain).not.toContain('Exemplar');
  });

  it('the coder line carries the mark after the editor', () => {
    const p = { coderName: 'Alice', editedByName: 'Борис', row: { ...FIXTURE_BUNDLE.rows[0], exemplar: true } };
    expect(coderLine(p as never, reportLabels('en'))).toBe('Coder: Alice, edited by Борис \u00b7 ★ Exemplar quote');
  });
});
