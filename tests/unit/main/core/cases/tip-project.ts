// A real project holding the generated mini TIP report (tests/fixtures/tip-outline-report.ts:
// real PDF bytes with an outline) and a few codings, one per country chapter, for the case tests.
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode } from '../../../../../main/core/coding/codes';
import type { Coder } from '../../../../../shared/domain/code';
import { TIP_CHAPTERS, TIP_PAGE_COUNT, TIP_TITLE, makeTipOutlineReport } from '../../../../fixtures/tip-outline-report';
import { addDocument, type TempProject, tempProject } from '../../../../helpers/temp-project';
import { target } from '../evidence/evidence-project';

export const ANNA: Coder = { id: 'coder-anna', name: 'Anna', color: '#1f77b4' };

/** Page texts as stored (the tests never re-extract): each chapter's first page carries its marker. */
export function tipPageTexts(): string[] {
  const pages = Array.from({ length: TIP_PAGE_COUNT }, (_, i) => `Page ${i + 1} of the report.`);
  for (const ch of TIP_CHAPTERS) pages[ch.firstPage] = `${ch.title}\n${ch.marker}`;
  return pages;
}

export interface TipProject extends TempProject {
  docId: string;
  pages: string[];
  codes: { funding: string; training: string };
  /** Annotation id per chapter (its marker coded), and one on the cover (outside every case). */
  ann: { moldova: string; ukraine: string; georgia: string; azerbaijan: string; cover: string; ukraineSecond: string };
}

export async function makeTipProject(): Promise<TipProject> {
  const p = tempProject('glossa-cases-');
  const pages = tipPageTexts();
  const doc = addDocument(p.db, pages, { title: TIP_TITLE, fileName: 'tip.pdf' }, await makeTipOutlineReport());
  const funding = createCode(p.db, ANNA, { name: 'Funding' }).result.id;
  const training = createCode(p.db, ANNA, { name: 'Training' }).result.id;
  const annotate = (page: number, quote: string, codeIds: string[]) =>
    createAnnotation(p.db, ANNA, { documentId: doc.id, kind: 'text', targets: [target(pages, page, quote)], color: null, comment: '', codeIds }).result.id;
  const [md, ua, ge, az] = TIP_CHAPTERS;
  return {
    ...p,
    docId: doc.id,
    pages,
    codes: { funding, training },
    ann: {
      moldova: annotate(md.firstPage, 'funds shelters', [funding]),
      ukraine: annotate(ua.firstPage, 'trains border guards', [training]),
      ukraineSecond: annotate(ua.firstPage, 'OSCE', [funding]),
      georgia: annotate(ge.firstPage, 'prosecutes', [funding, training]),
      azerbaijan: annotate(az.firstPage, 'hotline', [training]),
      cover: annotate(0, 'Page 1', [funding]),
    },
  };
}
