// Which outline entry the reader is in, so the outline panel follows the current chapter as
// the user scrolls. Entries are keyed by their path in the tree ("1.3" = 4th child of the 2nd
// top-level entry); their pages come from resolving each destination once (the controller).
// Pure, so nested outlines, shared pages and pages before the first entry are unit-tested.

export interface OutlineTreeNode {
  items: readonly OutlineTreeNode[];
}

/** Every entry's key in reading (pre-)order, with its node. */
export function outlineEntries<N extends OutlineTreeNode>(nodes: readonly N[], prefix = ''): Array<{ key: string; node: N }> {
  const out: Array<{ key: string; node: N }> = [];
  nodes.forEach((node, i) => {
    const key = prefix ? `${prefix}.${i}` : String(i);
    out.push({ key, node });
    out.push(...outlineEntries(node.items as readonly N[], key));
  });
  return out;
}

/**
 * The entry containing `pageIndex`: the one starting on the latest page at or before it. Among
 * entries starting on the same page, a section below the entry chosen so far wins (a section
 * that opens on its chapter's first page is the more precise answer), a later sibling does
 * not (the first one holds the top of the page). Outlines are not always in page order, so
 * this looks at every entry rather than stopping at the first one past the page. Entries whose
 * page is unknown (null, or missing) are skipped; null before the first entry's page.
 */
export function currentOutlineKey(keys: readonly string[], pages: Readonly<Record<string, number | null>>, pageIndex: number): string | null {
  let best: string | null = null;
  let bestPage = -1;
  for (const key of keys) {
    const page = pages[key];
    if (page === null || page === undefined || page > pageIndex) continue;
    if (page > bestPage || (page === bestPage && best !== null && isWithin(key, best))) {
      best = key;
      bestPage = page;
    }
  }
  return best;
}

/** True when `key` is `ancestor` or lies below it ("1.3.0" is below "1" and "1.3", not "13"). */
export function isWithin(key: string, ancestor: string): boolean {
  return key === ancestor || key.startsWith(`${ancestor}.`);
}
