// The auto-coding dialog's form state and its checks, kept out of the component: a regular
// expression is validated here before the backend sees it (same flags: case-insensitive,
// Unicode), so the user gets the error while typing.
import type { AutocodeExtend, AutocodeMode, AutocodeRequest } from '../../../shared/domain/autocode';

export interface AutocodeForm {
  query: string;
  mode: AutocodeMode;
  /** Search mode: exact word forms only, as the search view's toggle. */
  exact: boolean;
  extend: AutocodeExtend;
  codeId: string;
  scope: 'document' | 'all';
}

export type FormProblem = 'emptyQuery' | 'noCode' | 'badRegex' | null;

export function formProblem(f: AutocodeForm): FormProblem {
  if (!f.query.trim()) return 'emptyQuery';
  if (!f.codeId) return 'noCode';
  if (f.mode === 'regex') {
    try {
      new RegExp(f.query, 'iu');
    } catch {
      return 'badRegex';
    }
  }
  return null;
}

export function toRequest(f: AutocodeForm, documentId: string | null): AutocodeRequest {
  return {
    query: f.query.trim(),
    mode: f.mode,
    ...(f.mode !== 'regex' && f.exact ? { exact: true } : {}),
    extend: f.extend,
    codeId: f.codeId,
    documentIds: f.scope === 'document' && documentId ? [documentId] : undefined,
  };
}
