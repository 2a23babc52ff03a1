// Reading W3C Web Annotations (https://www.w3.org/TR/annotation-model/) from untrusted JSON:
// an AnnotationCollection (its embedded first page), an AnnotationPage, one Annotation, a
// JSON array of them, or a Hypothesis export ({ annotations: [...] }, whose items are either
// W3C annotations from h's JSON-LD presenter or h API rows with text / tags / target). Only
// what Glossa can anchor is kept: per target the TextQuoteSelector (exact, prefix, suffix)
// and the page hints found beside it or in refinedBy chains (FragmentSelector "page=N" with
// its TextPositionSelector, Hypothesis' PageSelector). Bodies: classifying / tagging values
// become code paths ("A > B"), commenting and purpose-less text the comment. Everything is
// bounded (items, selectors, string lengths) and problems are counted, never thrown, except
// for a file that is not JSON or holds no annotations at all.
import { createHash } from 'node:crypto';
import { GlossaError } from '../../../shared/errors';

export const MAX_IMPORT_ANNOTATIONS = 100_000;
const MAX_TEXT = 100_000;

export interface W3cQuoteTarget {
  exact: string;
  prefix: string;
  suffix: string;
  /** 0-based page hint, when the target names its page. */
  pageIndex: number | null;
  /** Code-point offsets within that page, when given. */
  position: { start: number; end: number } | null;
}

/** An area: a page fragment refined by a media fragment "xywh=…" (Glossa's area highlights). */
export interface W3cAreaTarget {
  pageIndex: number;
  xywh: string;
}

export interface W3cAnnotation {
  /** The annotation's IRI, or a digest of its content when it has none. */
  key: string;
  targets: W3cQuoteTarget[];
  /** Area targets, used when the annotation has no text quote. */
  areas: W3cAreaTarget[];
  comment: string;
  codePaths: string[][];
  author: string | null;
}

