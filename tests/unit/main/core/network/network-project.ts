// A real project for the partnership-network tests, coded with the default codebook's fixed
// Partner and instrument codes: an EU strategy (2015, Moldova), an OSCE report (2019, Ukraine)
// and a report with no issuing organisation (2020), eight passages whose edges are counted by
// hand in partner-network.test.ts, and one partner code of the user's own ("Local NGO Alliance").
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode } from '../../../../../main/core/coding/codes';
import { DEFAULT_PARTNER_BRANCH_ID } from '../../../../../main/core/network/actor-codes';
import { updateDocument } from '../../../../../main/db/repositories/documents';
import { ALICE, addDocument } from '../coding/coding-fixture';
import { target } from '../evidence/evidence-project';
import { tempProject, type TempProject } from '../../../../helpers/temp-project';

/** Default codebook ids (assets/codebooks/default-codebook.json). */
export const CODE = {
  instruments: 'a8bc191f-c7b0-4a66-aa5e-9afbf1684580',
  funding: 'ba3d3f43-c18a-4449-9193-5d95e068ab9a',
  training: '5440862f-38f8-46f0-a0cd-892b4276becd',
  osce: '8048c626-f8d8-4fae-b00d-94f1ec249268',
  iom: 'c16271fc-8d13-425d-9a40-996f8851df5b',
  unodc: 'e9b7df30-edfd-4a8c-a4f2-f837fc48c67a',
};

export const EU_PAGES = [
  'The Commission funds the OSCE referral project.\nThe EU, the OSCE and IOM trained judges together.',
  'IOM shelters were supported by the EU.\nThe EU allocated its budget.',
];
export const OSCE_PAGES = ['The OSCE mission held its annual meeting.\nIOM received OSCE co-funding.\nThe Local NGO Alliance trained police officers.'];
export const ANON_PAGES = ['UNODC and IOM published joint data.'];

export interface NetworkProject extends TempProject {
  docs: { eu: string; osce: string; anon: string };
  localNgo: string;
  ann: Record<'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'a6' | 'a7' | 'a8', string>;
}

export function makeNetworkProject(): NetworkProject {
  const p = tempProject('glossa-network-');
  const { db } = p;
  const eu = addDocument(db, 'EU Strategy', EU_PAGES);
  updateDocument(db, eu, { organisation: 'eu', countries: ['moldova'], year: 2015 });
  const osce = addDocument(db, 'OSCE Report', OSCE_PAGES);
  updateDocument(db, osce, { organisation: 'osce', countries: ['ukraine'], year: 2019 });
  const anon = addDocument(db, 'Joint Data Note', ANON_PAGES);
  updateDocument(db, anon, { year: 2020 });
  const localNgo = createCode(db, ALICE, { name: 'Local NGO Alliance', parentId: DEFAULT_PARTNER_BRANCH_ID }).result.id;
  const annotate = (documentId: string, pages: string[], pageIndex: number, quote: string, codeIds: string[]) =>
    createAnnotation(db, ALICE, { documentId, kind: 'text', targets: [target(pages, pageIndex, quote)], color: null, comment: '', codeIds }).result.id;
  const ann = {
    a1: annotate(eu, EU_PAGES, 0, 'The Commission funds the OSCE referral project.', [CODE.osce, CODE.funding]),
    a2: annotate(eu, EU_PAGES, 0, 'The EU, the OSCE and IOM trained judges together.', [CODE.osce, CODE.iom, CODE.training]),
    a3: annotate(eu, EU_PAGES, 1, 'IOM shelters were supported by the EU.', [CODE.iom]),
    a4: annotate(osce, OSCE_PAGES, 0, 'The OSCE mission held its annual meeting.', [CODE.osce]),
    a5: annotate(osce, OSCE_PAGES, 0, 'IOM received OSCE co-funding.', [CODE.iom, CODE.funding]),
    a6: annotate(anon, ANON_PAGES, 0, 'UNODC and IOM published joint data.', [CODE.unodc, CODE.iom]),
    a7: annotate(eu, EU_PAGES, 1, 'The EU allocated its budget.', [CODE.funding]),
    a8: annotate(osce, OSCE_PAGES, 0, 'The Local NGO Alliance trained police officers.', [localNgo, CODE.training]),
  };
  return { ...p, docs: { eu, osce, anon }, localNgo, ann };
}
