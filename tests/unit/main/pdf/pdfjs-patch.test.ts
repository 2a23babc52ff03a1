// Glossa's patch to pdf.js (patches/README.md) must be installed, and must leave the text
// pdf.js gives exactly as upstream's: digests of every text item of the fixtures and of the
// sample corpus, compared with those the unpatched package wrote (tests/fixtures/pdfjs-text).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import golden from '../../../fixtures/pdfjs-text/golden.json';
import { CORPUS_PAGES, goldenFixtures } from '../../../fixtures/pdfjs-text/golden-fixtures';
import { SAMPLE_CORPUS_DIR, sampleCorpusSkipReason } from '../../../helpers/sample-corpus';
import { textContentDigest } from '../../../helpers/text-content-digest';

const workerFile = createRequire(__filename).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');

describe('pdf.js as Glossa installs it', () => {
  it('carries the patch: the text transform is computed without nested Util.transform calls', () => {
    const source = fs.readFileSync(workerFile, 'utf8');
    const start = source.indexOf('function getCurrentTextTransform()');
    expect(start).toBeGreaterThan(0);
    const body = source.slice(start, source.indexOf('function ensureTextContentItem()', start));
    expect(body).toContain('Glossa patch');
    const code = body.split('\n').filter((line) => !line.trim().startsWith('//')).join('\n');
    expect(code).not.toContain('Util.transform(');
  });

  it('gives the text of the fixtures exactly as upstream pdf.js does', async () => {
    const fixtures = golden.fixtures as Record<string, unknown>;
    const names: string[] = [];
    for (const [name, bytes] of await goldenFixtures()) {
      names.push(name);
      expect({ name, ...(await textContentDigest(bytes, Infinity)) }).toEqual({ name, ...(fixtures[name] as object) });
    }
    expect(names).toEqual(Object.keys(fixtures));
  }, 60_000);

  const skip = sampleCorpusSkipReason();
  it.skipIf(skip !== null)('gives the text of the pdf.js sample corpus exactly as upstream pdf.js does', async () => {
    const corpus = golden.corpus as Record<string, unknown>;
    const files = fs.readdirSync(SAMPLE_CORPUS_DIR).filter((f) => f.endsWith('.pdf')).sort();
    expect(files).toEqual(Object.keys(corpus));
    const differ: string[] = [];
    for (const file of files) {
      const got = await textContentDigest(new Uint8Array(fs.readFileSync(path.join(SAMPLE_CORPUS_DIR, file))), CORPUS_PAGES);
      if (JSON.stringify(got) !== JSON.stringify(corpus[file])) differ.push(file);
    }
    expect(differ).toEqual([]);
    // The comparison means something only where there is text to compare.
    expect(Object.values(corpus).filter((d) => ((d as { items?: number }).items ?? 0) > 0).length).toBeGreaterThan(100);
  }, 120_000);
});
