// The attribute-definition editor's form state, and what it sends: a new definition (with its
// choices, and the fixed list it starts from when it replaces the organisation or the type)
// or the patch of an existing one. Kept out of the component so it is unit-tested.
import type {
  AttributeDefinition, AttributeDefinitionInput, AttributeDefinitionPatch, AttributeKind, ReplaceableField,
} from '../../../shared/domain/attribute';
import { DOCUMENT_TYPES, ORGANISATIONS } from '../../../shared/domain/vocabulary';
import { isChoiceKind } from '../../../shared/rules/attribute-rules';

export interface ChoiceRow {
  /** '' for a choice not saved yet (the backend gives it an id). */
  id: string;
  en: string;
  ru: string;
}

export interface DefinitionForm {
  /** null: a new definition. */
  id: string | null;
  nameEn: string;
  nameRu: string;
  kind: AttributeKind;
  replaces: ReplaceableField | '';
  choices: ChoiceRow[];
}

export const NEW_FORM: DefinitionForm = { id: null, nameEn: '', nameRu: '', kind: 'text', replaces: '', choices: [] };

export function formOf(def: AttributeDefinition): DefinitionForm {
  return { id: def.id, nameEn: def.nameEn, nameRu: def.nameRu, kind: def.kind, replaces: def.replaces, choices: def.choices.map((c) => ({ ...c })) };
}

/** A vocabulary label in both languages (the renderer's catalog). */
export type VocabLabels = (list: 'organisation' | 'docType', id: string, locale: 'en' | 'ru') => string;

/** The fixed list's entries as choices, ids = vocabulary ids, so each document's value can be seeded. */
export function seedChoices(field: ReplaceableField, label: VocabLabels): ChoiceRow[] {
  const [list, ids] = field === 'organisation' ? (['organisation', ORGANISATIONS] as const) : (['docType', DOCUMENT_TYPES] as const);
  return ids.map((id) => ({ id, en: label(list, id, 'en'), ru: label(list, id, 'ru') }));
}

/**
 * Choosing "replaces organisation / document type" on a new attribute: several choices for
 * organisations (a report has co-issuers), one choice for types, the list filled in from the
 * fixed one and the names from the fixed field's, unless the user typed their own.
 */
export function withReplaces(f: DefinitionForm, field: ReplaceableField | '', label: VocabLabels, fieldName: (locale: 'en' | 'ru') => string): DefinitionForm {
  if (f.id !== null || field === '') return { ...f, replaces: field };
  return {
    ...f,
    replaces: field,
    kind: field === 'organisation' ? 'choices' : 'choice',
    nameEn: f.nameEn || fieldName('en'),
    nameRu: f.nameRu || fieldName('ru'),
    choices: f.choices.length > 0 ? f.choices : seedChoices(field, label),
  };
}

/** What is wrong with the form ('' when it can be saved), as an i18n key. */
export function formProblem(f: DefinitionForm): string {
  if (f.nameEn.trim() === '' && f.nameRu.trim() === '') return 'attributeDefs.needName';
  if (isChoiceKind(f.kind)) {
    if (f.choices.length === 0) return 'attributeDefs.needChoices';
    if (f.choices.some((c) => c.en.trim() === '' && c.ru.trim() === '')) return 'attributeDefs.needChoiceLabel';
  }
  return '';
}

function choicesOut(f: DefinitionForm): NonNullable<AttributeDefinitionInput['choices']> {
  return isChoiceKind(f.kind) ? f.choices.map((c) => ({ ...(c.id ? { id: c.id } : {}), en: c.en.trim(), ru: c.ru.trim() })) : [];
}

export function createInput(f: DefinitionForm): AttributeDefinitionInput {
  const input: AttributeDefinitionInput = { nameEn: f.nameEn.trim(), nameRu: f.nameRu.trim(), kind: f.kind, choices: choicesOut(f), replaces: f.replaces };
  // Seeded values need the vocabulary ids as choice ids, which seedChoices gives.
  if (f.replaces && isChoiceKind(f.kind)) input.seedFrom = f.replaces;
  return input;
}

export function updatePatch(def: AttributeDefinition, f: DefinitionForm): AttributeDefinitionPatch {
  const patch: AttributeDefinitionPatch = {};
  if (f.nameEn.trim() !== def.nameEn) patch.nameEn = f.nameEn.trim();
  if (f.nameRu.trim() !== def.nameRu) patch.nameRu = f.nameRu.trim();
  if (f.replaces !== def.replaces) patch.replaces = f.replaces;
  const choices = choicesOut(f);
  const same = choices.length === def.choices.length && choices.every((c, i) => c.id === def.choices[i].id && c.en === def.choices[i].en && c.ru === def.choices[i].ru);
  if (!same) patch.choices = choices;
  return patch;
}
