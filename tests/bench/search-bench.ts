// Project search latency over a 50-document project of ~11,000 pages: p50/p95/p99 of
// searchPages() for the first screen of hits (limit 50, snippets only for those rows), over
// 300 queries of single words (frequent to rare), phrases, prefixes, absent words, queries
// with document filters and dictionary forms of inflected words (Russian and English), each
// run on the exact index and on the stemmed one (issue 10), side by side. Also times
// migration 6 (the stemmed index filled from the stored page texts in one transaction).
// Aim (issue 2): p99 under 50 ms.
// Pages are synthetic but shaped like the reports Glossa reads: ~2,000 characters, English
// pages with Russian paragraphs and Russian documents with English names, word frequencies
// Zipf-like (a few words on most pages, a long tail on few), deterministic (LCG seed), stored
// with insertDocument exactly as an import stores them. Run alone: `npx tsx tests/bench/search-bench.ts`.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentFilter } from '../../shared/domain/document';
import { closeProject, createProject } from '../../main/core/project/project-file';
import { insertDocument } from '../../main/db/repositories/documents';
import { m0006StemmedSearch } from '../../main/db/migrations/0006-stemmed-search';
import { searchPages } from '../../main/db/repositories/search';

const DOCUMENTS = 50;
const TARGET_PAGES = 11_000;
const FIRST_SCREEN = 50;

const EN = (
  'the of and to in a for on is that by with as are be this was from at which or have has been its not their other ' +
  'trafficking human beings persons victims victim exploitation labour sexual forced migration migrants migrant border ' +
  'borders security cooperation partnership partners partner international organisation organisations european union ' +
  'commission council parliament member states state government governments national regional local authorities ' +
  'referral mechanism mechanisms protection assistance support shelter reintegration return identification identified ' +
  'prosecution prosecutions convictions investigations police law enforcement judicial legislation criminal code ' +
  'amendments palermo protocol convention directive strategy strategies action plan plans programme project projects ' +
  'funding financing grants budget training seminars workshops capacity building study visits twinning experts ' +
  'knowledge research data collection databases assessment assessments evaluation monitoring indicators benchmarks ' +
  'recommendations guidelines handbook model reporting report reports annual progress tier ranking sanctions ' +
  'conditionality visa liberalisation association agreement memorandum understanding coordination coordinator ' +
  'networks platform civil society ngos hotline awareness raising campaigns prevention children women men minors ' +
  'recruitment agencies employment employers construction agriculture domestic work debt bondage documents passports ' +
  'moldova ukraine belarus georgia armenia azerbaijan kazakhstan kyrgyzstan tajikistan uzbekistan turkmenistan russia ' +
  'russian federation osce odihr iom unodc greta frontex europol eurojust icmpd unhcr unicef ilo usa ' +
  'period during between within across towards however furthermore moreover significant increase decrease number'
).split(' ');

const RU_STEMS = (
  'торговл люд жертв пострадавш эксплуатац труд сексуальн принудительн миграц мигрант границ безопасност ' +
  'сотрудничеств партнерств международн организац европейск союз комисс совет государств правительств ' +
  'национальн региональн местн орган механизм перенаправлен защит помощ поддержк приют реинтеграц возвращен ' +
  'выявлен преследован расследован полиц правоохранительн судебн законодательств уголовн кодекс конвенц протокол ' +
  'стратег план программ проект финансирован грант бюджет обучен семинар тренинг потенциал эксперт знан ' +
  'исследован данн оценк мониторинг показател рекомендац руководств доклад отчет санкц условност виз соглашен ' +
  'меморандум координац координатор сет платформ гражданск обществ горяч лини информирован кампан профилактик ' +
  'дет женщин мужчин несовершеннолетн вербовк агентств занятост работодател строительств сельск хозяйств ' +
  'домашн работ долгов кабал документ паспорт молдов украин беларус груз армен азербайджан казахстан кыргызстан ' +
  'таджикистан узбекистан туркменистан росс'
).split(' ');
const RU_ENDINGS = ['а', 'и', 'е', 'у', 'ой', 'ами', 'ах', 'ов', 'ы', 'ей', 'ого', 'ому', 'ых', 'ым', 'ия', 'ии', 'ие'];
const RU_SMALL = 'и в на с по для о что как это из от к не также был были'.split(' ');

