// The issuing organisations of a document when a user attribute replaces the fixed
// organisation field (issue 14 item 3: several issuing organisations per document). The store
// returns, with each document, the replacing attribute's stored value (a choice id or a JSON
// list of them) and its choices (JSON); this turns them into the document's issuers, in the
// order the user ticked them. A choice seeded from the organisation list keeps the list's id
// ('osce', 'eu'), so it is the same actor as the fixed field's and as a Partner code naming it;
// a choice the user added is named by its own English and Russian labels. Malformed JSON (a
// received file) reads as no issuers: the fixed field then stands.
import { organisationLabel, type LabelLanguage } from '../organisation-labels';

export interface Issuer {
  id: string;
  en: string;
  ru: string;
}

let lastChoices: { json: string; byId: Map<string, Issuer> } | null = null;

function choicesById(json: string): Map<string, Issuer> {
  if (lastChoices?.json === json) return lastChoices.byId;
  const byId = new Map<string, Issuer>();
  try {
    const list: unknown = JSON.parse(json);
    if (Array.isArray(list)) {
      for (const c of list as Array<Partial<Issuer>>) {
        if (c && typeof c.id === 'string') byId.set(c.id, { id: c.id, en: typeof c.en === 'string' ? c.en : c.id, ru: typeof c.ru === 'string' ? c.ru : '' });
      }
    }
  } catch {
    // no issuers
  }
  lastChoices = { json, byId };
  return byId;
}

/** The issuers a stored value names ([] when there is no replacing attribute or no value). */
export function issuersOf(value: string | null | undefined, choices: string | null | undefined): Issuer[] {
  if (!value || !choices) return [];
  let ids: unknown;
  try {
    ids = JSON.parse(value);
  } catch {
    return [];
  }
  const list = typeof ids === 'string' ? [ids] : Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
  const byId = choicesById(choices);
  return [...new Set(list)].flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** An issuer's name: the organisation list's label for its ids, else the choice's own. */
export function issuerLabel(issuer: Issuer, lang: LabelLanguage): string {
  const listed = organisationLabel(issuer.id, lang);
  if (listed !== issuer.id) return listed;
  return (lang === 'ru' ? issuer.ru : issuer.en) || issuer.en || issuer.ru || issuer.id;
}
