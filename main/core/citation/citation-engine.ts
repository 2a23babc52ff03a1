// Citations and bibliographies in a CSL style (citeproc-js with the styles and locales shipped
// in assets/csl, csl-assets.ts): one CitationEngine per export (or clipboard copy) for one style
// and locale, on a citeproc engine lent by citeproc-engines.ts (built once per thread).
// Documents are registered first — every cited one, so the style can disambiguate
// ("OSCE 2019a", "2019b") and the bibliography lists exactly them — then each passage is cited
// with its printed-page locator (locator.ts). Output comes as citeproc's html, mapped to the
// report writers' rich text (italic titles in APA, links) and to plain text (CSV, Markdown,
// clipboard). Items: the document's bibliographic record or CSL data from its attributes
// (shared/csl/csl-item.ts), with id = citekey (a Pandoc export's [@key] names the same item).
import type { EvidenceDocument } from '../../../shared/domain/evidence';
import type { CitationLocale, CitationStyleId } from '../../../shared/csl/citation-styles';
import { citableItem, citekeysFor, type CitableItem } from '../../../shared/csl/csl-item';
import type { RichInline } from '../export/rich-text';
import { bibliographyFor, engineFor } from './citeproc-engines';
import { cslHtmlToRich, richText } from './csl-html-rich';
import { cslLocator, type CitedPlace } from './locator';

export interface FormattedCitation {
  text: string;
  rich: RichInline;
}

export type CitedRow = CitedPlace & { document: EvidenceDocument & { author?: string } };

/** The CSL locale a Glossa locale means in a style. GOST R 7.0.5 is a Russian standard whose
 *  style writes its own Russian words ("с.", "под ред.", "б. г."): always ru-RU, so an English
 *  locale cannot mix "and" into a Russian reference. OSCOLA and Cite Them Right are British
 *  (en-GB: single quotes, "no date"); Chicago and APA American (en-US). */
export function cslLocaleTag(style: CitationStyleId, locale: CitationLocale): string {
  if (locale === 'ru' || style === 'gost-r-7-0-5-2008-author-date') return 'ru-RU';
  return style === 'oscola' || style === 'harvard-cite-them-right' ? 'en-GB' : 'en-US';
}

/** Numbers no citation otherwise prints, standing for a cite's page and paragraph in a template. */
const PLACEHOLDERS = ['7350981', '7350982', '7350983'];

/** The html around each placeholder, in order, each exactly once; null if the style moved or repeated one. */
function splitAtPlaceholders(html: string, count: number): string[] | null {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const at = html.indexOf(PLACEHOLDERS[i], from);
    if (at < 0) return null;
    parts.push(html.slice(from, at));
    from = at + PLACEHOLDERS[i].length;
  }
  const rest = html.slice(from);
  if (PLACEHOLDERS.some((p) => html.indexOf(p) !== html.lastIndexOf(p) || rest.includes(p))) return null;
  parts.push(rest);
  return parts;
}

export class CitationEngine {
  readonly style: CitationStyleId;
  readonly locale: CitationLocale;
  private readonly localeTag: string;
  readonly items = new Map<string, CitableItem>();
  /** document id → citekey (= CSL item id). */
  private readonly keys = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly cache = new Map<string, FormattedCitation>();
  /** A document's citation per locator shape, formatted once with placeholder numbers (null: not templatable). */
  private readonly templates = new Map<string, string[] | null>();
  /** The registered documents in registration order (citekeys are derived in that order). */
  private readonly docs: EvidenceDocument[] = [];
  private registered = 0;

  constructor(style: CitationStyleId, locale: CitationLocale, documents: Iterable<EvidenceDocument> = []) {
    this.style = style;
    this.locale = locale;
    this.localeTag = cslLocaleTag(style, locale);
    this.register([...documents]);
  }

  /** The shared citeproc engine, holding exactly this export's documents. */
  private get engine() {
    return engineFor(this.style, this.localeTag, this);
  }

  /** Registers the documents in the shared engine now (export.prepare), not at the first citation. */
  ready(): void {
    void this.engine;
  }

  /** A note style (OSCOLA) cites in footnotes; the others in the text. */
  get isNoteStyle(): boolean {
    return this.engine.opt.xclass === 'note';
  }