/** Deterministic generator (same pages every run): LCG, as in tests/fixtures/pdf-fixtures.ts. */
class Rng {
  constructor(private s: number) {}
  next(): number {
    this.s = (this.s * 1103515245 + 12345) % 2147483648;
    return this.s / 2147483648;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** Zipf-like pick: index ~ n^u, so low indexes (frequent words) dominate and the tail is long. */
  zipf<T>(list: T[]): T {
    return list[Math.min(list.length - 1, Math.floor(Math.pow(list.length + 1, this.next())) - 1)];
  }
}

function ruWord(rng: Rng): string {
  if (rng.next() < 0.25) return RU_SMALL[rng.int(RU_SMALL.length)];
  return rng.zipf(RU_STEMS) + RU_ENDINGS[rng.int(RU_ENDINGS.length)];
}

function sentence(rng: Rng, russian: boolean): string {
  const n = 8 + rng.int(18);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = russian ? ruWord(rng) : rng.zipf(EN);
    words.push(i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w);
    if (rng.next() < 0.04) words.push(String(1990 + rng.int(35)));
  }
  return words.join(' ') + (rng.next() < 0.1 ? ';' : '.');
}

/** ~2,000 characters: the density of a report page in 10-11 pt type. */
function pageText(rng: Rng, russianDoc: boolean, docNo: number, pageNo: number): string {
  const parts = [russianDoc ? `Страница ${pageNo}` : `Page ${pageNo}`, `Doc ${docNo}`];
  let len = 0;
  while (len < 2000) {
    // Russian documents quote English names and titles; English ones carry Russian passages.
    const s = sentence(rng, russianDoc ? rng.next() > 0.1 : rng.next() < 0.15);
    parts.push(s);
    len += s.length + 1;
  }
  return parts.join(' ');
}

interface Query {
  kind: 'word' | 'phrase' | 'prefix' | 'absent' | 'filtered' | 'stemRu' | 'stemEn';
  text: string;
  filter?: DocumentFilter;
}

