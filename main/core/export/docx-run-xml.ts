// Text runs of the DOCX report's comments and memos written from one template per run style,
// not built as docx objects: a Markdown comment is ~10 runs, and 10,000 of them as TextRun
// trees (constructed, then prepForXml) were ~40 % of the project DOCX export. docx writes the
// template itself, a TextRun of the same options around a marker text, once per distinct
// options (size, bold, italic, strike, code, hyperlink style, line break: a few dozen per
// report); a run is the template with the marker's <w:t> replaced by the run's own text, as
// <w:t xml:space="preserve"> pieces joined by <w:tab/>, the XML docx gives a TextRun whose
// children are strings and Tabs. The result is an element docx-fragments.ts writes verbatim.
import { PageNumber, Tab, TextRun, type IRunOptions } from 'docx';
import { escapeXmlValue, MarkerTemplates, RAW_XML, type stringify } from './docx-fragments';

type Context = Parameters<TextRun['prepForXml']>[0];
export type RunStyle = Omit<IRunOptions, 'children' | 'text'>;

const MARKER = 'glossaRunTextMarker';
const MARKER_XML = `<w:t xml:space="preserve">${MARKER}</w:t>`;
// docx turns these exact strings into page-number fields: such runs keep going through docx.
const FIELD_TEXTS: ReadonlySet<string> = new Set(Object.values(PageNumber));

const templates = new MarkerTemplates(MARKER_XML);

function template(style: RunStyle, context: Context): [string, string] | null {
  return templates.get(JSON.stringify(style), () => new TextRun({ ...style, children: [MARKER] }).prepForXml(context) as Parameters<typeof stringify>[0]);
}

/** A run of text (already XML-safe) split at tabs, in one style. */
export class RunXml {
  /** What docx's element checks read (elementOf): this is a w:r. */
  readonly rootKey = 'w:r';
  constructor(
    private readonly style: RunStyle,
    private readonly parts: string[],
  ) {}

  prepForXml(context: Context): unknown {
    const t = this.parts.some((p) => FIELD_TEXTS.has(p)) ? null : template(this.style, context);
    if (!t) {
      const run = new TextRun({ ...this.style, children: this.parts.flatMap((part, j) => (j > 0 ? [new Tab(), part] : [part])) });
      return run.prepForXml(context);
    }
    const text = this.parts.map((p) => `<w:t xml:space="preserve">${escapeXmlValue(p)}</w:t>`).join('<w:tab/>');
    return { [RAW_XML]: t[0] + text + t[1] };
  }
}
