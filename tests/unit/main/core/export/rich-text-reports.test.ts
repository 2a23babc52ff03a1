// Markdown comments and memos as real formatting in each report format, read back the way a
// reader's program sees them: DOCX runs and hyperlink relationships from word/document.xml,
// the HTML DOM (Chromium), the PDF's text, fonts and link annotations (pdf.js), Markdown as written.
import { chromium } from '@playwright/test';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { EvidenceBundle } from '../../../../../shared/domain/evidence';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { unzipAll } from '../../../../helpers/read-zip';
import { FIXTURE_BUNDLE } from './evidence-fixture';

const COMMENT = 'This is the **key passage** on the *referral* mechanism.\n\n## Why it matters\n\n- first NRM\n- see [OSCE report](https://www.osce.org/cthb) and [bad](javascript:alert(1))\n\n<script>alert(1)</script> `NRM-1`';
const MEMO = '# Framing\n\n**Важно:** *ёмкость* механизмов\n\n1. security first\n2. rights first\n\n> Quoted note.';

const BUNDLE: EvidenceBundle = {
  ...FIXTURE_BUNDLE,
  rows: FIXTURE_BUNDLE.rows.map((r, i) => (i === 0 ? { ...r, comment: COMMENT } : r)),
  memos: [{ targetType: 'project', targetLabel: 'Project', body: MEMO }],
};

interface Run { text: string; bold: boolean; italic: boolean; mono: boolean; link: string | null }

/** Every w:r of document.xml with its text and properties, and the w:hyperlink r:id it sits in. */
function docxRuns(xml: string): Run[] {
  const parser = new SaxesParser();
  const runs: Run[] = [];
  let run: Run | null = null;
  let link: string | null = null;
  let inText = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:hyperlink') link = String(tag.attributes['r:id']);
    else if (tag.name === 'w:r') run = { text: '', bold: false, italic: false, mono: false, link };
    else if (run && tag.name === 'w:b') run.bold = tag.attributes['w:val'] !== 'false';
    else if (run && tag.name === 'w:i') run.italic = tag.attributes['w:val'] !== 'false';
    else if (run && tag.name === 'w:rFonts') run.mono = tag.attributes['w:ascii'] === 'Consolas';
    else if (tag.name === 'w:t') inText = true;
  });
  parser.on('text', (t) => {
    if (inText && run) run.text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    else if (tag.name === 'w:r' && run) {
      runs.push(run);
      run = null;
    } else if (tag.name === 'w:hyperlink') link = null;
  });
  parser.write(xml).close();
  return runs;
}

describe('Markdown comments and memos in the reports', () => {
  it('DOCX: bold, italic and code runs, a real hyperlink, no raw markup', async () => {
    const files = await unzipAll(await exportEvidence(BUNDLE, { format: 'docx', includeMemos: true }));
    const xml = files.get('word/document.xml')!.toString('utf8');
    const rels = files.get('word/_rels/document.xml.rels')!.toString('utf8');
    const runs = docxRuns(xml);
    const run = (text: string) => runs.find((r) => r.text === text);
    expect(run('key passage')).toMatchObject({ bold: true, italic: false });
    expect(run('referral')).toMatchObject({ italic: true, bold: false });
    expect(run('Why it matters')).toMatchObject({ bold: true });
    expect(run('NRM-1')).toMatchObject({ mono: true });
    expect(run('Важно:')).toMatchObject({ bold: true });
    expect(run('ёмкость')).toMatchObject({ italic: true });
    const link = run('OSCE report')!;
    expect(link.link).not.toBeNull();
    expect(rels).toMatch(new RegExp(`Id="${link.link}"[^>]*Target="https://www.osce.org/cthb"[^>]*TargetMode="External"|Target="https://www.osce.org/cthb"[^>]*Id="${link.link}"`));
    expect(rels).not.toContain('javascript:');
    const text = runs.map((r) => r.text).join('');
    for (const raw of ['**', '## ', '](https://', '# Framing']) expect(text).not.toContain(raw);
    expect(text).toContain('<script>alert(1)</script>');
  });

  it('HTML: strong, em, headings below the report\'s, lists and a safe link in the DOM; no script element', async () => {
    const html = new TextDecoder().decode(await exportEvidence(BUNDLE, { format: 'html', includeMemos: true }));
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.setContent(html);
      const dom = await page.evaluate(() => {
        const comment = [...document.querySelectorAll('div.comment')].find((d) => d.textContent!.includes('key passage'))!;
        const memo = document.querySelector('div.memo')!;
        const texts = (root: Element, sel: string) => [...root.querySelectorAll(sel)].map((e) => e.textContent);
        return {
          label: texts(comment, 'p > b'),
          strong: texts(comment, 'strong'),
          em: texts(comment, 'em'),
          h5: texts(comment, 'h5'),
          items: texts(comment, 'ul > li'),
          code: texts(comment, 'code'),
          hrefs: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
          scripts: document.querySelectorAll('script').length,
          memoH4: texts(memo, 'h4'),
          memoItems: texts(memo, 'ol > li'),
          memoQuote: texts(memo, 'blockquote'),
          body: document.body.innerText,
        };
      });
      expect(dom).toMatchObject({
        label: ['Comment:'],
        strong: ['key passage'],
        em: ['referral'],
        h5: ['Why it matters'],
        items: ['first NRM', 'see OSCE report and [bad](javascript:alert(1))'],
        code: ['NRM-1'],
        hrefs: ['https://www.osce.org/cthb'],
        scripts: 0,
        memoH4: ['Framing'],
        memoItems: ['security first', 'rights first'],
        memoQuote: ['Quoted note.'],
      });
      expect(dom.body).not.toContain('**');
      expect(dom.body).toContain('<script>alert(1)</script>');
    } finally {
      await browser.close();
    }
  });

  it('PDF: the text without markup, oblique and mono faces embedded, a link annotation', async () => {
    const bytes = await exportEvidence(BUNDLE, { format: 'pdf', includeMemos: true });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
    let text = '';
    const links: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      text += content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? ' ' : '') : '')).join('') + ' ';
      for (const a of await page.getAnnotations()) if (a.subtype === 'Link') links.push(a.url ?? '');
    }
    await doc.destroy();
    text = text.replace(/\s+/g, ' ');
    expect(text).toContain('Comment: This is the key passage on the referral mechanism.');
    expect(text).toContain('Why it matters');
    expect(text).toContain('Важно: ёмкость механизмов');
    expect(text).toMatch(/1\. ?security first/);
    for (const raw of ['**', '## ', '# Framing', '](https://']) expect(text).not.toContain(raw);
    expect(links).toEqual(['https://www.osce.org/cthb']);
    const raw = Buffer.from(bytes).toString('latin1');
    for (const face of ['DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSansMono']) expect(raw).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${face}\\b`));
  });

  it('Markdown: the comment as written after its label, memo headings moved below the report\'s', async () => {
    const md = new TextDecoder().decode(await exportEvidence(BUNDLE, { format: 'md', includeMemos: true }));
    expect(md).toContain('**Comment:** This is the **key passage** on the *referral* mechanism.\n\n##### Why it matters\n\n- first NRM');
    expect(md).toContain('### Project memo\n\n#### Framing\n\n**Важно:** *ёмкость* механизмов');
    expect(md).not.toMatch(/^# Framing/m);
  });
});
