// English labels of the organisation vocabulary for citations and report tables. Exports are
// read outside the app (papers, annexes), so they carry readable names, not vocabulary ids;
// the Record type makes a new vocabulary id fail to compile until it has a label here.
import type { Organisation } from './domain/vocabulary';

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

/** English label of an organisation id; unknown ids pass through, '' stays ''. */
export function organisationLabel(id: string): string {
  return (ORGANISATION_LABELS as Record<string, string>)[id] ?? id;
}

/** 'region-wide' -> 'Region-wide': country and type ids are lower-case kebab words. */
export function vocabularyLabel(id: string): string {
  if (!id) return '';
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
