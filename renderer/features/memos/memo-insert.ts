// Where "Insert passage" puts a quote in a memo's Markdown: at the cursor, as its own block
// (a blank line before and after, unless the text there already has one), the cursor after it.
// Pure, so it is tested without a DOM (tests/unit/renderer/memos/memo-insert.test.ts).

export function insertBlock(body: string, cursor: number, block: string): { body: string; cursor: number } {
  const at = Math.max(0, Math.min(cursor, body.length));
  const before = body.slice(0, at);
  const after = body.slice(at);
  const lead = before === '' ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' ? '\n' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const inserted = `${lead}${block}${trail}`;
  return { body: before + inserted + after, cursor: before.length + inserted.length };
}
