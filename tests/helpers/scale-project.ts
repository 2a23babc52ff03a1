// A deterministic project of many documents for the scale tests (issue 12: "scale must not
// change behaviour"), built through the app's own write paths in seconds rather than by parsing
// thousands of PDFs: documents through insertDocument (the importer's store call, both FTS
// indexes filled) inside one transaction, codes through createCode, codings from two coders
// through insertAnnotation inside one coding action per coder (what auto-coding does), comments
// on passages, memos through setMemo. CI builds a smaller project (GLOSSA_SCALE_DOCS, default
// 300) that takes the same code paths as 2,000 documents; the build is cached per test file
// run (one template file per size, copied for each test that writes), never across runs.
//
// Every count a test needs is computed here from the same seeded choices (`expected`), so the
// tests assert exact numbers rather than "more than zero".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createSelectors } from '../../shared/anchoring/create-selectors';
import type { Coder } from '../../shared/domain/code';
import { COUNTRIES, DOCUMENT_TYPES, ORGANISATIONS } from '../../shared/domain/vocabulary';
import { insertAnnotation } from '../../main/core/coding/annotations';
import { createCode } from '../../main/core/coding/codes';
import { setMemo } from '../../main/core/coding/memos';
import { runCodingAction } from '../../main/core/coding/undo-stack';
import { closeProject, createProject } from '../../main/core/project/project-file';
import { insertDocument } from '../../main/db/repositories/documents';
import { mulberry32 } from './seeded-random';

export const SCALE_ALICE: Coder = { id: '5ca1e000-1111-4aaa-8bbb-000000000001', name: 'Alice', color: '#e15759' };
export const SCALE_BORIS: Coder = { id: '5ca1e000-2222-4aaa-8bbb-000000000002', name: 'Борис', color: '#4e79a7' };

/** The full size of issue 12; CI runs GLOSSA_SCALE_DOCS (default 300) through the same paths. */
export const FULL_SCALE_DOCS = 2000;
export function scaleDocs(): number {
  const n = Number(process.env.GLOSSA_SCALE_DOCS ?? 300);
  return Number.isInteger(n) && n >= 20 ? n : 300;
}

/** A word on page 1 of every 10th document; doc 10 (not the first inserted) has it four times, so bm25 ranks it first. */
export const RARE_WORD = 'kaleidoscope';
/** Russian documents' page 1 carries an inflected form of this word (stemmed search finds them). */
export const RU_STEM_QUERY = 'торговля';
const RU_FORMS = ['торговли', 'торговле', 'торговлей', 'торговлю'];

const EN_TOPICS = ['Border management', 'Victim protection', 'Labour exploitation', 'Referral mechanisms', 'Prosecution', 'Prevention'];
// Ё and е spellings side by side, so the library's collation of Russian titles is exercised.
const RU_TOPICS = ['Отчёт о миграции', 'Отчет о защите', 'Ёмкость приютов', 'Еженедельный обзор', 'Защита пострадавших', 'Жалобы и меры'];
const EN_FILL = ['The mission supported the national referral mechanism.', 'Training was delivered to border guards and judges.', 'Shelters received funding from the programme.'];
const RU_FILL = ['Миссия поддержала национальный механизм перенаправления.', 'Обучение прошли пограничники и судьи.', 'Приюты получили финансирование программы.'];

export interface ScaleDoc {
  index: number;
  id: string;
  title: string;
  fileName: string;
  sha256: string;
  language: 'en' | 'ru';
  organisation: string;
  countries: string[];
  year: number | null;
  docType: string;
  pageCount: number;
  /** The coded sentence on page 1 (Alice's passage). */
  quote: string;
}

export interface ScaleCodes {
  /** Leaf codes, in the order codings cycle through them. */
  leaves: string[];
  /** Parent codes (two roots) of the leaves, by leaf id. */
  parentOf: Record<string, string>;
  roots: string[];
}

export interface ScaleExpected {
  documents: number;
  pages: number;
  annotations: number;
  codings: number;
  codingsByCoder: Record<string, number>;
  codingsByCode: Record<string, number>;
  /** Passages with a comment. */
  comments: number;
  /** Memos on documents (plus one project memo and one per root code). */
  documentMemos: number;
  memos: number;
  /** Pages with RARE_WORD / with a form of RU_STEM_QUERY. */
  rareWordPages: number;
  ruStemPages: number;
}

