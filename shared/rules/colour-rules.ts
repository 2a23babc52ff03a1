// The one colour rule: #rrggbb, nothing else. Colours from a file end up in style attributes
// and SVG fills, so anything else (CSS such as "red; background: url(…)") is refused.
const COLOR_RE = /^#[0-9a-fA-F]{6}$/;

export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && COLOR_RE.test(value);
}
