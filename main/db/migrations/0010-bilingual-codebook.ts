// 0010: a bilingual codebook. Each code gets its name, definition and inclusion / exclusion
// notes per interface language (name_en … exclusion_ru; '' = not written in that language,
// the other language is shown instead). Before, `name` held what the user typed and
// `localized_names` the shipped translations, which a rename cleared. Existing rows move as
// follows: translated names go to their language; a name without translations, and the
// notes, go to the language their letters are in (more Cyrillic than Latin letters: Russian),
// so a code typed in the Russian interface stays Russian. The old columns are dropped; the
// code rows kept in open merge conflicts are converted the same way.
import type Database from 'better-sqlite3';
import { textLanguage } from '../../../shared/codebook/code-text';
import type { Migration } from './index';

type Lang = 'en' | 'ru';

/** Russian when the text has more Cyrillic than Latin letters; English otherwise. */
const scriptLanguage = (text: string): Lang => textLanguage(text);

interface OldRow {
  id: string;
  name: string;
  localized_names: string;
  definition: string;
  inclusion: string;
  exclusion: string;
}

function translations(json: string): { en?: string; ru?: string } {
  try {
    const v = JSON.parse(json) as Record<string, unknown>;
    const out: { en?: string; ru?: string } = {};
    if (typeof v?.en === 'string' && v.en.trim()) out.en = v.en;
    if (typeof v?.ru === 'string' && v.ru.trim()) out.ru = v.ru;
    return out;
  } catch {
    return {};
  }
}

/** The new per-language columns of one old row. */
export function bilingualColumns(r: OldRow): Record<string, string> {
  const t = translations(r.localized_names);
  const names = { en: t.en ?? '', ru: t.ru ?? '' };
  if (!names.en && !names.ru) names[scriptLanguage(r.name)] = r.name;
  const notesLang = scriptLanguage(`${r.definition} ${r.inclusion} ${r.exclusion}`);
  const out: Record<string, string> = { name_en: names.en, name_ru: names.ru };
  for (const lang of ['en', 'ru'] as const) {
    out[`definition_${lang}`] = lang === notesLang ? r.definition : '';
    out[`inclusion_${lang}`] = lang === notesLang ? r.inclusion : '';
    out[`exclusion_${lang}`] = lang === notesLang ? r.exclusion : '';
  }
  return out;
}

/** Open merge conflicts keep both versions of a code row as JSON: those rows get the new shape too. */
function migrateConflictRows(db: Database.Database): void {
  const rows = db.prepare("SELECT id, mine, theirs FROM merge_conflicts WHERE item_type = 'code'").all() as Array<{ id: string; mine: string | null; theirs: string | null }>;
  const update = db.prepare('UPDATE merge_conflicts SET mine = ?, theirs = ? WHERE id = ?');
  const convert = (json: string | null): string | null => {
    if (json === null) return null;
    try {
      const v = JSON.parse(json) as Record<string, unknown>;
      if (typeof v !== 'object' || v === null || typeof v.name !== 'string') return json;
      const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
      const { name, localized_names, definition, inclusion, exclusion, ...rest } = v;
      void name, localized_names, definition, inclusion, exclusion;
      return JSON.stringify({ ...rest, ...bilingualColumns({ id: str('id'), name: str('name'), localized_names: str('localized_names') || '{}', definition: str('definition'), inclusion: str('inclusion'), exclusion: str('exclusion') }) });
    } catch {
      return json;
    }
  };
  for (const r of rows) update.run(convert(r.mine), convert(r.theirs), r.id);
}

const NEW_COLUMNS = ['name_en', 'name_ru', 'definition_en', 'definition_ru', 'inclusion_en', 'inclusion_ru', 'exclusion_en', 'exclusion_ru'];

export const m0010BilingualCodebook: Migration = {
  version: 10,
  name: 'bilingual-codebook',
  up(db: Database.Database) {
    for (const c of NEW_COLUMNS) db.exec(`ALTER TABLE codes ADD COLUMN ${c} TEXT NOT NULL DEFAULT ''`);
    const rows = db.prepare('SELECT id, name, localized_names, definition, inclusion, exclusion FROM codes').all() as OldRow[];
    const update = db.prepare(`UPDATE codes SET ${NEW_COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`);
    for (const r of rows) update.run({ id: r.id, ...bilingualColumns(r) });
    for (const c of ['name', 'localized_names', 'definition', 'inclusion', 'exclusion']) db.exec(`ALTER TABLE codes DROP COLUMN ${c}`);
    migrateConflictRows(db);
  },
};
