// Finds auto-coding hits in one page text: whole words, a phrase, or a user's regular
// expression. Words and phrases are matched on the search-normalised text (case, ё/е and
// Latin diacritics folded; same length as the original, so offsets carry over). A user regex
// runs inside a vm context with a timeout, because a catastrophic pattern such as (a+)+$ would
// otherwise freeze the backend: V8 interrupts regex backtracking when the timeout fires.
import vm from 'node:vm';
import type { AutocodeMode } from '../../../shared/domain/autocode';
import { GlossaError } from '../../../shared/errors';
import { normalizeSearch } from '../../../shared/text/normalize-search';

/** A query is a few words or one pattern; 1,000 characters is plenty. */
const MAX_QUERY = 1000;
/**
 * Per page: a normal pattern scans a 5,000-character page in well under 1 ms. This is also the
 * longest the event loop can be held (the scan yields between pages), so it stays short.
 */
const PAGE_TIMEOUT_MS = 250;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';

function wordPattern(word: string): string {
  const prefix = word.endsWith('*');
  const core = escapeRegex(normalizeSearch(prefix ? word.slice(0, -1) : word));
  return prefix ? `${core}${WORD_CHAR}*` : core;
}

export interface PageMatcher {
  /** UTF-16 [start, end) ranges of the hits in `text`, at most `limit` of them. */
  match(text: string, limit: number): Array<[number, number]>;
}

function badPattern(message: string): GlossaError {
  return new GlossaError('autocode.badPattern', message);
}

export function compileMatcher(query: string, mode: AutocodeMode): PageMatcher {
  if (typeof query !== 'string' || query.trim() === '') throw badPattern('Type the words, phrase or pattern to look for.');
  if (query.length > MAX_QUERY) throw badPattern(`The search is limited to ${MAX_QUERY} characters.`);
  if (mode === 'words' || mode === 'phrase') {
    const words = query.trim().split(/\s+/).filter((w) => w.replace(/\*/g, '') !== '');
    if (words.length === 0) throw badPattern('Type the words or phrase to look for.');
    const body = mode === 'words' ? `(?:${words.map(wordPattern).join('|')})` : words.map(wordPattern).join('[\\s\\u00ad]+');
    const re = new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'gu');
    return {
      match(text, limit) {
        const out: Array<[number, number]> = [];
        for (const m of normalizeSearch(text).matchAll(re)) {
          out.push([m.index, m.index + m[0].length]);
          if (out.length >= limit) break;
        }
        return out;
      },
    };
  }
  if (mode !== 'regex') throw badPattern('Unknown search mode.');
  try {
    const probe = new RegExp(query, 'iu');
    if (probe.test('')) throw badPattern('This pattern can match empty text; make it match at least one character.');
  } catch (err) {
    if (err instanceof GlossaError) throw err;
    throw badPattern(`Not a valid regular expression: ${(err as Error).message}`);
  }
  const context = vm.createContext({ source: query, text: '', limit: 0, out: [] as number[], empty: false });
  // An IIFE: top-level const/let would be redeclared when the script runs for the next page.
  const script = new vm.Script(`(() => {
    out = []; empty = false;
    const re = new RegExp(source, 'giu');
    let m;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) { empty = true; break; }
      out.push(m.index, m.index + m[0].length);
      if (out.length >= limit * 2) break;
    }
  })();`);
  return {
    match(text, limit) {
      context.text = text;
      context.limit = limit;
      try {
        script.runInContext(context, { timeout: PAGE_TIMEOUT_MS });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
          throw new GlossaError('autocode.timeout', 'This pattern takes too long on a single page (over 0.25 s); simplify it.');
        }
        throw err;
      }
      if (context.empty) throw badPattern('This pattern matches empty text somewhere; make it match at least one character.');
      const flat = Array.from(context.out as number[]);
      const out: Array<[number, number]> = [];
      for (let i = 0; i < flat.length; i += 2) out.push([flat[i], flat[i + 1]]);
      return out;
    },
  };
}
