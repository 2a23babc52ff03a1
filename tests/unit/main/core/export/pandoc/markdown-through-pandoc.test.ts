// Our plain Markdown report (no Pandoc citations) read by Pandoc into Word: `pandoc -f markdown
// -t docx`, then word/document.xml read back paragraph by paragraph. The report's headings keep
// their levels, every quote arrives exactly (no curly quotes for straight ones, no dashes for
// "--", no citation for "@", no maths for "$", no list for "a)" or "iv.", line breaks and
// double spaces kept), its citation line follows it, and comments and memos keep their
// formatting (bold, italics, their headings below the report's, lists) with "@reviewer" as text.
import { describe, expect, it } from 'vitest';
import type { EvidenceBundle } from '../../../../../../shared/domain/evidence';
import { exportEvidence } from '../../../../../../main/core/export/export-evidence';
import { docxParagraphs, type DocxParagraph } from '../../../../../helpers/docx-paragraphs';
import { pandocSkipReason, runPandoc } from '../../../../../helpers/pandoc';
import { unzipAll } from '../../../../../helpers/read-zip';
import { FIXTURE_BUNDLE, FIXTURE_PASSAGES } from '../evidence-fixture';

const skip = pandocSkipReason();

const COMMENT = 'This is the **key passage** on the *referral* mechanism, cc @reviewer, costs $5 and $10.\n\n## Why it matters\n\n- first NRM\n- see `a@b $x$`';
const MEMO = '# Framing\n\n**Важно:** *ёмкость* механизмов\n\n1. security first\n2. rights first\n\n> Quoted note.';
const PANDOC_QUOTES = [
  'He said "no" -- and \'yes\'... at $5 and $10, cf. @osce2019 and x^2^.',
  'a) the first duty;\niv. the fourth:\n: not a definition\n(@) not an example',
];

const BUNDLE: EvidenceBundle = {
  ...FIXTURE_BUNDLE,
  rows: [
    ...FIXTURE_BUNDLE.rows.map((r, i) => (i === 0 ? { ...r, comment: COMMENT } : r)),
    ...PANDOC_QUOTES.map((quote, i) => ({ ...FIXTURE_BUNDLE.rows[3], annotationId: `ann-p${i}`, quote, comment: '', page: 60 + i, pageEnd: 60 + i })),
  ],
  memos: [{ targetType: 'project', targetLabel: 'Project', body: MEMO }],
};

async function throughPandoc(): Promise<DocxParagraph[]> {
  const md = await exportEvidence(BUNDLE, { format: 'md', includeMemos: true });
  const docx = runPandoc({ 'report.md': md }, ['-f', 'markdown', '-t', 'docx', '-o', '-', 'report.md']);
  return docxParagraphs((await unzipAll(docx)).get('word/document.xml')!.toString('utf8'));
}

describe.skipIf(skip !== null)('our Markdown report through pandoc into Word', () => {
  it('keeps the headings, every quote exactly with its citation after it, and the formatted comments and memos', { timeout: 60_000 }, async () => {
    const paras = await throughPandoc();
    const styled = (style: string) => paras.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Heading1')).toEqual(['Anti-trafficking «Евразия» 2024']);
    expect(styled('Heading2')).toEqual(['Codebook', 'Passages by code', 'Memos', 'References']);
    expect(styled('Heading3')).toContain('Influence instruments > Knowledge production');
    expect(styled('Heading3')).toContain('Project memo');

    const quotes = styled('BlockText');
    for (const quote of [...FIXTURE_PASSAGES.map((p) => p.quote), ...PANDOC_QUOTES]) expect(quotes, quote).toContain(quote);
    for (const { quote, pages } of FIXTURE_PASSAGES) {
      const i = paras.findIndex((p) => p.style === 'BlockText' && p.text === quote);
      // The Chicago author-date citation (the default style) with the printed page(s).
      expect(paras[i + 1].text, quote).toMatch(/^\u2014 \(.* \d{4}, /);
      expect(paras[i + 1].text, quote).toContain(`, ${pages} \u00b7 Coder: `);
    }
    // No list, definition or example list came out of a quote's lines.
    expect(paras.some((p) => /^(a\)|iv\.|:|\(@\))/.test(p.text) && p.style !== 'BlockText')).toBe(false);

    const comment = paras.find((p) => p.text.startsWith('Comment: This is the key passage'))!;
    expect(comment.text).toBe('Comment: This is the key passage on the referral mechanism, cc @reviewer, costs $5 and $10.');
    expect(comment.runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['Comment:', 'key passage']);
    expect(comment.runs.filter((r) => r.italic).map((r) => r.text)).toEqual(['referral']);
    expect(styled('Heading5')).toEqual(['Why it matters']);
    expect(paras.some((p) => p.text === 'see a@b $x$')).toBe(true);
    expect(styled('Heading4')).toEqual(['Framing']);
    const memo = paras.find((p) => p.text === 'Важно: ёмкость механизмов')!;
    expect(memo.runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['Важно:']);
    // The bibliography after its heading, one paragraph per cited document.
    const refs = paras.slice(paras.findIndex((p) => p.text === 'References') + 1).map((p) => p.text);
    expect(refs).toEqual(['OSCE/ODIHR. 2019. Combating Trafficking in Human Beings: Annual Report.', 'Russia / CIS. 2021. Доклад о противодействии торговле людьми.']);
    expect(paras.filter((p) => p.style === 'Compact').map((p) => p.text)).toEqual(expect.arrayContaining(['first NRM', 'security first', 'rights first']));
  });
});
