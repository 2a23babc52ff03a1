// A realistic project for the "report fit for an annex" tests: a file named like a working
// copy (trafficking-v3-final.glossa) whose project has a real name, three documents (OSCE
// English, CIS Russian, IOM English) with printed page numbers and numbered paragraphs,
// passages coded with default-codebook codes (which carry Russian names) and a code of the
// user's own, comments and memos written in Markdown (bold, italic, headings, lists, links,
// a javascript: link that must stay text, inline code), and a code no passage carries.
import { createSelectors } from '../../../../../shared/anchoring/create-selectors';
import type { AnnotationTarget } from '../../../../../shared/domain/annotation';
import type { Coder } from '../../../../../shared/domain/code';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode } from '../../../../../main/core/coding/codes';
import { setMemo } from '../../../../../main/core/coding/memos';
import { listCodes } from '../../../../../main/db/repositories/codes';
import { updateDocument } from '../../../../../main/db/repositories/documents';
import { setMeta } from '../../../../../main/db/repositories/meta';
import type { Db } from '../../../../../main/db/connection';
import { ALICE, BORIS, addDocument } from '../coding/coding-fixture';
import { tempProject, type TempProject } from '../../../../helpers/temp-project';

export const ANNEX_FILE = 'trafficking-v3-final.glossa';
export const ANNEX_NAME = 'Anti-trafficking cooperation in Eastern Europe, 2015–2021';

const OSCE = [
  'Executive summary.\n1. The OSCE supported a National Referral Mechanism for victims of trafficking.',
  '2. Training for 40 judges and prosecutors was delivered in Chisinau and Odesa.\n3. The mission continued funding shelters run by NGOs.',
  '4. Conclusions: co-operation with civil society remains essential.',
];
const CIS = [
  'Доклад о противодействии торговле людьми.\nЁмкость национальных механизмов — ещё один вопрос, требующий внимания государств-участников.',
  'Партнёрство государства и НКО укрепилось благодаря совместным программам «горячих линий».',
];
const IOM = ['IOM trained 120 border guards in 2015 on victim identification.\nPartnership with the Ministry of Interior was signed in May.'];

export const ANNEX_COMMENT_MD =
  'This is the **key passage** on the *referral* mechanism.\n\n## Why it matters\n\n- first NRM in the region\n- see [OSCE report](https://www.osce.org/cthb) and [bad](javascript:alert(1))\n\nCode `NRM-1`.';
export const ANNEX_MEMO_MD =
  '# Framing\n\nThe OSCE and the **СНГ** frame trafficking differently:\n\n1. *security* first (CIS)\n2. *human rights* first (OSCE)\n\n> Quoted note from the workshop.\n\nMore at <https://example.org/notes>.';

function target(pages: string[], pageIndex: number, quote: string): AnnotationTarget {
  const text = pages[pageIndex];
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not on page ${pageIndex}`);
  const { quote: q, position } = createSelectors(text, start, start + quote.length);
  return { pageIndex, rects: [{ x1: 10, y1: 700, x2: 200, y2: 712 }], quote: q, position };
}

function annotate(db: Db, coder: Coder, documentId: string, targets: AnnotationTarget[], codeIds: string[], comment = ''): string {
  return createAnnotation(db, coder, { documentId, kind: 'text', targets, color: null, comment, codeIds }).result.id;
}

export interface AnnexProject extends TempProject {
  /** Two default codes with distinct English and Russian names, and the user's own code. */
  /** a and b with their names and their headings ("Parent > Child") in each language. */
  codes: { a: AnnexCode; b: AnnexCode; own: string; unused: string };
}

export interface AnnexCode {
  id: string;
  en: string;
  ru: string;
  heading: { en: string; ru: string };
}

export function makeAnnexProject(fileName = ANNEX_FILE): AnnexProject {
  const p = tempProject('glossa-annex-', fileName);
  const { db } = p;
  setMeta(db, 'name', ANNEX_NAME);
  const osce = addDocument(db, 'Combating Trafficking: Annual Report', OSCE);
  updateDocument(db, osce, { organisation: 'osce-odihr', countries: ['moldova', 'ukraine'], year: 2019, docType: 'progress-report', language: 'en' });
  const cis = addDocument(db, 'Доклад СНГ о торговле людьми', CIS);
  updateDocument(db, cis, { organisation: 'russia-cis', countries: ['russia'], year: 2021, docType: 'study', language: 'ru' });
  const iom = addDocument(db, 'IOM Border Study', IOM);
  updateDocument(db, iom, { organisation: 'iom', countries: ['moldova'], year: 2015, docType: 'study', language: 'en' });

  const localized = listCodes(db).filter((c) => c.parentId !== null && c.text.ru.name && c.text.en.name && c.text.ru.name !== c.text.en.name);
  const [a, b, unusedDefault] = localized;
  const own = createCode(db, ALICE, { name: 'Shelters (own code)', definition: 'Shelters and their **funding**.' }).result.id;
  const unused = unusedDefault.id;
  annotate(db, ALICE, osce, [target(OSCE, 0, 'The OSCE supported a National Referral Mechanism for victims of trafficking.')], [a.id, b.id], ANNEX_COMMENT_MD);
  annotate(db, BORIS, osce, [target(OSCE, 1, 'Training for 40 judges and prosecutors was delivered in Chisinau and Odesa.')], [b.id], 'Counts *judges* only.');
  annotate(db, ALICE, osce, [target(OSCE, 1, 'The mission continued funding shelters run by NGOs.'), target(OSCE, 2, 'Conclusions: co-operation')], [own]);
  annotate(db, BORIS, cis, [target(CIS, 0, 'Ёмкость национальных механизмов — ещё один вопрос, требующий внимания государств-участников.')], [a.id], '**Важно:** сравнить с [докладом ОБСЕ](https://www.osce.org).');
  annotate(db, BORIS, cis, [target(CIS, 1, 'Партнёрство государства и НКО укрепилось благодаря совместным программам «горячих линий».')], [b.id, own]);
  annotate(db, ALICE, iom, [target(IOM, 0, 'IOM trained 120 border guards in 2015 on victim identification.')], [a.id]);
  setMemo(db, ALICE, 'project', '', ANNEX_MEMO_MD);
  setMemo(db, ALICE, 'code', a.id, 'Code memo with a list:\n\n- one\n- two');
  setMemo(db, ALICE, 'code', unused, 'Memo about a code no passage carries.');
  const all = listCodes(db);
  const names = (c: typeof a): AnnexCode => {
    const parent = all.find((x) => x.id === c.parentId)!;
    const ln = (x: typeof a, l: 'en' | 'ru') => x.text[l].name || x.text[l === 'en' ? 'ru' : 'en'].name;
    return { id: c.id, en: ln(c, 'en'), ru: ln(c, 'ru'), heading: { en: `${ln(parent, 'en')} > ${ln(c, 'en')}`, ru: `${ln(parent, 'ru')} > ${ln(c, 'ru')}` } };
  };
  return { ...p, codes: { a: names(a), b: names(b), own, unused } };
}
