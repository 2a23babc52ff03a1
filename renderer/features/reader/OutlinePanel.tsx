// The PDF's outline (bookmarks) as a collapsible tree; a click goes to the destination, and
// an outline entry with a web address goes through the same confirm-then-open path as links.
import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import type { OutlineNode } from '../../pdf/pdf-adapter';
import type { ReaderController } from './reader-controller';

export function OutlinePanel({ controller }: { controller: ReaderController }) {
  const { t } = useT();
  const { outline } = useStore(controller.store);
  return (
    <nav className="reader-outline" data-testid="outline" aria-label={t('reader.outline')}>
      {outline.length === 0 ? <p className="muted">{t('reader.noOutline')}</p> : <OutlineList nodes={outline} controller={controller} depth={0} />}
    </nav>
  );
}

function OutlineList({ nodes, controller, depth }: { nodes: OutlineNode[]; controller: ReaderController; depth: number }) {
  return (
    <ul className="reader-outline-list">
      {nodes.map((node, i) => (
        <OutlineItem key={i} node={node} controller={controller} depth={depth} />
      ))}
    </ul>
  );
}

function OutlineItem({ node, controller, depth }: { node: OutlineNode; controller: ReaderController; depth: number }) {
  // Top-level chapters open by default; deeper levels start folded (600-page reports have
  // hundreds of entries).
  const [open, setOpen] = useState(depth === 0 && node.items.length <= 30);
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
        <button type="button" className="reader-outline-link" data-testid="outline-item" onClick={go} title={node.title}>
          {node.title}
        </button>
      </div>
      {open && node.items.length > 0 && <OutlineList nodes={node.items} controller={controller} depth={depth + 1} />}
    </li>
  );
}