export interface ScaleProject {
  /** The template file: never open it for writing; copy it (copyScaleProject). */
  file: string;
  docs: ScaleDoc[];
  codes: ScaleCodes;
  expected: ScaleExpected;
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

function pagesOf(i: number, lang: 'en' | 'ru', pageCount: number): { pages: string[]; quote: string } {
  const n = String(i).padStart(4, '0');
  const quote = lang === 'en'
    ? `Passage ${n} records that the office coordinated assistance to victims.`
    : `Фрагмент ${n}: ведомство координировало помощь пострадавшим.`;
  const fill = lang === 'en' ? EN_FILL : RU_FILL;
  const pages: string[] = [];
  for (let p = 0; p < pageCount; p++) {
    const lines = [p === 0 ? quote : `${lang === 'en' ? 'Page' : 'Страница'} ${p + 1} ${lang === 'en' ? 'of report' : 'доклада'} ${n}.`];
    lines.push(fill[(i + p) % fill.length]);
    if (p === 0 && i % 10 === 0) lines.push(i === 10 ? `${RARE_WORD} ${RARE_WORD} ${RARE_WORD} ${RARE_WORD}.` : `A ${RARE_WORD} of actors took part.`);
    if (p === 0 && lang === 'ru') lines.push(`Вопросы ${RU_FORMS[i % RU_FORMS.length]} людьми.`);
    pages.push(lines.join('\n'));
  }
  return { pages, quote };
}

/**
 * A real, minimal PDF of `pageCount` blank A4 pages, unique per document (its number is in the
 * Info dictionary). pdf.js opens it in a few milliseconds, so paths that parse a document's PDF
 * (the REFI-QDA import, the reader) work, while the page texts stored beside it are the
 * generator's (as a REFI-QDA source's text representation stands for its PDF's text).
 */
export function minimalPdf(index: number, pageCount: number): Uint8Array {
  const objects: string[] = [];
  const kids = Array.from({ length: pageCount }, (_, k) => `${4 + k} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`);
  objects.push(`<< /Title (Scale document ${index}) /Producer (Glossa scale fixtures) >>`);
  for (let k = 0; k < pageCount; k++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>');
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(out.length);
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

function makeCodes(db: Parameters<typeof createCode>[0]): ScaleCodes {
  const mk = (name: string, parentId: string | null, lang: 'en' | 'ru' = 'en') =>
    createCode(db, SCALE_ALICE, { name, parentId, lang, definition: `${name}: scale test code` }).result.id;
  const instruments = mk('Scale instruments', null);
  const partnership = mk('Партнёрство (масштаб)', null, 'ru');
  const leaves = [
    mk('Funding', instruments), mk('Training', instruments), mk('Monitoring', instruments),
    mk('Legislation', instruments), mk('Сотрудничество', partnership, 'ru'), mk('Обмен данными', partnership, 'ru'),
  ];
  const parentOf: Record<string, string> = {};
  leaves.forEach((id, k) => (parentOf[id] = k < 4 ? instruments : partnership));
  return { leaves, parentOf, roots: [instruments, partnership] };
}

/** Builds the project at `file` (which must not exist). Deterministic for a given size and seed. */
export function buildScaleProject(file: string, documents: number, seed = 12): ScaleProject {
  const rand = mulberry32(seed);
  const handle = createProject(file, `Scale ${documents}`);
  const db = handle.db;
  const docs: ScaleDoc[] = [];
  const pageTexts = new Map<string, string[]>();
  db.transaction(() => {
    for (let i = 0; i < documents; i++) {
      const language = i % 3 === 2 ? 'ru' : 'en';
      const pageCount = 1 + Math.floor(rand() * 3);
      const { pages, quote } = pagesOf(i, language, pageCount);
      const bytes = minimalPdf(i, pageCount);
      const topic = language === 'en' ? pick(rand, EN_TOPICS) : pick(rand, RU_TOPICS);
      // Every 50th document shares a title with another (real libraries have several "Annual report"s).
      const title = i % 50 === 49 ? docs[i - 1].title : `${topic} ${language === 'en' ? 'report' : 'доклад'} ${String(i).padStart(4, '0')}`;
      const countries = i % 7 === 0 ? [] : [...new Set([pick(rand, COUNTRIES), ...(rand() < 0.3 ? [pick(rand, COUNTRIES)] : [])])].sort();
      const meta = insertDocument(db, {
        sha256: createHash('sha256').update(bytes).digest('hex'),
        fileName: `scale-${String(i).padStart(4, '0')}.pdf`,
        title,
        author: i % 4 === 0 ? 'Glossa scale fixtures' : '',
        // Blanks (unknown organisation, year, type) sort last in both directions: keep some.
        organisation: i % 11 === 0 ? '' : pick(rand, ORGANISATIONS),
        countries,
        year: i % 13 === 0 ? null : 2001 + Math.floor(rand() * 24),
        docType: i % 17 === 0 ? '' : pick(rand, DOCUMENT_TYPES),
        language,
        pageCount,
        byteSize: bytes.byteLength,
        pdfDate: null,
      }, pages, bytes);
      pageTexts.set(meta.id, pages);
      docs.push({
        index: i, id: meta.id, title: meta.title, fileName: meta.fileName, sha256: meta.sha256, language, organisation: meta.organisation,
        countries: meta.countries, year: meta.year, docType: meta.docType, pageCount, quote,
      });
    }
  })();

  const codes = makeCodes(db);
  const codingsByCoder: Record<string, number> = { [SCALE_ALICE.id]: 0, [SCALE_BORIS.id]: 0 };
  const codingsByCode: Record<string, number> = Object.fromEntries(codes.leaves.map((c) => [c, 0]));
  let annotations = 0;
  let comments = 0;
  const target = (doc: ScaleDoc, quote: string) => {
    const text = pageTexts.get(doc.id)![0];
    const start = text.indexOf(quote);
    const { quote: q, position } = createSelectors(text, start, start + quote.length);
    return [{ pageIndex: 0, rects: [{ x1: 56, y1: 700, x2: 400, y2: 712 }], quote: q, position }];
  };
  const L = codes.leaves.length;
  // Alice codes every document's first sentence; every 5th passage carries a comment.
  runCodingAction(db, SCALE_ALICE, { action: 'autocode.apply', label: 'Scale fixture codings' }, (j, now) => {
    for (const doc of docs) {
      const codeIds = [codes.leaves[doc.index % L]];
      const comment = doc.index % 5 === 0 ? (doc.language === 'ru' ? `Комментарий ${doc.index}: важный фрагмент` : `Comment ${doc.index}: key passage`) : '';
      insertAnnotation(j, SCALE_ALICE, { documentId: doc.id, kind: 'text', targets: target(doc, doc.quote), color: null, comment, codeIds }, now);
      annotations++;
      if (comment) comments++;
      for (const c of codeIds) codingsByCode[c]++;
      codingsByCoder[SCALE_ALICE.id] += codeIds.length;
    }
    return { result: null, summary: 'scale fixture' };
  });
  // Boris codes the second line of every even document, with two codes on every 4th.
  runCodingAction(db, SCALE_BORIS, { action: 'autocode.apply', label: 'Scale fixture codings' }, (j, now) => {
    for (const doc of docs) {
      if (doc.index % 2 !== 0) continue;
      const line = pageTexts.get(doc.id)![0].split('\n')[1];
      const codeIds = doc.index % 4 === 0 ? [codes.leaves[(doc.index + 1) % L], codes.leaves[(doc.index + 2) % L]] : [codes.leaves[(doc.index + 1) % L]];
      insertAnnotation(j, SCALE_BORIS, { documentId: doc.id, kind: 'text', targets: target(doc, line), color: null, comment: '', codeIds }, now);
      annotations++;
      for (const c of codeIds) codingsByCode[c]++;
      codingsByCoder[SCALE_BORIS.id] += codeIds.length;
    }
    return { result: null, summary: 'scale fixture' };
  });
  let documentMemos = 0;
  setMemo(db, SCALE_ALICE, 'project', '', 'Project memo: the scale test corpus.');
  for (const root of codes.roots) setMemo(db, SCALE_ALICE, 'code', root, 'Code memo for the scale corpus.');
  for (const doc of docs) {
    if (doc.index % 20 !== 0) continue;
    setMemo(db, doc.index % 40 === 0 ? SCALE_BORIS : SCALE_ALICE, 'document', doc.id, doc.language === 'ru' ? `Заметка о документе ${doc.index}` : `Memo on document ${doc.index}`);
    documentMemos++;
  }
  closeProject(handle);
  const codings = codingsByCoder[SCALE_ALICE.id] + codingsByCoder[SCALE_BORIS.id];
  return {
    file,
    docs,
    codes,
    expected: {
      documents,
      pages: docs.reduce((s, d) => s + d.pageCount, 0),
      annotations,
      codings,
      codingsByCoder,
      codingsByCode,
      comments,
      documentMemos,
      memos: documentMemos + 1 + codes.roots.length,
      rareWordPages: docs.filter((d) => d.index % 10 === 0).length,
      ruStemPages: docs.filter((d) => d.language === 'ru').length,
    },
  };
}

const cache = new Map<number, ScaleProject>();
let cacheDir: string | null = null;

/** The scale project of `documents` documents, built once per test file run (a template file). */
export function scaleProject(documents = scaleDocs()): ScaleProject {
  let p = cache.get(documents);
  if (!p) {
    cacheDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-scale-'));
    p = buildScaleProject(path.join(cacheDir, `scale-${documents}.glossa`), documents);
    cache.set(documents, p);
  }
  return p;
}

/** A private copy of the template (closed cleanly, so the one file holds everything). */
export function copyScaleProject(p: ScaleProject, dest: string): string {
  fs.copyFileSync(p.file, dest);
  return dest;
}

/** Removes the cached templates (call from afterAll). */
export function removeScaleCache(): void {
  if (cacheDir) fs.rmSync(cacheDir, { recursive: true, force: true });
  cacheDir = null;
  cache.clear();
}