export interface W3cParseResult {
  annotations: W3cAnnotation[];
  /** Annotations with neither a text quote nor a page area (page notes, web-page ranges only). */
  unusable: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const str = (v: unknown): string => (typeof v === 'string' ? v.slice(0, MAX_TEXT) : '');
const types = (o: Obj): string[] => list(o.type ?? o['@type']).filter((t): t is string => typeof t === 'string');
const hasType = (o: Obj, t: string) => types(o).includes(t);

/** The annotation objects of any of the accepted shapes. */
function itemsOf(root: unknown): unknown[] {
  if (Array.isArray(root)) return root;
  if (!isObj(root)) return [];
  if (Array.isArray(root.annotations)) return root.annotations; // Hypothesis export
  if (Array.isArray(root.rows)) return root.rows; // h API search result
  if (hasType(root, 'AnnotationCollection')) return isObj(root.first) ? list(root.first.items) : [];
  if (hasType(root, 'AnnotationPage')) return list(root.items);
  if (hasType(root, 'Annotation') || root.target !== undefined) return [root];
  return [];
}

/** Every selector of a target, following refinedBy chains (depth-bounded). */
function selectorsOf(target: Obj): Obj[] {
  const out: Obj[] = [];
  const walk = (v: unknown, depth: number) => {
    for (const s of list(v)) {
      if (!isObj(s) || depth > 8 || out.length > 50) continue;
      out.push(s);
      walk(s.refinedBy, depth + 1);
    }
  };
  walk(target.selector, 0);
  return out;
}

function quoteTarget(target: unknown): W3cQuoteTarget | null {
  if (!isObj(target)) return null;
  const selectors = selectorsOf(target);
  const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector') && str(s.exact) !== '');
  if (!quote) return null;
  let pageIndex: number | null = null;
  let position: W3cQuoteTarget['position'] = null;
  for (const s of selectors) {
    if (hasType(s, 'FragmentSelector')) {
      const m = /(?:^|[&#])page=(\d{1,6})(?:$|&)/.exec(str(s.value));
      if (m && Number(m[1]) >= 1) {
        pageIndex = Number(m[1]) - 1;
        const pos = list(s.refinedBy).find((r) => isObj(r) && hasType(r, 'TextPositionSelector')) as Obj | undefined;
        if (pos && Number.isInteger(pos.start) && Number.isInteger(pos.end) && (pos.start as number) >= 0 && (pos.end as number) >= (pos.start as number)) {
          position = { start: pos.start as number, end: pos.end as number };
        }
      }
    } else if (hasType(s, 'PageSelector') && Number.isInteger(s.index) && (s.index as number) >= 0) {
      pageIndex ??= s.index as number;
    }
  }
  return { exact: str(quote.exact), prefix: str(quote.prefix), suffix: str(quote.suffix), pageIndex, position };
}

function areaTarget(target: unknown): W3cAreaTarget | null {
  if (!isObj(target)) return null;
  for (const s of selectorsOf(target)) {
    const m = hasType(s, 'FragmentSelector') ? /(?:^|[&#])page=(\d{1,6})(?:$|&)/.exec(str(s.value)) : null;
    if (!m || Number(m[1]) < 1) continue;
    const box = list(s.refinedBy).find((r) => isObj(r) && hasType(r, 'FragmentSelector') && /^xywh=/.test(str(r.value))) as Obj | undefined;
    if (box) return { pageIndex: Number(m[1]) - 1, xywh: str(box.value).slice(0, 200) };
  }
  return null;
}

function authorOf(a: Obj): string | null {
  const raw = a.creator ?? a.user;
  for (const c of list(raw)) {
    if (typeof c === 'string') {
      // h user ids: "acct:alice@hypothes.is" -> "alice"
      const m = /^acct:([^@]+)@/.exec(c);
      return (m ? m[1] : c).slice(0, 100);
    }
    if (isObj(c)) {
      const name = str(c.name) || str(c.nickname);
      if (name) return name.slice(0, 100);
    }
  }
  return null;
}

function bodiesOf(a: Obj): { comment: string; codePaths: string[][] } {
  const comments: string[] = [];
  const codePaths: string[][] = [];
  const addPath = (value: string) => {
    const path = value.split('>').map((n) => n.trim()).filter((n) => n !== '');
    if (path.length > 0 && path.length <= 20) codePaths.push(path.map((n) => n.slice(0, 200)));
  };
  for (const b of list(a.body).slice(0, 200)) {
    if (!isObj(b)) continue;
    const purposes = list(b.purpose).filter((p): p is string => typeof p === 'string');
    const value = str(b.value) || str(b.chars);
    if (!value) continue;
    if (purposes.includes('classifying') || purposes.includes('tagging')) addPath(value);
    else if (purposes.length === 0 || purposes.includes('commenting') || purposes.includes('replying')) comments.push(value);
  }
  if (typeof a.bodyValue === 'string' && a.bodyValue) comments.push(str(a.bodyValue));
  // h API rows: text and tags.
  if (typeof a.text === 'string' && a.text) comments.push(str(a.text));
  for (const tag of list(a.tags).slice(0, 200)) if (typeof tag === 'string') addPath(tag);
  return { comment: comments.join('\n\n').slice(0, MAX_TEXT), codePaths };
}

function digest(v: unknown): string {
  return createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 40);
}

export function parseW3cAnnotations(text: string): W3cParseResult {
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new GlossaError('annotationImport.notJson', `This file is not JSON-LD: ${why.slice(0, 200)}`);
  }
  const items = itemsOf(root);
  if (items.length === 0) {
    throw new GlossaError('annotationImport.noAnnotations', 'This file holds no Web Annotations (no Annotation, AnnotationPage or AnnotationCollection with items).');
  }
  const out: W3cParseResult = { annotations: [], unusable: 0 };
  for (const item of items.slice(0, MAX_IMPORT_ANNOTATIONS)) {
    if (!isObj(item)) {
      out.unusable++;
      continue;
    }
    const targets = list(item.target).slice(0, 100).map(quoteTarget).filter((t): t is W3cQuoteTarget => t !== null);
    const areas = targets.length > 0 ? [] : list(item.target).slice(0, 100).map(areaTarget).filter((t): t is W3cAreaTarget => t !== null);
    if (targets.length === 0 && areas.length === 0) {
      out.unusable++;
      continue;
    }
    const id = str(item.id) || str(item['@id']);
    const { comment, codePaths } = bodiesOf(item);
    out.annotations.push({ key: `w3c:${id ? id.slice(0, 1900) : `sha256:${digest(item)}`}`, targets, areas, comment, codePaths, author: authorOf(item) });
  }
  out.unusable += Math.max(0, items.length - MAX_IMPORT_ANNOTATIONS);
  return out;
}
