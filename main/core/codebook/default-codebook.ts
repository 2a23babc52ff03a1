// The default codebook every new project starts from (assets/codebooks/default-codebook.json,
// built from ../shared/domain/README.md): influence instruments, partnership evidence (partners
// and forms) and the regime layer, each with its name, definition and inclusion and exclusion
// notes in English and in Russian. Ids are fixed UUIDs, the same in every project, so two
// researchers who start from the default codebook can merge their projects code for code.
import defaultCodebook from '../../../assets/codebooks/default-codebook.json';
import type { Db } from '../../db/connection';
import { countCodes } from '../../db/repositories/codes';
import { RowJournal } from '../../db/repositories/row-journal';
import { insertNewCode } from '../coding/codes';

type Bilingual = { en: string; ru: string };

export interface CodebookNode {
  id: string;
  name: Bilingual;
  color: string;
  definition: Bilingual;
  inclusion: Bilingual;
  exclusion: Bilingual;
  children: CodebookNode[];
}

export const DEFAULT_CODEBOOK: readonly CodebookNode[] = (defaultCodebook as { codes: CodebookNode[] }).codes;

/**
 * Inserts the default codebook into a project that has no codes yet (one transaction; not an
 * undoable action: it belongs to project creation). Returns the number of codes inserted.
 * Called by createProject (main/core/project/project-file.ts) right after the file is created.
 */
export function seedDefaultCodebook(db: Db): number {
  return db.transaction(() => {
    if (countCodes(db) > 0) return 0;
    const j = new RowJournal(db);
    const now = new Date().toISOString();
    const insert = (nodes: readonly CodebookNode[], parentId: string | null) => {
      nodes.forEach((n, position) => {
        insertNewCode(
          j,
          {
            id: n.id,
            parentId,
            color: n.color,
            position,
            text: {
              en: { name: n.name.en, definition: n.definition.en, inclusion: n.inclusion.en, exclusion: n.exclusion.en },
              ru: { name: n.name.ru, definition: n.definition.ru, inclusion: n.inclusion.ru, exclusion: n.exclusion.ru },
            },
          },
          now,
        );
        insert(n.children, n.id);
      });
    };
    insert(DEFAULT_CODEBOOK, null);
    return j.changes.length;
  })();
}
