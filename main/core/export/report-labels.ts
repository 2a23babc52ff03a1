// Headings and captions of the report exports (DOCX, HTML, Markdown, PDF) in the two report
// languages. The backend has no i18n layer of its own, and these strings end up in a file,
// not on screen, so they live next to the writers that print them. Counts use the CLDR plural
// rules (Intl.PluralRules): "1 coding", "2 codings"; "1 кодировка", "3 кодировки", "5 кодировок".
import { type PassageLinkRelation, RELATION_PHRASES_EN } from '../../../shared/domain/passage-links';

/** The relations in Russian, as the reader's panel words them (renderer/i18n/ru.json passageLinks.relations). */
const RELATION_PHRASES_RU: Record<PassageLinkRelation, { out: string; in: string }> = {
  supports: { out: 'подтверждает', in: 'подтверждается' },
  contradicts: { out: 'противоречит', in: 'опровергается' },
  'follows-up': { out: 'продолжает', in: 'продолжается в' },
  cites: { out: 'цитирует', in: 'цитируется в' },
  'recommends-implemented': { out: 'рекомендует → выполнено в', in: 'выполняет рекомендацию из' },
};

export type ReportLanguage = 'en' | 'ru';

export interface ReportLabels {
  reportTitle: string;
  generated: string;
  filter: string;
  noFilter: string;
  /** "8 codings (6 passages) in 2 documents". */
  summary: (passages: number, codings: number, documents: number) => string;
  codebook: string;
  /** Under the codebook heading: which codes it lists. */
  codebookUsed: string;
  codebookFull: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  passages: string;
  /** Under a code's heading: "3 codings". */
  sectionCount: (codings: number) => string;
  comment: string;
  coder: string;
  /** After the coder's name when someone else edited the passage; {name} is the editor. */
  editedBy: string;
  /** After the coder line of a passage flagged as an exemplar quote. */
  exemplar: string;
  /** The link under each passage that reopens it in Glossa (glossa://open…). */
  openInGlossa: string;
  /** A link to another passage as read from this one: "recommends → implemented in". */
  relation: (relation: PassageLinkRelation, direction: 'out' | 'in') => string;
  /** The linked passage's PDF page: "pdf p. 2". */
  linkedPage: (page: number) => string;
  memos: string;
  projectMemo: string;
  /** The line under a journal memo's title naming what it is linked to. */
  memoLinks: string;
  codeMemo: (code: string) => string;
  documentMemo: (title: string) => string;
  tables: string;
  code: string;
  /** Last column of a frequency table: what its numbers count. */
  total: string;
  unknown: string;
  continued: string;
  byOrganisation: string;
  byCountry: string;
  byYear: string;
  /** Under a frequency table: what a cell counts; the country table adds countriesNote. */
  frequencyNote: string;
  countriesNote: string;
  cooccurrence: string;
  cooccurrenceNote: (shown: number, all: number) => string;
  /** Under the co-occurrence matrix: how it counts (overlapping passages, whoever coded them) and the c-coefficient. */
  cooccurrenceHow: string;
  /** The matrix's title when only a highlight's own codes are known (a hand-made bundle). */
  cooccurrenceSameHighlight: string;
  /** The case table (issue 14): codings per code by the country of the cases they lie in. */
  byCaseCountry: string;
  byCaseCountryPer100: string;
  caseCountryNote: string;
  per100Note: string;
  noCase: string;
  /** Before an area highlight's caption (its comment), unless the comment names itself ("Table 3 …"). */
  figure: string;
  /** Stands where an area's image cannot be made, with why. */
  figureUnavailable: (reason: 'noPdf' | 'broken' | 'outside' | 'empty') => string;
  /** Words of the selection summary on the title page. */
  filterWords: {
    codes: string; any: string; all: string; subcodes: string; organisation: string; country: string;
    years: string; type: string; language: string; coder: string; documents: string; text: string;
    exemplars: string;
    cases: string; caseCountries: string;
  };
}

const rules: Record<ReportLanguage, Intl.PluralRules> = { en: new Intl.PluralRules('en'), ru: new Intl.PluralRules('ru') };

