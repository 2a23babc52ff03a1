// Controlled value lists for document attributes (from the research domain brief).
// Values are stable identifiers stored in project files; the UI translates them
// through the i18n keys `vocab.<list>.<value>`.

export const ORGANISATIONS = [
  'eu', 'eu-commission', 'eu-eeas', 'eu-council', 'eu-parliament', 'frontex', 'europol', 'eurojust',
  'osce', 'osce-odihr', 'osce-osr-cthb', 'osce-field-mission',
  'iom', 'unodc', 'coe-greta', 'unhcr', 'unicef', 'un-women', 'ilo', 'un-other', 'icmpd',
  'usa-state-dept', 'russia-cis', 'national-government', 'ngo', 'academic', 'other',
] as const;
export type Organisation = (typeof ORGANISATIONS)[number];

export const COUNTRIES = [
  'armenia', 'azerbaijan', 'belarus', 'estonia', 'georgia', 'kazakhstan', 'kyrgyzstan', 'latvia',
  'lithuania', 'moldova', 'russia', 'tajikistan', 'turkmenistan', 'ukraine', 'uzbekistan',
  'region-wide', 'other',
] as const;
export type Country = (typeof COUNTRIES)[number];

export const DOCUMENT_TYPES = [
  'strategy', 'progress-report', 'evaluation', 'study', 'project-document', 'agreement',
  'action-plan', 'press-release', 'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const LANGUAGES = ['en', 'ru', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];