function buildQueries(rng: Rng, samplePages: string[]): Query[] {
  const queries: Query[] = [];
  const words = (page: string) => page.split(/\s+/).map((w) => w.replace(/[.;,]$/, '')).filter((w) => /^\p{L}{3,}$/u.test(w));
  const pick = () => {
    const ws = words(samplePages[rng.int(samplePages.length)]);
    return { ws, i: rng.int(Math.max(1, ws.length - 3)) };
  };
  // Words across the frequency range: picked from pages (frequent ones dominate) and from the tail of the lists.
  for (let i = 0; i < 40; i++) queries.push({ kind: 'word', text: pick().ws[pick().i] ?? 'trafficking' });
  for (let i = 0; i < 20; i++) queries.push({ kind: 'word', text: EN[EN.length - 1 - rng.int(60)] });
  for (let i = 0; i < 20; i++) queries.push({ kind: 'word', text: RU_STEMS[RU_STEMS.length - 1 - rng.int(40)] + RU_ENDINGS[rng.int(RU_ENDINGS.length)] });
  for (let i = 0; i < 60; i++) {
    const { ws, i: at } = pick();
    queries.push({ kind: 'phrase', text: `"${ws.slice(at, at + 2 + rng.int(2)).join(' ')}"` });
  }
  for (let i = 0; i < 60; i++) {
    const { ws, i: at } = pick();
    const w = ws[at] ?? 'traffick';
    queries.push({ kind: 'prefix', text: `${w.slice(0, Math.min(w.length, 3 + rng.int(4)))}*` });
  }
  for (let i = 0; i < 10; i++) queries.push({ kind: 'absent', text: `zzqx${i}неттакого` });
  // Dictionary forms whose pages hold other forms: a Russian stem with another ending, an
  // English word with an -s/-ed/-ing form (what the stemmed index is for).
  for (let i = 0; i < 30; i++) queries.push({ kind: 'stemRu', text: RU_STEMS[rng.int(RU_STEMS.length)] + RU_ENDINGS[rng.int(RU_ENDINGS.length)] });
  const EN_FORMS = ['s', 'ed', 'ing', 'ation', 'ations'];
  for (let i = 0; i < 30; i++) queries.push({ kind: 'stemEn', text: EN[rng.int(EN.length)] + EN_FORMS[rng.int(EN_FORMS.length)] });
  const filters: DocumentFilter[] = [{ languages: ['ru'] }, { organisations: ['osce', 'iom'] }, { countries: ['moldova'] }, { yearFrom: 2010, yearTo: 2015 }];
  for (let i = 0; i < 30; i++) {
    const { ws, i: at } = pick();
    queries.push({ kind: 'filtered', text: ws[at] ?? 'migration', filter: filters[i % filters.length] });
  }
  return queries;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ORGS = ['eu-commission', 'osce', 'iom', 'unodc', 'coe-greta', 'usa-state-dept', 'osce-odihr', 'icmpd'];
const COUNTRIES = ['moldova', 'ukraine', 'belarus', 'georgia', 'armenia', 'kazakhstan', 'russia', 'region-wide'];

export async function benchSearch(): Promise<Record<string, number | string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-bench-search-'));
  const project = createProject(path.join(dir, 'search-bench.glossa'));
  try {
    const rng = new Rng(20240611);
    // Page counts like a real collection: a few 500-600-page TIP/GRETA volumes, many 100-300-page reports.
    const counts = Array.from({ length: DOCUMENTS }, () => 40 + Math.floor(Math.pow(rng.next(), 1.6) * 560));
    const scale = TARGET_PAGES / counts.reduce((a, b) => a + b, 0);
    const pageCounts = counts.map((c) => Math.max(10, Math.round(c * scale)));
    const samplePages: string[] = [];
    const insertStarted = performance.now();
    let totalPages = 0;
    let totalChars = 0;
    for (let d = 0; d < DOCUMENTS; d++) {
      const russian = d % 10 < 3; // 30% Russian documents
      const texts = Array.from({ length: pageCounts[d] }, (_, p) => pageText(rng, russian, d + 1, p + 1));
      const bytes = new Uint8Array(Buffer.from(`%PDF-1.7 synthetic bench document ${d}\n`));
      insertDocument(
        project.db,
        {
          sha256: createHash('sha256').update(bytes).digest('hex'),
          fileName: `report-${d + 1}.pdf`,
          title: `${russian ? 'Доклад' : 'Report'} ${d + 1}`,
          author: '',
          organisation: ORGS[d % ORGS.length],
          countries: [COUNTRIES[d % COUNTRIES.length], COUNTRIES[(d * 3) % COUNTRIES.length]].filter((c, i, a) => a.indexOf(c) === i),
          year: 2005 + (d % 18),
          docType: 'progress-report',
          language: russian ? 'ru' : 'en',
          pageCount: texts.length,
          byteSize: bytes.byteLength,
          pdfDate: null,
        },
        texts,
        bytes,
      );
      totalPages += texts.length;
      for (const t of texts) totalChars += t.length;
      samplePages.push(texts[0], texts[Math.floor(texts.length / 2)]);
    }
    const insertMs = performance.now() - insertStarted;

    // Migration 6 on this project: the stemmed index rebuilt from the stored page texts, in one
    // transaction, as an existing project gets it when opened by this version.
    project.db.exec('DROP TABLE pages_stem_fts');
    const migrateStarted = performance.now();
    project.db.transaction(() => m0006StemmedSearch.up(project.db))();
    const migrateMs = performance.now() - migrateStarted;

    const queries = buildQueries(new Rng(7), samplePages);
    // Warm-up: the first queries pay for statement preparation and the page cache.
    for (const exact of [true, false]) for (const q of queries.slice(0, 20)) searchPages(project.db, { text: q.text, exact, filter: q.filter, limit: FIRST_SCREEN });

    // The same queries on the exact index (the toggle) and on the stemmed one (the default).
    const run = (exact: boolean) =>
      queries.map((q) => {
        const started = performance.now();
        const result = searchPages(project.db, { text: q.text, exact, filter: q.filter, limit: FIRST_SCREEN });
        return { kind: q.kind, text: q.text, ms: performance.now() - started, total: result.total };
      });
    const times = run(true);
    const stemTimes = run(false);
    const sorted = (list: typeof times) => list.map((t) => t.ms).sort((a, b) => a - b);
    const all = sorted(times);
    const stemAll = sorted(stemTimes);
    const figures: Record<string, number | string> = {
      'search.documents': DOCUMENTS,
      'search.pages': totalPages,
      'search.textMB': Number((totalChars / 1e6).toFixed(1)),
      'search.insertSeconds': Number((insertMs / 1000).toFixed(1)),
      'search.migration7Seconds': Number((migrateMs / 1000).toFixed(1)),
      'search.queries': queries.length,
      'search.p50Ms': Number(percentile(all, 50).toFixed(2)),
      'search.p95Ms': Number(percentile(all, 95).toFixed(2)),
      'search.p99Ms': Number(percentile(all, 99).toFixed(2)),
      'search.maxMs': Number(all[all.length - 1].toFixed(2)),
      'search.medianHits': percentile(times.map((t) => t.total).sort((a, b) => a - b), 50),
      'search.maxHits': Math.max(...times.map((t) => t.total)),
      'search.stemmed.p50Ms': Number(percentile(stemAll, 50).toFixed(2)),
      'search.stemmed.p95Ms': Number(percentile(stemAll, 95).toFixed(2)),
      'search.stemmed.p99Ms': Number(percentile(stemAll, 99).toFixed(2)),
      'search.stemmed.maxMs': Number(stemAll[stemAll.length - 1].toFixed(2)),
      'search.stemmed.medianHits': percentile(stemTimes.map((t) => t.total).sort((a, b) => a - b), 50),
    };
    // Per kind: exact index | stemmed index, p50 / p99, and the hits found (sum) by each.
    for (const kind of ['word', 'phrase', 'prefix', 'absent', 'filtered', 'stemRu', 'stemEn'] as const) {
      const e = times.filter((t) => t.kind === kind);
      const st = stemTimes.filter((t) => t.kind === kind);
      const k = sorted(e);
      const ks = sorted(st);
      const hits = (l: typeof times) => l.reduce((sum, t) => sum + t.total, 0);
      figures[`search.${kind}.exact|stemmed p50/p99Ms`] =
        `${percentile(k, 50).toFixed(2)}/${percentile(k, 99).toFixed(2)} | ${percentile(ks, 50).toFixed(2)}/${percentile(ks, 99).toFixed(2)} (n=${k.length})`;
      figures[`search.${kind}.exact|stemmed pages`] = `${hits(e)} | ${hits(st)}`;
    }
    // The three slowest queries, with their hit counts: where to look when p99 misses the aim.
    figures['search.stemmed.slowest'] = [...stemTimes]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((t) => `${t.text} ${t.ms.toFixed(0)}ms/${t.total}`)
      .join('; ');
    figures['search.slowest'] = [...times]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((t) => `${t.text} ${t.ms.toFixed(0)}ms/${t.total}`)
      .join('; ');
    return figures;
  } finally {
    closeProject(project);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchSearch().then((r) => console.table(r), (err) => {
    console.error(err);
    process.exit(1);
  });
}
