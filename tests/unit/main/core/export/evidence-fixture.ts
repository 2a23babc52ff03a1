// Evidence bundles for the export tests and the export benchmark: a small hand-written one
// with English and Russian quotes full of characters that break naive writers (« » — “ ” ё Ё,
// Markdown/HTML syntax, quotes starting with = and -, a line break), and a synthetic one of
// any size.
import type { EvidenceBundle, EvidenceCode, EvidenceDocument, EvidenceRow } from '../../../../../shared/domain/evidence';

export const DOC_EN: EvidenceDocument = {
  id: 'doc-en',
  title: 'Combating Trafficking in Human Beings: Annual Report',
  fileName: 'osce-annual-2019.pdf',
  organisation: 'osce-odihr',
  countries: ['moldova', 'ukraine'],
  year: 2019,
  docType: 'progress-report',
  language: 'en',
  sha256: 'A3F1C2D4E5B6A7980123456789ABCDEF0123456789ABCDEF0123456789ABCDEF',
};

export const DOC_RU: EvidenceDocument = {
  id: 'doc-ru',
  title: 'Доклад о противодействии торговле людьми',
  fileName: 'доклад-2021.pdf',
  organisation: 'russia-cis',
  countries: ['russia'],
  year: 2021,
  docType: 'study',
  language: 'ru',
};

export const CODES: EvidenceCode[] = [
  { id: 'c-infl', parentId: null, path: ['Influence instruments'], color: '#1f77b4', definition: 'Ways an actor shapes policy.', inclusion: 'Funding, training, “expert” advice.', exclusion: 'Coercion.' },
  { id: 'c-know', parentId: 'c-infl', path: ['Influence instruments', 'Knowledge production'], color: '#ff7f0e', definition: 'Reports & studies that frame the problem.', inclusion: 'Surveys; <indicators>.', exclusion: '' },
  { id: 'c-cap', parentId: null, path: ['Capacity building'], color: '#2ca02c', definition: 'Training of officials.', inclusion: '', exclusion: 'One-off events.' },
  { id: 'c-part', parentId: null, path: ['Партнёрство'], color: '#d62728', definition: 'Совместные действия «государство — НКО».', inclusion: 'Меморандумы, ёмкие соглашения.', exclusion: 'Ёлочные мероприятия.' },
];

const base = {
  codeColor: '#1f77b4',
  coderId: 'coder-1',
  coderName: 'Анна K.',
  createdAt: '2024-03-01T10:00:00.000Z',
  updatedAt: '2024-03-02T11:30:00.000Z',
};

const path = (id: string) => CODES.find((c) => c.id === id)!.path;

function row(annotationId: string, codeId: string, document: EvidenceDocument, fields: Partial<EvidenceRow>): EvidenceRow {
  return { ...base, annotationId, codeId, codePath: path(codeId), document, page: 1, pageEnd: 1, quote: '', comment: '', ...fields };
}

export const Q_EN = 'The OSCE “National Referral Mechanism” — a framework «for co-operation» — was adopted in 2019.';
export const Q_RU = '«Ёмкость» национальных механизмов — ещё один вопрос; Ё и ё должны сохраниться.';
export const Q_EQ = '=SUM(A1:A9) appears in the annex table, “as reported”.';
export const Q_DASH = '- торговля людьми — это преступление против личности';
export const Q_SYNTAX = '<script>alert("x")</script> *not bold* _x_ [link](http://e.x) # not heading & co | pipe `tick` \\ back';
export const Q_LINES = 'Article 4.\n2. The Parties shall co-operate  closely.';

export const FIXTURE_ROWS: EvidenceRow[] = [
  row('ann-1', 'c-know', DOC_EN, { page: 12, pageEnd: 12, quote: Q_EN, comment: 'Key passage — see “annex”.' }),
  row('ann-1', 'c-cap', DOC_EN, { page: 12, pageEnd: 12, quote: Q_EN, comment: 'Key passage — see “annex”.' }),
  row('ann-2', 'c-part', DOC_RU, { page: 41, pageEnd: 42, quote: Q_RU, comment: 'Сравнить с ёмкостью НКО.' }),
  row('ann-3', 'c-know', DOC_EN, { page: 7, pageEnd: 7, quote: Q_EQ, comment: '+1 @reviewer' }),
  row('ann-4', 'c-part', DOC_RU, { page: 3, pageEnd: 3, quote: Q_DASH, comment: '' }),
  row('ann-4', 'c-know', DOC_RU, { page: 3, pageEnd: 3, quote: Q_DASH, comment: '' }),
  row('ann-5', 'c-infl', DOC_EN, {
    page: 99,
    pageEnd: 99,
    quote: Q_SYNTAX,
    comment: 'Markup must stay text.',
    textPosition: { start: 120, end: 120 + [...Q_SYNTAX].length },
    prefix: 'before the quote ',
    suffix: ' after it',
  }),
  row('ann-6', 'c-cap', DOC_EN, { page: 23, pageEnd: 23, quote: Q_LINES, comment: '' }),
];

