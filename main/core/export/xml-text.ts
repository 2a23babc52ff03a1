// Text for XML-based formats (DOCX, XLSX): XML 1.0 cannot hold C0 control characters other
// than tab, LF and CR, nor lone surrogates; one such character from a damaged PDF text layer
// would make Word or Excel refuse the whole file. They are the only characters ever dropped.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '');
}
