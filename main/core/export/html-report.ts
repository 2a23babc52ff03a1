// Self-contained HTML evidence report: one file with inline CSS, no scripts and no external
// resources (a CSP meta forbids both; images are data: URIs, html-figure.ts), every text HTML-escaped. Quotes keep their exact text:
// `white-space: pre-wrap` shows line breaks and repeated spaces as they were in the PDF.
// Comments and memos are Markdown, printed as safe HTML by rich-text-html.ts.
import { coderLine, type ReportModel, type ReportTable } from './report-model';
import type { ExportProgress } from './export-progress';
import { escapeHtml } from './html-escape';
import type { RichBlock } from './rich-text';
import { inlineHtml, richHtml } from './rich-text-html';
import { htmlFigure } from './html-figure';

export { escapeHtml };

const CSS = `
body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.5}
.title-page{border-bottom:2px solid #444;margin-bottom:2rem;padding-bottom:1rem}
h1{font-size:1.8rem}h2{font-size:1.4rem;margin-top:2.5rem}h3{font-size:1.15rem;margin-top:2rem}
dl.code{margin:.4rem 0 1rem 1rem}dl.code dt{font-weight:bold;display:inline}dl.code dd{display:inline;margin:0}
dl.code div{margin:.1rem 0}
blockquote.quote{margin:1rem 0 .3rem 0;padding:.4rem .9rem;border-left:4px solid #7a7a7a;background:#f6f6f4;white-space:pre-wrap}
p.citation{margin:0 0 .2rem .9rem;font-size:.9rem;color:#444}
p.passage-link{margin:0 0 .4rem .9rem;font-size:.8rem}p.passage-link a{color:#1a4f9c}
.bibliography.hanging p.csl-entry{padding-left:2em;text-indent:-2em}
div.comment{margin:0 0 1rem .9rem;font-size:.9rem}
div.comment p,div.memo p{margin:.2rem 0}div.comment>p:first-child{margin-top:0}
.rich h4{font-size:1.05rem;margin:.8rem 0 .2rem}.rich h5,.rich h6{font-size:.95rem;margin:.6rem 0 .2rem}
.rich ul,.rich ol{margin:.2rem 0;padding-left:1.4rem}.rich blockquote{margin:.3rem 0;padding-left:.7rem;border-left:3px solid #aaa;color:#333}
.rich pre{background:#f2f2f2;padding:.4rem .6rem;overflow-x:auto}.rich code{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:.9em;background:#f2f2f2}
.rich pre code{background:none}.rich a{color:#1a4f9c}
p.note{color:#595959;font-style:italic;font-size:.9rem;margin:.2rem 0 .8rem}
table{border-collapse:collapse;margin:.6rem 0 1.4rem;font-size:.85rem}
table{width:100%}th,td{border:1px solid #bbb;padding:.2rem .45rem}td.n{text-align:right}th[scope=row]{text-align:left;font-weight:normal}
.memo{margin-bottom:1rem}
figure.area{margin:1rem 0 .3rem .9rem}figure.area img{display:block;max-width:100%;height:auto;border:1px solid #ddd}
figure.area figcaption{font-size:.9rem;margin-top:.3rem}figure.area figcaption p{margin:.2rem 0}
p.figure-missing{margin:1rem 0 .3rem .9rem;color:#8a1c1c;font-style:italic}
@media print{.title-page{page-break-after:always}}
`;