export const FIXTURE_BUNDLE: EvidenceBundle = {
  projectName: 'Anti-trafficking «Евразия» 2024',
  generatedAt: '2024-05-06T07:08:09.000Z',
  filterSummary: 'Codes: Knowledge production, Партнёрство; organisation: OSCE/ODIHR',
  codes: CODES,
  rows: FIXTURE_ROWS,
  memos: [
    { targetType: 'project', targetLabel: 'Project', body: 'Project memo: compare OSCE and СНГ framing.' },
    { targetType: 'code', targetLabel: 'Партнёрство', body: 'Заметка о коде «Партнёрство».' },
  ],
};

/** Distinct quotes of the fixture with the end of the citations they must show: the printed
 *  page(s) closing a Chicago author-date citation (the default style), "(OSCE/ODIHR 2019, 12)". */
export const FIXTURE_PASSAGES = [
  { quote: Q_EN, pages: '12)' },
  { quote: Q_RU, pages: '41\u201342)' },
  { quote: Q_EQ, pages: '7)' },
  { quote: Q_DASH, pages: '3)' },
  { quote: Q_SYNTAX, pages: '99)' },
  { quote: Q_LINES, pages: '23)' },
];

const WORDS_EN = ['policy', 'referral', 'victims', 'assistance', 'cooperation', 'border', 'labour', 'exploitation', 'shelter', 'prosecution'];
const WORDS_RU = ['политика', 'жертвы', 'помощь', 'сотрудничество', 'граница', 'эксплуатация', 'приют', 'преследование', 'ёмкость', 'Ёлки'];

/** A comment as researchers write them in the app: Markdown with emphasis, a link and a list. */
function markdownComment(i: number, word: string): string {
  return `**Key** point ${i} on _${word}_: compare with [the source](https://example.org/r/${i}).\n\n- first reading\n- second reading, see \`annex ${i % 7}\``;
}

/** A bundle of `codings` rows: 40 codes, 200 documents, two codes per passage on average,
 *  quotes of 30–80 words alternating English and Russian. Deterministic (no Math.random).
 *  `markdown`: every passage carries a Markdown comment and every document a Markdown memo
 *  (the realistic case for the report formats), instead of a plain comment on every fourth. */
export function syntheticBundle(codings: number, opts: { markdown?: boolean } = {}): EvidenceBundle {
  const codes: EvidenceCode[] = Array.from({ length: 40 }, (_, i) => ({
    id: `code-${i}`,
    parentId: i < 8 ? null : `code-${i % 8}`,
    path: i < 8 ? [`Theme ${i}`] : [`Theme ${i % 8}`, `Sub-code ${i}`],
    color: '#336699',
    definition: `Definition of code ${i}: passages about ${WORDS_EN[i % 10]}.`,
    inclusion: 'Explicit statements.',
    exclusion: 'Passing mentions.',
  }));
  const orgs = ['osce', 'iom', 'unodc', 'coe-greta', 'eu-commission', 'usa-state-dept', 'russia-cis'];
  const countries = ['moldova', 'ukraine', 'russia', 'georgia', 'kazakhstan'];
  const documents: EvidenceDocument[] = Array.from({ length: 200 }, (_, i) => ({
    id: `doc-${i}`,
    title: i % 2 ? `Доклад № ${i} о торговле людьми` : `Report ${i} on trafficking in human beings`,
    fileName: `report-${i}.pdf`,
    organisation: orgs[i % orgs.length],
    countries: [countries[i % 5], countries[(i + 2) % 5]],
    year: 2005 + (i % 20),
    docType: 'progress-report',
    language: i % 2 ? 'ru' : 'en',
    sha256: i.toString(16).padStart(64, '0'),
  }));
  const rows: EvidenceRow[] = [];
  for (let i = 0; rows.length < codings; i++) {
    const doc = documents[i % documents.length];
    const words = doc.language === 'ru' ? WORDS_RU : WORDS_EN;
    const length = 30 + ((i * 7) % 51);
    const quote = Array.from({ length }, (_, k) => words[(i + k * 3) % 10]).join(' ') + '.';
    const page = 1 + ((i * 13) % 600);
    for (let c = 0; c < 2 && rows.length < codings; c++) {
      const code = codes[(i * 3 + c * 17) % codes.length];
      rows.push({
        annotationId: `a-${i}`,
        codeId: code.id,
        codePath: code.path,
        codeColor: code.color,
        document: doc,
        page,
        pageEnd: page + (i % 9 === 0 ? 1 : 0),
        quote,
        comment: opts.markdown ? markdownComment(i, words[i % 10]) : i % 4 === 0 ? `Comment ${i}: ${words[i % 10]}` : '',
        coderId: `coder-${i % 3}`,
        coderName: `Coder ${i % 3}`,
        createdAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
        updatedAt: new Date(Date.UTC(2024, 0, 2) + i * 60_000).toISOString(),
      });
    }
  }
  return {
    projectName: 'Synthetic project',
    generatedAt: '2024-05-06T07:08:09.000Z',
    filterSummary: '',
    codes,
    rows,
    memos: [
      { targetType: 'project', targetLabel: 'Project', body: 'Synthetic memo.' },
      ...(opts.markdown
        ? documents.map((d, i) => ({ targetType: 'document' as const, targetLabel: d.title, body: `## Reading notes\n\n${markdownComment(i, WORDS_EN[i % 10])}\n\n> quoted *aside* ${i}` }))
        : []),
    ],
  };
}