  /** Adds documents not yet known (a document's first citation registers it too). */
  register(documents: EvidenceDocument[]): void {
    const fresh = documents.filter((d, i) => !this.keys.has(d.id) && documents.findIndex((o) => o.id === d.id) === i);
    if (fresh.length === 0) return;
    const keys = citekeysFor([...this.docs, ...fresh]);
    for (const d of fresh) {
      let key = keys.get(d.id)!;
      // citekeysFor is stable for a given order; guard anyway against a key already in use.
      for (let i = 2; this.taken.has(key); i++) key = `${keys.get(d.id)!}-${i}`;
      this.taken.add(key);
      this.keys.set(d.id, key);
      this.items.set(key, citableItem(d, key, this.locale));
      this.docs.push(d);
    }
    this.cache.clear();
    this.templates.clear();
    this.registered = this.items.size;
  }

  /** The citekey (CSL item id) of a registered document. */
  citekeyOf(documentId: string): string | undefined {
    return this.keys.get(documentId);
  }

  /** The CSL-JSON items of the registered documents, in registration order. */
  cslItems(): CitableItem[] {
    return [...this.items.values()];
  }

  /** The in-text (or note) citation of one passage. */
  cite(row: CitedRow): FormattedCitation {
    if (!this.keys.has(row.document.id)) this.register([row.document]);
    const cite = { id: this.keys.get(row.document.id)!, ...cslLocator(row, this.style, this.locale, this.isNoteStyle) };
    const cacheKey = `${cite.id}\u0000${cite.locator}\u0000${cite.suffix ?? ''}`;
    let out = this.cache.get(cacheKey);
    if (!out) {
      const rich = cslHtmlToRich(this.templated(cite) ?? this.engine.makeCitationCluster([cite]));
      out = { text: richText(rich), rich };
      this.cache.set(cacheKey, out);
    }
    return out;
  }

  /**
   * The cite's html from its document's template, or undefined where a template cannot stand
   * for citeproc. Formatting one cite takes citeproc ~0.25 ms (names, date, disambiguation), and
   * a report cites thousands of passages on a few hundred documents, each on its own page. A
   * single page "45" (and a paragraph "para. 87") prints as its digits wherever the style puts
   * them, so each document is formatted once per locator shape ("#", "#, para. #") with
   * placeholder numbers that are then replaced by the cite's own. A style that rewrites a
   * number — a page-range format shortening "321–328" to "321–28" — shortens the placeholders
   * too, the template is refused (splitAtPlaceholders), and citeproc formats each such cite.
   */
  private templated(cite: { id: string; locator: string; label: 'page'; suffix?: string }): string | undefined {
    const numbers: string[] = [];
    const shape = (text: string) => text.replace(/\d+/g, (digits) => {
      numbers.push(digits);
      return '#';
    });
    const locator = shape(cite.locator);
    const suffix = cite.suffix === undefined ? undefined : shape(cite.suffix);
    if (numbers.length === 0 || numbers.length > PLACEHOLDERS.length) return undefined;
    const key = `${cite.id}\u0000${locator}\u0000${suffix ?? ''}`;
    let template = this.templates.get(key);
    if (template === undefined) {
      let n = 0;
      const fill = (text: string) => text.replace(/#/g, () => PLACEHOLDERS[n++]);
      const html = this.engine.makeCitationCluster([{ ...cite, locator: fill(locator), suffix: suffix === undefined ? undefined : fill(suffix) }]);
      template = splitAtPlaceholders(html, numbers.length);
      this.templates.set(key, template);
    }
    if (!template) return undefined;
    let html = template[0];
    for (let i = 0; i < numbers.length; i++) html += numbers[i] + template[i + 1];
    return html;
  }

  /** Whether the style sets its bibliography with a hanging indent (APA, Chicago, Cite Them Right). */
  hangingIndent = false;

  /** The bibliography of the registered documents, sorted as the style sorts it. */
  bibliography(): FormattedCitation[] {
    if (this.registered === 0) return [];
    const made = bibliographyFor(this.style, this.localeTag, this);
    if (!made) return [];
    this.hangingIndent = !!made[0].hangingindent;
    return made[1].map((html: string) => {
      const rich = cslHtmlToRich(html);
      return { text: richText(rich), rich };
    });
  }
}
