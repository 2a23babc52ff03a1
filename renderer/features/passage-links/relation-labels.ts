// How a link between passages reads from one of its ends: the relation key with its direction
// ("supports" from the source, "is supported by" from the target), as i18n keys
// (passageLinks.relations.<key>.out / .in / .label). Pure, so the panel and tests share it.
import { PASSAGE_LINK_RELATIONS, type PassageLinkRelation } from '../../../shared/domain/passage-links';

export const RELATIONS: readonly PassageLinkRelation[] = PASSAGE_LINK_RELATIONS;

/** The i18n key of a relation as read from this end of the link. */
export function relationKey(relation: PassageLinkRelation, direction: 'out' | 'in' | 'label' = 'label'): string {
  return `passageLinks.relations.${relation}.${direction}`;
}

/** A quote cut to one line's worth for a list row (the full quote is in the reader). */
export function shortQuote(quote: string, max = 160): string {
  const one = quote.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
