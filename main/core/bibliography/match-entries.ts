// Proposes, for each entry of a bibliography file, the document it describes. Strongest
// evidence first: the same DOI (the document's record, or printed on its first two pages);
// the same URL (the record's, or the URL's file name = the PDF's file name); a title alike
// after normalisation (title-similarity.ts, at least TITLE_MIN); the PDF's file name alike
// to the entry's title or equal to its citekey. Each document is proposed for one entry at
// most: the strongest pairs are taken first. The user confirms every row before anything is
// written (attach-bibliography.ts). Pure functions.
import type { CslItem } from '../../../shared/domain/bibliography';
import type { AttachMatchReason } from '../../../shared/domain/bibliography-attach';
import { normaliseTitle, titleSimilarity } from './title-similarity';

/** Below 0.75 bigram Dice, titles share words but describe different reports (tested). */
export const TITLE_MIN = 0.75;
/** A file name is weaker evidence than a title: alike at 0.7, scored at 0.8 of its likeness. */
export const FILE_NAME_MIN = 0.7;

export interface MatchDocument {
  id: string;
  title: string;
  fileName: string;
  /** DOIs known for the document (its record's, those printed on its first pages), lower case. */
  dois: string[];
  urls: string[];
}

export interface EntryMatch {
  documentId: string;
  reason: AttachMatchReason;
  confidence: number;
}

const DOI_RE = /\b10\.\d{4,9}\/[^\s"<>]+/gi;

/** "https://doi.org/10.1/X." or "doi:10.1/x" -> "10.1/x" (lower case: DOIs are case-insensitive). */
export function normaliseDoi(value: string): string | null {
  const m = /10\.\d{4,9}\/\S+/i.exec(value.trim());
  return m ? m[0].replace(/[.,;)\]]+$/, '').toLowerCase() : null;
}

export function doisInText(text: string): string[] {
  return [...new Set([...text.matchAll(DOI_RE)].map((m) => normaliseDoi(m[0])).filter((d): d is string => d !== null))];
}

/** Scheme, "www.", a trailing slash and the case of the host do not count. */
export function normaliseUrl(value: string): string {
  return value.trim().replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '').replace(/^[^/]+/, (host) => host.toLowerCase());
}

function urlFileName(url: string): string | null {
  const last = normaliseUrl(url).split(/[?#]/)[0].split('/').slice(1).at(-1);
  return last && /\.pdf$/i.test(last) ? decodeURIComponent(last).toLowerCase() : null;
}

const stem = (fileName: string) => fileName.replace(/\.pdf$/i, '');

/** The best evidence that `entry` describes `doc`, or null. */
export function matchOne(entry: CslItem, citekey: string | null, doc: MatchDocument): EntryMatch | null {
  const doi = typeof entry.DOI === 'string' ? normaliseDoi(entry.DOI) : null;
  if (doi && doc.dois.includes(doi)) return { documentId: doc.id, reason: 'doi', confidence: 1 };
  const url = typeof entry.URL === 'string' && entry.URL.trim() !== '' ? entry.URL : null;
  if (url) {
    if (doc.urls.some((u) => normaliseUrl(u) === normaliseUrl(url))) return { documentId: doc.id, reason: 'url', confidence: 0.95 };
    const name = urlFileName(url);
    if (name && name === doc.fileName.toLowerCase()) return { documentId: doc.id, reason: 'url', confidence: 0.9 };
  }
  const title = typeof entry.title === 'string' ? entry.title : '';
  const byTitle = titleSimilarity(title, doc.title);
  if (byTitle >= TITLE_MIN) return { documentId: doc.id, reason: 'title', confidence: Math.round(byTitle * 100) / 100 };
  if (citekey && normaliseTitle(citekey) === normaliseTitle(stem(doc.fileName))) return { documentId: doc.id, reason: 'fileName', confidence: 0.8 };
  const byName = titleSimilarity(title, stem(doc.fileName));
  if (byName >= FILE_NAME_MIN) return { documentId: doc.id, reason: 'fileName', confidence: Math.round(byName * 80) / 100 };
  return null;
}

const STRENGTH: Record<AttachMatchReason, number> = { doi: 3, url: 2, title: 1, fileName: 0 };

/** For each entry (in order) its proposed match or null; one entry per document at most. */
export function matchEntries(entries: ReadonlyArray<{ csl: CslItem; citekey: string | null }>, docs: readonly MatchDocument[]): Array<EntryMatch | null> {
  const pairs: Array<{ entry: number; match: EntryMatch }> = [];
  entries.forEach((e, entry) => {
    for (const doc of docs) {
      const match = matchOne(e.csl, e.citekey, doc);
      if (match) pairs.push({ entry, match });
    }
  });
  pairs.sort((a, b) => STRENGTH[b.match.reason] - STRENGTH[a.match.reason] || b.match.confidence - a.match.confidence || a.entry - b.entry);
  const out: Array<EntryMatch | null> = entries.map(() => null);
  const taken = new Set<string>();
  for (const { entry, match } of pairs) {
    if (out[entry] || taken.has(match.documentId)) continue;
    out[entry] = match;
    taken.add(match.documentId);
  }
  return out;
}
