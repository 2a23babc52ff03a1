// Headings and captions of the report exports (DOCX, HTML, Markdown, PDF) in the two UI
// languages. The backend has no i18n layer of its own, and these strings end up in a file,
// not on screen, so they live next to the writers that print them.
export interface ReportLabels {
  reportTitle: string;
  generated: string;
  filter: string;
  noFilter: string;
  summary: (passages: number, codings: number, documents: number) => string;
  codebook: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  passages: string;
  comment: string;
  coder: string;
  /** After the coder's name when someone else edited the passage; {name} is the editor. */
  editedBy: string;
  memos: string;
  tables: string;
  code: string;
  total: string;
  unknown: string;
  continued: string;
  byOrganisation: string;
  byCountry: string;
  byYear: string;
  cooccurrence: string;
  cooccurrenceNote: (shown: number, all: number) => string;
}

/** "1 passage", "2 passages": English needs only the one/other split. */
function countEn(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

const en: ReportLabels = {
  reportTitle: 'Evidence report',
  generated: 'Generated',
  filter: 'Selection',
  noFilter: 'Whole project',
  summary: (p, c, d) => `${countEn(p, 'passage')}, ${countEn(c, 'coding')}, ${countEn(d, 'document')}`,
  codebook: 'Codebook',
  definition: 'Definition',
  inclusion: 'Include',
  exclusion: 'Exclude',
  passages: 'Passages by code',
  comment: 'Comment',
  coder: 'Coder',
  editedBy: 'edited by {name}',
  memos: 'Memos',
  tables: 'Tables',
  code: 'Code',
  total: 'Total',
  unknown: '(unknown)',
  continued: '(continued)',
  byOrganisation: 'Code frequency by organisation',
  byCountry: 'Code frequency by country',
  byYear: 'Code frequency by year',
  cooccurrence: 'Code co-occurrence (passages carrying both codes)',
  cooccurrenceNote: (shown, all) => `The ${shown} most frequent of ${all} codes.`,
};

const ru: ReportLabels = {
  reportTitle: 'Отчёт о свидетельствах',
  generated: 'Дата',
  filter: 'Выборка',
  noFilter: 'Весь проект',
  summary: (p, c, d) => `Фрагментов: ${p}, кодировок: ${c}, документов: ${d}`,
  codebook: 'Кодовая книга',
  definition: 'Определение',
  inclusion: 'Включать',
  exclusion: 'Исключать',
  passages: 'Фрагменты по кодам',
  comment: 'Комментарий',
  coder: 'Кодировщик',
  editedBy: 'правка: {name}',
  memos: 'Заметки',
  tables: 'Таблицы',
  code: 'Код',
  total: 'Всего',
  unknown: '(не указано)',
  continued: '(продолжение)',
  byOrganisation: 'Частота кодов по организациям',
  byCountry: 'Частота кодов по странам',
  byYear: 'Частота кодов по годам',
  cooccurrence: 'Совместная встречаемость кодов (фрагменты с обоими кодами)',
  cooccurrenceNote: (shown, all) => `${shown} самых частых кодов из ${all}.`,
};

export function reportLabels(language: 'en' | 'ru' | undefined): ReportLabels {
  return language === 'ru' ? ru : en;
}