export async function writeHtmlReport(model: ReportModel, progress: ExportProgress): Promise<Uint8Array> {
  const l = model.labels;
  const out: string[] = [];
  const e = escapeHtml;
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${model.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(model.subtitle ? `${model.title} \u2014 ${model.subtitle}` : model.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="title-page">',
    `<h1>${e(model.title)}</h1>`,
    ...(model.subtitle ? [`<p class="subtitle">${e(model.subtitle)}</p>`] : []),
    `<p>${e(l.generated)}: ${e(model.date)}</p>`,
    `<p>${e(l.filter)}: ${e(model.filterSummary)}</p>`,
    `<p>${e(model.summary)}</p>`,
    '</header>',
    `<section class="codebook"><h2>${e(l.codebook)}</h2>`,
    `<p class="note">${e(model.codebookNote)}</p>`,
  );
  for (const code of model.codebook) {
    out.push(`<h3 style="margin-left:${(code.depth - 1) * 1}rem">${e(code.heading)}</h3><dl class="code">`);
    for (const [label, text] of [
      [l.definition, code.definition],
      [l.inclusion, code.inclusion],
      [l.exclusion, code.exclusion],
    ] as const) {
      if (text) out.push(`<div><dt>${e(label)}:</dt> <dd>${e(text)}</dd></div>`);
    }
    out.push('</dl>');
  }
  out.push('</section>', `<section class="passages"><h2>${e(l.passages)}</h2>`);
  let done = 0;
  for (const section of model.sections) {
    out.push(`<h3 class="code-heading">${e(section.heading)}</h3>`, `<p class="note">${e(section.count)}</p>`);
    for (const p of section.passages) {
      const lang = /^[a-z]{2,3}$/.test(p.language) ? ` lang="${p.language}"` : '';
      if (p.figure) out.push(await htmlFigure({ ...p, figure: p.figure }, model.images, l, lang));
      else out.push(`<blockquote class="quote"${lang}>${e(p.quote)}</blockquote>`);
      out.push(`<p class="citation">${e(p.citation)} \u00b7 ${e(coderLine(p, l))}</p>`);
      if (p.link) out.push(`<p class="passage-link"><a href="${e(p.link)}">${e(l.openInGlossa)}</a></p>`);
      for (const line of p.links) out.push(`<p class="citation linked-passage">↔ ${e(line)}</p>`);
      if (p.commentBlocks.length && !p.figure) out.push(`<div class="comment rich">${commentHtml(p.commentBlocks, l.comment)}</div>`);
      await progress.row(++done, model.passageCount);
    }
  }
  out.push('</section>');
  if (model.memos && model.memos.length > 0) {
    out.push(`<section class="memos"><h2>${e(l.memos)}</h2>`);
    for (const memo of model.memos) {
      out.push(`<h3>${e(memo.heading)}</h3><div class="memo rich">${richHtml(memo.blocks)}</div>`);
    }
    out.push('</section>');
  }
  if (model.tables) {
    out.push(`<section class="tables"><h2>${e(l.tables)}</h2>`);
    for (const table of model.tables) out.push(tableHtml(table));
    out.push('</section>');
  }
  // The report ends with the list of the documents it cites, in the export's citation style.
  if (model.bibliography.entries.length > 0) {
    out.push(`<section class="bibliography${model.bibliography.hangingIndent ? ' hanging' : ''}"><h2>${e(model.bibliography.heading)}</h2>`);
    for (const entry of model.bibliography.entries) out.push(`<p class="csl-entry">${inlineHtml(entry.rich)}</p>`);
    out.push('</section>');
  }
  out.push('</body>', '</html>', '');
  progress.check();
  return new TextEncoder().encode(out.join('\n'));
}

/** "<p><b>Comment:</b> first paragraph</p>…", the label on a line of its own before a list or heading. */
function commentHtml(blocks: RichBlock[], label: string): string {
  const html = richHtml(blocks);
  const bold = `<b>${escapeHtml(label)}:</b> `;
  return html.startsWith('<p>') ? `<p>${bold}${html.slice(3)}` : `<p>${bold}</p>${html}`;
}

function tableHtml(table: ReportTable): string {
  const e = escapeHtml;
  const head = `<tr>${table.header.map((h) => `<th>${e(h)}</th>`).join('')}</tr>`;
  const body = table.rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${e(c)}</th>` : `<td class="n">${e(c)}</td>`)).join('')}</tr>`)
    .join('');
  const note = table.note ? `<p>${e(table.note)}</p>` : '';
  return `<h3>${e(table.title)}</h3>${note}<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}
