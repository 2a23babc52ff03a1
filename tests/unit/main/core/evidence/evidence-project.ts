// A real project for the evidence tests, populated through the coding backend's own functions
// (createCode, createAnnotation, setMemo) and the documents repository: three documents with
// attributes (OSCE 2019 Moldova/Ukraine in English, CIS 2021 Russia in Russian with ё, IOM 2015),
// a small code tree (Influence > Funding, Influence > Training; Partnership) and passages coded
// by two coders, one of them crossing a page break.
import { createSelectors } from '../../../../../shared/anchoring/create-selectors';
import type { AnnotationTarget } from '../../../../../shared/domain/annotation';
import type { Coder } from '../../../../../shared/domain/code';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode } from '../../../../../main/core/coding/codes';
import { setMemo } from '../../../../../main/core/coding/memos';
import { updateDocument } from '../../../../../main/db/repositories/documents';
import type { Db } from '../../../../../main/db/connection';
import { ALICE, BORIS, addDocument } from '../coding/coding-fixture';
import { tempProject, type TempProject } from '../../../../helpers/temp-project';

export { ALICE, BORIS };

export const EN_PAGES = [
  'Annual report of the mission.\nThe OSCE funded a “National Referral Mechanism” for victims.',
  'Training for 40 judges was delivered in Chisinau.\nThe mission continued funding shelters.',
  'Conclusions of the report.',
];
export const RU_PAGES = [
  'Доклад о противодействии торговле людьми.\nЁмкость национальных механизмов — ещё один вопрос.',
  'Партнёрство государства и НКО укрепилось.',
];
export const IOM_PAGES = ['IOM trained border guards in 2015.\nPartnership with the ministry was signed.'];

export interface EvidenceProject extends TempProject {
  docs: { en: string; ru: string; iom: string };
  codes: { influence: string; funding: string; training: string; partnership: string };
  ann: Record<'enFunding' | 'enTraining' | 'enCross' | 'ruCapacity' | 'ruPartner' | 'iomBoth', string>;
}

/** The target covering `quote` (first occurrence) on one page. */
export function target(pages: string[], pageIndex: number, quote: string): AnnotationTarget {
  const text = pages[pageIndex];
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not on page ${pageIndex}`);
  const { quote: q, position } = createSelectors(text, start, start + quote.length);
  return { pageIndex, rects: [{ x1: 10, y1: 700, x2: 200, y2: 712 }], quote: q, position };
}

function annotate(db: Db, coder: Coder, documentId: string, targets: AnnotationTarget[], codeIds: string[], comment = ''): string {
  return createAnnotation(db, coder, { documentId, kind: 'text', targets, color: null, comment, codeIds }).result.id;
}

export function makeEvidenceProject(): EvidenceProject {
  const p = tempProject('glossa-evidence-');
  const { db } = p;
  const en = addDocument(db, 'OSCE Annual Report', EN_PAGES);
  updateDocument(db, en, { organisation: 'osce', countries: ['moldova', 'ukraine'], year: 2019, docType: 'progress-report', language: 'en' });
  const ru = addDocument(db, 'Доклад СНГ', RU_PAGES);
  updateDocument(db, ru, { organisation: 'russia-cis', countries: ['russia'], year: 2021, docType: 'study', language: 'ru' });
  const iom = addDocument(db, 'IOM Border Study', IOM_PAGES);
  updateDocument(db, iom, { organisation: 'iom', countries: ['moldova'], year: 2015, docType: 'study', language: 'en' });

  const mk = (name: string, parentId: string | null = null) =>
    createCode(db, ALICE, { name, parentId, definition: `${name} definition` }).result.id;
  const influence = mk('Test Influence');
  const funding = mk('Test Funding', influence);
  const training = mk('Test Training', influence);
  const partnership = mk('Test Партнёрство');

  const ann = {
    enFunding: annotate(db, ALICE, en, [target(EN_PAGES, 0, 'The OSCE funded a “National Referral Mechanism” for victims.')], [funding], 'Key “NRM” passage'),
    enTraining: annotate(db, BORIS, en, [target(EN_PAGES, 1, 'Training for 40 judges was delivered in Chisinau.')], [training, funding]),
    enCross: annotate(db, ALICE, en, [target(EN_PAGES, 1, 'The mission continued funding shelters.'), target(EN_PAGES, 2, 'Conclusions of the report.')], [influence]),
    ruCapacity: annotate(db, BORIS, ru, [target(RU_PAGES, 0, 'Ёмкость национальных механизмов — ещё один вопрос.')], [training], 'Комментарий про ёмкость'),
    ruPartner: annotate(db, BORIS, ru, [target(RU_PAGES, 1, 'Партнёрство государства и НКО укрепилось.')], [partnership]),
    iomBoth: annotate(db, ALICE, iom, [target(IOM_PAGES, 0, 'IOM trained border guards in 2015.')], [training, partnership]),
  };
  setMemo(db, ALICE, 'project', '', 'Project memo: why these reports.');
  setMemo(db, ALICE, 'code', training, 'Training memo.');
  setMemo(db, ALICE, 'document', ru, 'Memo on the CIS report.');
  return { ...p, docs: { en, ru, iom }, codes: { influence, funding, training, partnership }, ann };
}
