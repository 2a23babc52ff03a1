// A one-page PDF built in memory (a line of Helvetica text and a filled box), which the
// adapter opens and renders once at idle time after starting the pdf.js worker: the first
// document a fresh tab renders otherwise pays for compiling pdf.js' parser, evaluator and
// canvas code on the way (~300 ms of the first page on a loaded 2-core machine; a reopen
// renders the same page in a third of the time). Offsets are computed, so the xref is exact.
export function warmUpPdfBytes(): Uint8Array {
  const content = 'BT /F1 12 Tf 10 20 Td (Glossa warm-up) Tj ET 0.2 0.4 0.8 rg 10 4 40 8 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 120 40] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
