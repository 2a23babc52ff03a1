// The mapping an import starts from, guessed from the table's header: the column that names the
// document ("file", "file name", "id", "title", "файл", "название"…, else the first column) and
// every other column whose header is an attribute's English or Russian name. The import dialog
// shows it for the user to change; the CLI uses it as is (or with --match / --column).
import type { AttributeDefinition, AttributeImportMapping } from '../domain/attribute';

function fold(s: string): string {
  return s.normalize('NFKC').trim().toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/[\s_-]+/g, ' ');
}

const MATCH_HEADERS: Array<{ by: AttributeImportMapping['matchBy']; names: string[] }> = [
  { by: 'id', names: ['id', 'document id', 'doc id', 'ид', 'id документа'] },
  { by: 'fileName', names: ['file', 'file name', 'filename', 'pdf', 'файл', 'имя файла'] },
  { by: 'title', names: ['title', 'document', 'название', 'заглавие', 'документ'] },
];

export function definitionForHeader(header: string, defs: readonly AttributeDefinition[]): AttributeDefinition | null {
  const h = fold(header);
  return defs.find((d) => (d.nameEn && fold(d.nameEn) === h) || (d.nameRu && fold(d.nameRu) === h)) ?? null;
}

export function guessMapping(columns: readonly string[], defs: readonly AttributeDefinition[]): AttributeImportMapping {
  let matchColumn = columns[0] ?? '';
  let matchBy: AttributeImportMapping['matchBy'] = 'fileName';
  outer: for (const m of MATCH_HEADERS) {
    for (const c of columns) {
      if (m.names.includes(fold(c))) {
        matchColumn = c;
        matchBy = m.by;
        break outer;
      }
    }
  }
  const mapped: Record<string, string> = {};
  for (const c of columns) {
    if (c === matchColumn) continue;
    const def = definitionForHeader(c, defs);
    if (def && !Object.values(mapped).includes(def.id)) mapped[c] = def.id;
  }
  return { matchColumn, matchBy, columns: mapped };
}
