// Which codes of a project's codebook name partners and which name instruments, and which
// organisation (the documents' issuing-organisation vocabulary) a Partner code stands for.
//
// The default codebook (assets/codebooks/default-codebook.json) has fixed ids: the branch
// "Partnership evidence > Partner" and "Influence instruments". A user may rename them, so the
// ids come first; a codebook made elsewhere (a REFI-QDA import, a hand-made tree) is recognised
// by the branch's name in English or Russian ("Partner", "Партнёр", "Influence instruments" …).
// Every descendant of the Partner branch is a partner (a sub-code such as "OSCE/ODIHR" under
// "OSCE" is its own actor); every descendant of the instrument branch is an instrument.
//
// A Partner code and an issuing organisation are one actor when the code is the default code
// for that organisation (OSCE -> osce, "Council of Europe / GRETA" -> coe-greta …) or when its
// name is the organisation's label in either language: the OSCE that issues a report and the
// OSCE an EU report names as a partner are one node.
import { allCodeNames } from '../../../shared/codebook/code-text';
import type { Code } from '../../../shared/domain/code';
import { ORGANISATIONS } from '../../../shared/domain/vocabulary';
import { organisationLabel } from '../../../shared/organisation-labels';
import { childrenMap, subtree } from '../coding/code-tree';

export const DEFAULT_PARTNER_BRANCH_ID = 'ae565752-a8f0-40ea-b2e2-c989a001c0fe';
export const DEFAULT_INSTRUMENT_BRANCH_ID = 'a8bc191f-c7b0-4a66-aa5e-9afbf1684580';

const PARTNER_BRANCH_NAMES = ['partner', 'partners', 'партнер', 'партнеры'];
const INSTRUMENT_BRANCH_NAMES = ['influence instruments', 'instruments', 'инструменты влияния', 'инструменты'];

/** The default codebook's partner codes and the organisation each stands for. */
const DEFAULT_PARTNER_ORGANISATIONS: Record<string, string> = {
  '8048c626-f8d8-4fae-b00d-94f1ec249268': 'osce',
  'c16271fc-8d13-425d-9a40-996f8851df5b': 'iom',
  'e9b7df30-edfd-4a8c-a4f2-f837fc48c67a': 'unodc',
  'f3732b93-21de-495a-aab5-5d32b5e63be7': 'coe-greta',
  '0416d851-dc26-4331-9ac5-8d80ebf4f66a': 'icmpd',
  'de00e160-87ec-4703-b126-212a80b2a3e9': 'un-other',
  'c8d95091-b881-441a-80ea-0b8aa34297c5': 'usa-state-dept',
  'a8b360c0-ebae-4ece-b2e4-3aa47ae6f90a': 'russia-cis',
  '42b6ed9c-aab3-414a-a76d-b2bdb62d26b1': 'national-government',
  '69846b88-4809-43f2-b9d8-05dea7222a28': 'ngo',
};

const fold = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

export interface ActorCodes {
  /** The Partner branch's root code, or null when the codebook has none. */
  partnerRoot: Code | null;
  /** Partner code id -> organisation id it stands for, or null (an actor of its own). */
  partners: Map<string, string | null>;
  /** Instrument codes in tree order (the branch's root excluded). */
  instruments: Code[];
}

function findBranch(codes: readonly Code[], id: string, names: readonly string[]): Code | null {
  const byId = codes.find((c) => c.id === id);
  if (byId) return byId;
  // Shallowest match first: a "Partner" code deep in some other branch is less likely the one.
  const depth = (c: Code) => {
    let d = 0;
    for (let p = c.parentId; p && d < 100; d++) p = codes.find((x) => x.id === p)?.parentId ?? null;
    return d;
  };
  const matches = codes.filter((c) => allCodeNames(c).some((n) => names.includes(fold(n))));
  return matches.sort((a, b) => depth(a) - depth(b) || a.position - b.position)[0] ?? null;
}

const organisationByName = new Map<string, string>(
  ORGANISATIONS.flatMap((o) => [[fold(o), o], [fold(organisationLabel(o, 'en')), o], [fold(organisationLabel(o, 'ru')), o]] as Array<[string, string]>),
);

/** The organisation a Partner code stands for, or null. */
export function organisationOfPartner(code: Code): string | null {
  const known = DEFAULT_PARTNER_ORGANISATIONS[code.id];
  if (known) return known;
  for (const name of allCodeNames(code)) {
    const o = organisationByName.get(fold(name));
    if (o) return o;
  }
  return null;
}

export function actorCodes(codes: readonly Code[]): ActorCodes {
  const children = childrenMap(codes);
  const partnerRoot = findBranch(codes, DEFAULT_PARTNER_BRANCH_ID, PARTNER_BRANCH_NAMES);
  const instrumentRoot = findBranch(codes, DEFAULT_INSTRUMENT_BRANCH_ID, INSTRUMENT_BRANCH_NAMES);
  const partners = new Map<string, string | null>();
  if (partnerRoot) for (const c of subtree(children, partnerRoot).slice(1)) partners.set(c.id, organisationOfPartner(c));
  const instruments = instrumentRoot ? subtree(children, instrumentRoot).slice(1) : [];
  return { partnerRoot, partners, instruments };
}
