// The plain text of a REFI-QDA source as Glossa keeps it. Tools write these files
// differently: NVivo and Notepad-made files start with a UTF-8 byte-order mark, some Windows
// tools write UTF-16, Windows exports end lines with CRLF, MAXQDA adds a line ending at the
// end. We decode the bytes (UTF-8, or UTF-16 by its BOM), drop the BOM and turn every CRLF or
// lone CR into one LF, and control characters other than tab, LF and form feed (page
// separator) into spaces — one character for one, so offsets stay countable. Astral
// characters (emoji) are kept as they are: they are one code point each.
//
// `rawText` keeps the text as the file has it (BOM dropped, line endings kept): the other
// tool counted its offsets on that, and offset-convention.ts maps them onto `text`.

export interface SourceText {
  /** As decoded, without the byte-order mark: what the other tool's offsets count. */
  rawText: string;
  /** Whether the file began with a byte-order mark. */
  hadBom: boolean;
  /** Glossa's form: LF line endings, controls as spaces. */
  text: string;
}

/** Decodes a source's text file (UTF-8 unless a UTF-16 byte-order mark says otherwise). */
export function decodeSourceText(bytes: Uint8Array): SourceText {
  const [b0, b1] = [bytes[0], bytes[1]];
  const encoding = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : 'utf-8';
  // ignoreBOM keeps the mark in the decoded text, so we can tell that it was there.
  const decoded = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return sourceText(decoded);
}

/** The same for text that arrived inside project.qde (PlainTextContent). */
export function sourceText(decoded: string): SourceText {
  const hadBom = decoded.startsWith('\uFEFF');
  const rawText = hadBom ? decoded.slice(1) : decoded;
  return { rawText, hadBom, text: canonicalText(rawText) };
}

export function canonicalText(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, ' ');
}
