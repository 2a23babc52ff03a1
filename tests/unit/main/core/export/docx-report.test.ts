import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { unzipAll } from '../../../../helpers/read-zip';
import { FIXTURE_BUNDLE, FIXTURE_PASSAGES } from './evidence-fixture';

interface DocxParagraph {
  style: string;
  text: string;
}

/** Paragraph texts of word/document.xml: w:t text, w:br as \n, run-level w:tab as \t. */
function paragraphs(xml: string): DocxParagraph[] {
  const parser = new SaxesParser();
  const out: DocxParagraph[] = [];
  let current: DocxParagraph | null = null;
  let inText = false;
  let inRun = 0;
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:p') current = { style: '', text: '' };
    else if (tag.name === 'w:pStyle' && current) current.style = String(tag.attributes['w:val']);
    else if (tag.name === 'w:r') inRun++;
    else if (tag.name === 'w:t') inText = true;
    else if (tag.name === 'w:br' && current && tag.attributes['w:type'] !== 'page') current.text += '\n';
    else if (tag.name === 'w:tab' && current && inRun > 0) current.text += '\t';
  });
  parser.on('text', (t) => {
    if (inText && current) current.text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    else if (tag.name === 'w:r') inRun--;
    else if (tag.name === 'w:p' && current) {
      out.push(current);
      current = null;
    }
  });
  parser.write(xml).close();
  return out;
}

async function readBack(options = {}) {
  const bytes = await exportEvidence(FIXTURE_BUNDLE, { format: 'docx', ...options });
  const files = await unzipAll(bytes);
  return { files, paras: paragraphs(files.get('word/document.xml')!.toString('utf8')) };
}

describe('DOCX evidence report', () => {
  it('quotes every passage exactly in a Quote paragraph followed by its citation', async () => {
    const { paras, files } = await readBack();
    expect(files.has('word/styles.xml')).toBe(true);
    expect(files.get('word/styles.xml')!.toString('utf8')).toContain('w:styleId="Quote"');
    for (const { quote, pages } of FIXTURE_PASSAGES) {
      const i = paras.findIndex((p) => p.text === quote);
      expect(i, quote).toBeGreaterThan(-1);
      expect(paras[i].style).toBe('Quote');
      expect(paras[i + 1].style).toBe('Citation');
      expect(paras[i + 1].text).toContain(`, ${pages} \u00b7`);
    }
  });

  it('has a title page, the codebook with definitions and code-path headings', async () => {
    const { paras } = await readBack();
    expect(paras[0]).toEqual({ style: 'Title', text: 'Anti-trafficking «Евразия» 2024' });
    const texts = paras.map((p) => p.text);
    expect(texts).toContain('Selection: Codes: Knowledge production, Партнёрство; organisation: OSCE/ODIHR');
    expect(texts).toContain('Definition: Совместные действия «государство — НКО».');
    expect(texts).toContain('Include: Surveys; <indicators>.');
    const headings = paras.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(headings).toEqual(['Influence instruments', 'Influence instruments > Knowledge production', 'Capacity building', 'Партнёрство']);
    // The default style, Chicago author-date (CMOS 15.48: the page without "p.").
    expect(texts).toContain('(OSCE/ODIHR 2019, 12) \u00b7 Coder: Анна K.');
  });

  it('adds memos and the frequency and co-occurrence tables on request, with Russian headings', async () => {
    const { paras, files } = await readBack({ includeMemos: true, includeTables: true, language: 'ru' });
    const texts = paras.map((p) => p.text);
    expect(texts).toContain('Заметки');
    expect(texts).toContain('Заметка о коде «Партнёрство».');
    expect(texts).toContain('Кодировки по кодам и организациям');
    expect(texts).toContain('Совместная встречаемость кодов (фрагменты с обоими кодами)');
    expect(texts).toContain('ОБСЕ/БДИПЧ');
    expect(texts).toContain('Всего кодировок');
    expect(files.get('word/document.xml')!.toString('utf8').match(/<w:tbl>/g)?.length).toBe(4);
  });
});
