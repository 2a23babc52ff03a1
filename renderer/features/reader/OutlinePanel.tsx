// The PDF's outline (bookmarks) as a collapsible tree; a click goes to the destination, and
// an outline entry with a web address goes through the same confirm-then-open path as links.
// The panel follows the reading: the entry holding the current page (outline-current.ts) is
// marked, its folded parents open, and it is scrolled into the panel's view.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import type { OutlineNode } from '../../pdf/pdf-adapter';
import { currentOutlineKey, isWithin, outlineEntries } from './outline-current';
import type { ReaderController } from './reader-controller';

export function OutlinePanel({ controller }: { controller: ReaderController }) {
  const { t } = useT();
  const { outline, outlinePages, pageIndex } = useStore(controller.store);
  useEffect(() => {
    if (outline.length > 0) void controller.resolveOutlinePages();
  }, [controller, outline]);
  const keys = useMemo(() => outlineEntries(outline).map((e) => e.key), [outline]);
  const current = outlinePages ? currentOutlineKey(keys, outlinePages, pageIndex) : null;
  return (
    <nav className="reader-outline" data-testid="outline" aria-label={t('reader.outline')}>
      {outline.length === 0 ? <p className="muted">{t('reader.noOutline')}</p> : <OutlineList nodes={outline} controller={controller} depth={0} prefix="" current={current} />}
    </nav>
  );
}

interface ListProps {
  nodes: OutlineNode[];
  controller: ReaderController;
  depth: number;
  /** The key of the parent entry ('' at the top). */
  prefix: string;
  current: string | null;
}

function OutlineList({ nodes, controller, depth, prefix, current }: ListProps) {
  return (
    <ul className="reader-outline-list">
      {nodes.map((node, i) => {
        const key = prefix ? `${prefix}.${i}` : String(i);
        return <OutlineItem key={i} node={node} nodeKey={key} controller={controller} depth={depth} current={current} />;
      })}
    </ul>
  );
}

interface ItemProps {
  node: OutlineNode;
  nodeKey: string;
  controller: ReaderController;
  depth: number;
  current: string | null;
}

function OutlineItem({ node, nodeKey, controller, depth, current }: ItemProps) {
  // Top-level chapters open by default; deeper levels start folded (600-page reports have
  // hundreds of entries).
  const [open, setOpen] = useState(depth === 0 && node.items.length <= 30);
  const linkRef = useRef<HTMLButtonElement>(null);
  const isCurrent = current === nodeKey;
  const holdsCurrent = current !== null && !isCurrent && isWithin(current, nodeKey);
  // Reading into a folded section opens it (the user can fold it again until the chapter changes).
  useEffect(() => {
    if (holdsCurrent) setOpen(true);
  }, [holdsCurrent, current]);
  useEffect(() => {
    if (isCurrent) linkRef.current?.scrollIntoView({ block: 'nearest' });
  }, [isCurrent]);
  const go = () => {
    if (node.dest) void controller.goToDest(node.dest);
    else if (node.url) controller.requestExternal(node.url);
  };
  return (
    <li>
      <div className="reader-outline-row">
        {node.items.length > 0 ? (
          <button type="button" className="reader-outline-twisty" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="reader-outline-twisty" />
        )}
        <button
          ref={linkRef}
          type="button"
          className={isCurrent ? 'reader-outline-link current' : 'reader-outline-link'}
          data-testid="outline-item"
          aria-current={isCurrent ? 'location' : undefined}
          onClick={go}
          title={node.title}
        >
          {node.title}
        </button>
      </div>
      {open && node.items.length > 0 && <OutlineList nodes={node.items} controller={controller} depth={depth + 1} prefix={nodeKey} current={current} />}
    </li>
  );
}