/** `n` and the form of the noun its plural category needs: forms for 'one', 'few', 'many', 'other'. */
export function countOf(lang: ReportLanguage, n: number, forms: { one: string; few?: string; many?: string; other: string }): string {
  const category = rules[lang].select(n) as keyof typeof forms;
  return `${n} ${forms[category] ?? forms.other}`;
}

const EN = {
  passage: { one: 'passage', other: 'passages' },
  coding: { one: 'coding', other: 'codings' },
  document: { one: 'document', other: 'documents' },
};
// Russian nouns after a number; "в … документах" takes the prepositional case (в 1 документе, в 5 документах).
const RU = {
  passage: { one: 'фрагмент', few: 'фрагмента', many: 'фрагментов', other: 'фрагмента' },
  coding: { one: 'кодировка', few: 'кодировки', many: 'кодировок', other: 'кодировки' },
  documentIn: { one: 'документе', few: 'документах', many: 'документах', other: 'документах' },
};

const en: ReportLabels = {
  reportTitle: 'Evidence report',
  generated: 'Generated',
  filter: 'Selection',
  noFilter: 'Whole project',
  summary: (p, c, d) => `${countOf('en', c, EN.coding)} (${countOf('en', p, EN.passage)}) in ${countOf('en', d, EN.document)}`,
  codebook: 'Codebook',
  codebookUsed: 'The codes of the passages in this report, with their parent codes.',
  codebookFull: 'The whole codebook of the project.',
  definition: 'Definition',
  inclusion: 'Include',
  exclusion: 'Exclude',
  passages: 'Passages by code',
  sectionCount: (c) => countOf('en', c, EN.coding),
  comment: 'Comment',
  coder: 'Coder',
  openInGlossa: 'Open in Glossa',
  relation: (r, d) => RELATION_PHRASES_EN[r][d],
  linkedPage: (n) => `pdf p. ${n}`,
  editedBy: 'edited by {name}',
  exemplar: '★ Exemplar quote',
  memos: 'Memos',
  projectMemo: 'Project memo',
  memoLinks: 'Linked to',
  codeMemo: (code) => `Code: ${code}`,
  documentMemo: (title) => `Document: ${title}`,
  tables: 'Tables',
  code: 'Code',
  total: 'Total codings',
  unknown: '(unknown)',
  continued: '(continued)',
  byOrganisation: 'Codings per code by organisation',
  byCountry: 'Codings per code by country',
  byYear: 'Codings per code by year',
  frequencyNote: 'Each cell counts codings: one passage coded with one code.',
  countriesNote: 'A document about several countries counts once for each of them, so a row can add up to more than its total.',
  cooccurrence: 'Code co-occurrence (overlapping passages)',
  cooccurrenceNote: (shown, all) => `The ${shown} most frequent of ${all} codes.`,
  cooccurrenceHow:
    'Each cell counts pairs of passages, one with each code, that overlap in the text, whoever coded them (one passage with both codes is one pair); the c-coefficient (ATLAS.ti) follows in brackets. The diagonal counts the code\'s passages.',
  cooccurrenceSameHighlight: 'Code co-occurrence (passages carrying both codes)',
  byCaseCountry: 'Codings per code by case country',
  byCaseCountryPer100: 'Codings per code by case country, per 100 pages',
  caseCountryNote: 'A coding counts in each case its pages lie in (a case is a part of a document, e.g. a country narrative).',
  per100Note: 'Each cell is the codings per 100 pages of the cases of that country.',
  noCase: '(outside any case)',
  figure: 'Figure',
  figureUnavailable: (reason) =>
    `[Image of the highlighted area not available: ${
      { noPdf: 'the PDF is not in the project', broken: 'the PDF could not be read', outside: 'the area lies outside its page', empty: 'the area has no size' }[reason]
    }.]`,
  filterWords: {
    codes: 'Codes', any: 'any', all: 'all', subcodes: 'with sub-codes', organisation: 'Organisation', country: 'Country',
    years: 'Years', type: 'Type', language: 'Language', coder: 'Coder', documents: 'Documents', text: 'Text',
    exemplars: 'Exemplar quotes only',
    cases: 'Cases', caseCountries: 'Case country',
  },
};

