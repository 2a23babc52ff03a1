// The synthetic corpus of the search benchmarks: pages shaped like the reports Glossa reads
// (~2,000 characters, English pages with Russian paragraphs and Russian documents with English
// names, Zipf-like word frequencies, deterministic LCG), and the large projects of issue 12
// (50,000 and 200,000 pages) built once and kept in a cache directory between runs:
// $GLOSSA_BENCH_CACHE or os.tmpdir()/glossa-bench-cache, file name keyed by CORPUS_VERSION and
// the page count. Bump CORPUS_VERSION whenever the generator or the schema it fills changes.
// A build writes to a temporary name and renames at the end, so an interrupted build is never
// taken for a finished one.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentFilter } from '../../shared/domain/document';
import type { Db } from '../../main/db/connection';
import { closeProject, createProject } from '../../main/core/project/project-file';
import { insertDocument } from '../../main/db/repositories/documents';
import { MIGRATIONS } from '../../main/db/migrations';
import { useRollbackJournal } from '../../main/db/connection';

export const EN = (
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

export const RU_STEMS = (
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
export const RU_ENDINGS = ['а', 'и', 'е', 'у', 'ой', 'ами', 'ах', 'ов', 'ы', 'ей', 'ого', 'ому', 'ых', 'ым', 'ия', 'ии', 'ие'];
const RU_SMALL = 'и в на с по для о что как это из от к не также был были'.split(' ');

/** Deterministic generator (same pages every run): LCG, as in tests/fixtures/pdf-fixtures.ts. */
export class Rng {
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
export function pageText(rng: Rng, russianDoc: boolean, docNo: number, pageNo: number): string {
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


export const ORGS = ['eu-commission', 'osce', 'iom', 'unodc', 'coe-greta', 'usa-state-dept', 'osce-odihr', 'icmpd'];
export const COUNTRIES = ['moldova', 'ukraine', 'belarus', 'georgia', 'armenia', 'kazakhstan', 'russia', 'region-wide'];


export interface Query {
  kind: 'word' | 'phrase' | 'prefix' | 'absent' | 'filtered' | 'stemRu' | 'stemEn';
  text: string;
  filter?: DocumentFilter;
}

export function buildQueries(rng: Rng, samplePages: string[]): Query[] {
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

/** The p-th percentile of an ascending list (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Stores one synthetic document exactly as an import stores it (insertDocument). */
export function insertBenchDocument(db: Db, d: number, texts: string[], russian: boolean): void {
  const bytes = new Uint8Array(Buffer.from(`%PDF-1.7 synthetic bench document ${d}\n`));
  insertDocument(
    db,
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
}

/** Bumped when the generated pages or the schema they are stored in change: old cache files are then ignored. */
export const CORPUS_VERSION = 1;

/**
 * The schema part of a cache file's name: the number of migrations and a hash of their names.
 * Branches that each add their own migration 15 share one cache directory; by count alone
 * they would take each other's files (a different schema, e.g. without a new index).
 */
export function schemaKey(): string {
  return `${MIGRATIONS.length}-${createHash('sha256').update(MIGRATIONS.map((m) => `${m.version}:${m.name}`).join('\n')).digest('hex').slice(0, 8)}`;
}

export function benchCacheDir(): string {
  return process.env.GLOSSA_BENCH_CACHE || path.join(os.tmpdir(), 'glossa-bench-cache');
}

export interface CachedCorpus {
  file: string;
  documents: number;
  pages: number;
  fileMB: number;
  /** Seconds the build took; null when the file came from the cache. */
  buildSeconds: number | null;
}

/**
 * A project of `documents` documents of 100 pages each (30% Russian), built once per
 * generator version and schema. Each document has its own seed, so a page is the same
 * whatever the project's size.
 */
export function cachedCorpus(documents: number, pagesPerDocument = 100): CachedCorpus {
  const dir = benchCacheDir();
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `search-v${CORPUS_VERSION}-m${schemaKey()}-${documents}x${pagesPerDocument}.glossa`);
  const sizeOf = () => Number((fs.statSync(file).size / 1e6).toFixed(0));
  const pages = documents * pagesPerDocument;
  if (fs.existsSync(file)) return { file, documents, pages, fileMB: sizeOf(), buildSeconds: null };
  const building = `${file}.building-${process.pid}`;
  const started = performance.now();
  const project = createProject(building);
  try {
    // A cache file, rebuilt when lost: no need to wait for the disk on every commit.
    project.db.pragma('synchronous = OFF');
    for (let d = 0; d < documents; d++) {
      const rng = new Rng(1_000_003 + d * 7919);
      const russian = d % 10 < 3;
      const texts = Array.from({ length: pagesPerDocument }, (_, p) => pageText(rng, russian, d + 1, p + 1));
      insertBenchDocument(project.db, d, texts, russian);
    }
    project.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    closeProject(project);
  }
  useRollbackJournal(building); // one file, no -wal beside it, before it takes the cache name
  fs.renameSync(building, file);
  return { file, documents, pages, fileMB: sizeOf(), buildSeconds: Number(((performance.now() - started) / 1000).toFixed(0)) };
}
