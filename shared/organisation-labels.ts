// English and Russian labels of the organisation and country vocabularies for citations and
// report tables. Exports are read outside the app (papers, annexes), so they carry readable
// names in the report's language, not vocabulary ids; the Record types make a new vocabulary
// id fail to compile until it has a label here in both languages.
import type { Country, Organisation } from './domain/vocabulary';

export type LabelLanguage = 'en' | 'ru';

const ORGANISATION_LABELS: Record<Organisation, string> = {
  eu: 'EU',
  'eu-commission': 'European Commission',
  'eu-eeas': 'EEAS',
  'eu-council': 'Council of the EU',
  'eu-parliament': 'European Parliament',
  frontex: 'Frontex',
  europol: 'Europol',
  eurojust: 'Eurojust',
  osce: 'OSCE',
  'osce-odihr': 'OSCE/ODIHR',
  'osce-osr-cthb': 'OSCE OSR/CTHB',
  'osce-field-mission': 'OSCE field mission',
  iom: 'IOM',
  unodc: 'UNODC',
  'coe-greta': 'GRETA (Council of Europe)',
  unhcr: 'UNHCR',
  unicef: 'UNICEF',
  'un-women': 'UN Women',
  ilo: 'ILO',
  'un-other': 'United Nations',
  icmpd: 'ICMPD',
  'usa-state-dept': 'U.S. Department of State',
  'russia-cis': 'Russia / CIS',
  'national-government': 'National government',
  ngo: 'NGO',
  academic: 'Academic',
  other: 'Other',
};

/** Russian names as Russian-language reports and citations print them (the official Russian
 *  abbreviations of the UN and OSCE bodies). */
const ORGANISATION_LABELS_RU: Record<Organisation, string> = {
  eu: 'ЕС',
  'eu-commission': 'Европейская комиссия',
  'eu-eeas': 'ЕСВД',
  'eu-council': 'Совет ЕС',
  'eu-parliament': 'Европейский парламент',
  frontex: 'Фронтекс',
  europol: 'Европол',
  eurojust: 'Евроюст',
  osce: 'ОБСЕ',
  'osce-odihr': 'ОБСЕ/БДИПЧ',
  'osce-osr-cthb': 'ОБСЕ, Спецпредставитель по борьбе с торговлей людьми',
  'osce-field-mission': 'Полевая миссия ОБСЕ',
  iom: 'МОМ',
  unodc: 'УНП ООН',
  'coe-greta': 'ГРЕТА (Совет Европы)',
  unhcr: 'УВКБ ООН',
  unicef: 'ЮНИСЕФ',
  'un-women': 'ООН-женщины',
  ilo: 'МОТ',
  'un-other': 'ООН',
  icmpd: 'МЦРМП',
  'usa-state-dept': 'Государственный департамент США',
  'russia-cis': 'Россия / СНГ',
  'national-government': 'Национальное правительство',
  ngo: 'НКО',
  academic: 'Академическая организация',
  other: 'Другое',
};

const COUNTRY_LABELS_EN: Record<Country, string> = {
  armenia: 'Armenia',
  azerbaijan: 'Azerbaijan',
  belarus: 'Belarus',
  estonia: 'Estonia',
  georgia: 'Georgia',
  kazakhstan: 'Kazakhstan',
  kyrgyzstan: 'Kyrgyzstan',
  latvia: 'Latvia',
  lithuania: 'Lithuania',
  moldova: 'Moldova',
  russia: 'Russia',
  tajikistan: 'Tajikistan',
  turkmenistan: 'Turkmenistan',
  ukraine: 'Ukraine',
  uzbekistan: 'Uzbekistan',
  'region-wide': 'Region-wide',
  other: 'Other',
};

const COUNTRY_LABELS_RU: Record<Country, string> = {
  armenia: 'Армения',
  azerbaijan: 'Азербайджан',
  belarus: 'Беларусь',
  estonia: 'Эстония',
  georgia: 'Грузия',
  kazakhstan: 'Казахстан',
  kyrgyzstan: 'Кыргызстан',
  latvia: 'Латвия',
  lithuania: 'Литва',
  moldova: 'Молдова',
  russia: 'Россия',
  tajikistan: 'Таджикистан',
  turkmenistan: 'Туркменистан',
  ukraine: 'Украина',
  uzbekistan: 'Узбекистан',
  'region-wide': 'Весь регион',
  other: 'Другое',
};

/** Label of an organisation id in `lang` (English by default); unknown ids pass through, '' stays ''. */
export function organisationLabel(id: string, lang: LabelLanguage = 'en'): string {
  const labels: Record<string, string> = lang === 'ru' ? ORGANISATION_LABELS_RU : ORGANISATION_LABELS;
  return labels[id] ?? id;
}

/** Label of a country id in `lang`; an unknown id is made readable ('north-x' -> 'North x'). */
export function countryLabel(id: string, lang: LabelLanguage = 'en'): string {
  const labels: Record<string, string> = lang === 'ru' ? COUNTRY_LABELS_RU : COUNTRY_LABELS_EN;
  return labels[id] ?? vocabularyLabel(id);
}

/** 'progress-report' -> 'Progress report': vocabulary ids are lower-case kebab words. */
export function vocabularyLabel(id: string): string {
  if (!id) return '';
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