const ru: ReportLabels = {
  reportTitle: 'Отчёт по выдержкам',
  generated: 'Дата',
  filter: 'Выборка',
  noFilter: 'Весь проект',
  summary: (p, c, d) => `${countOf('ru', c, RU.coding)} (${countOf('ru', p, RU.passage)}) в ${countOf('ru', d, RU.documentIn)}`,
  codebook: 'Кодовая книга',
  codebookUsed: 'Коды фрагментов этого отчёта и их родительские коды.',
  codebookFull: 'Вся кодовая книга проекта.',
  definition: 'Определение',
  inclusion: 'Включать',
  exclusion: 'Исключать',
  passages: 'Фрагменты по кодам',
  sectionCount: (c) => countOf('ru', c, RU.coding),
  comment: 'Комментарий',
  coder: 'Кодировщик',
  openInGlossa: 'Открыть в Glossa',
  relation: (r, d) => RELATION_PHRASES_RU[r][d],
  linkedPage: (n) => `с. ${n} PDF`,
  editedBy: 'правка: {name}',
  exemplar: '★ Образцовая цитата',
  memos: 'Заметки',
  projectMemo: 'Заметка о проекте',
  memoLinks: 'Связана с',
  codeMemo: (code) => `Код: ${code}`,
  documentMemo: (title) => `Документ: ${title}`,
  tables: 'Таблицы',
  code: 'Код',
  total: 'Всего кодировок',
  unknown: '(не указано)',
  continued: '(продолжение)',
  byOrganisation: 'Кодировки по кодам и организациям',
  byCountry: 'Кодировки по кодам и странам',
  byYear: 'Кодировки по кодам и годам',
  frequencyNote: 'В каждой ячейке — число кодировок (фрагмент, отмеченный одним кодом).',
  countriesNote: 'Документ о нескольких странах учитывается для каждой из них, поэтому сумма по строке может превышать итог.',
  cooccurrence: 'Совместная встречаемость кодов (пересекающиеся фрагменты)',
  cooccurrenceNote: (shown, all) => `${shown} самых частых кодов из ${all}.`,
  cooccurrenceHow:
    'В ячейке — число пар фрагментов (по одному с каждым кодом), пересекающихся в тексте, кто бы их ни кодировал (фрагмент с обоими кодами — одна пара); в скобках — c-коэффициент (как в ATLAS.ti). На диагонали — фрагменты кода.',
  cooccurrenceSameHighlight: 'Совместная встречаемость кодов (фрагменты с обоими кодами)',
  byCaseCountry: 'Кодировки по кодам и странам случаев',
  byCaseCountryPer100: 'Кодировки по кодам и странам случаев, на 100 страниц',
  caseCountryNote: 'Кодировка учитывается в каждом случае, на страницы которого она приходится (случай — часть документа, например страновой раздел).',
  per100Note: 'В каждой ячейке — число кодировок на 100 страниц случаев этой страны.',
  noCase: '(вне случаев)',
  figure: 'Рисунок',
  figureUnavailable: (reason) =>
    `[Изображение выделенной области недоступно: ${
      { noPdf: 'PDF-файла нет в проекте', broken: 'PDF-файл не удалось прочитать', outside: 'область лежит за пределами страницы', empty: 'у области нулевой размер' }[reason]
    }.]`,
  filterWords: {
    codes: 'Коды', any: 'любой', all: 'все', subcodes: 'с подкодами', organisation: 'Организация', country: 'Страна',
    years: 'Годы', type: 'Тип', language: 'Язык', coder: 'Кодировщик', documents: 'Документы', text: 'Текст',
    exemplars: 'Только образцовые цитаты',
    cases: 'Случаи', caseCountries: 'Страна случая',
  },
};

export function reportLabels(language: ReportLanguage | undefined): ReportLabels {
  return language === 'ru' ? ru : en;
}
