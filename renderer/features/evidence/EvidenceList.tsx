// The evidence rows under their code or document headings: the quote (verbatim), the codes as
// colour chips, the comment, document and page, and its links to other passages. A click on the quote opens the reader at the
// passage's page with its first words highlighted; "copy with citation" writes the quote and
// its citation in the user's style (the toolbar's picker) to the clipboard: “quote” (OSCE 2019, 12).
import { InsertPassageButton } from '../memos/InsertPassageButton';
import { memo, useState } from 'react';
import type { EvidenceGroupBy, EvidenceItem } from '../../../shared/domain/evidence';
import { formatNumber, useT, vocabLabel } from '../../i18n/i18n';
import { pagesCited } from '../../../shared/citation';
import { openReader } from '../shell/view-store';
import type { EvidenceLink } from '../../../shared/domain/passage-links';
import { showPassage } from '../links/passage-focus';
import { relationKey, shortQuote } from '../passage-links/relation-labels';
import { api } from '../../api';
import { useCodeNames } from './code-names';
import { citePassageOf, groupItems, highlightPhrase } from './evidence-logic';
import { currentCitationChoice } from '../citation/citation-choice';
import { MarkdownView } from '../memos/MarkdownView';
import { useStore } from '../../state/store';
import { evidenceSelection, toggleGroup, toggleSelected } from './evidence-selection';
import { ExemplarStar } from '../coding/ExemplarStar';

/** The passage's links to other passages; a click opens the other passage in the reader. */
function EvidenceLinks({ links }: { links: EvidenceLink[] }) {
  const { t } = useT();
  return (
    <ul className="evidence-links" data-testid="evidence-links">
      {links.map((l) => (
        <li key={`${l.direction}:${l.relation}:${l.annotationId}`}>
          <button type="button" className="link" data-testid="evidence-link" onClick={() => showPassage({ documentId: l.documentId, annotationId: l.annotationId, pageIndex: l.pdfPage - 1 })}>
            {l.direction === 'out' ? '→' : '←'} {t(relationKey(l.relation, l.direction))}: {t('passageLinks.quoted', { quote: shortQuote(l.quote, 100) })} · {l.documentTitle}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Chips({ item }: { item: EvidenceItem }) {
  const names = useCodeNames();
  return (
    <span className="code-chips">
      {item.passageCodes.map((c) => (
        <span key={c.id} className="code-chip" title={names.path(c.id, c.path).join(' › ')} data-testid="evidence-chip">
          <span className="code-swatch" style={{ background: c.color }} aria-hidden="true" />
          {names.name(c.id, c.path)}
        </span>
      ))}
    </span>
  );
}

// Memoised: the page fills in behind the first screen, and rows already shown keep their objects.
const Row = memo(function Row({ item, showDocument, selected, selectable }: { item: EvidenceItem; showDocument: boolean; selected: boolean; selectable: boolean }) {
  const { t, locale } = useT();
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const [context, setContext] = useState<{ before: string; after: string } | 'loading' | 'failed' | null>(null);
  const toggleParagraph = async () => {
    if (context) return setContext(null);
    setContext('loading');
    try {
      setContext(await api['evidence.paragraph']({ annotationId: item.annotationId }));
    } catch {
      setContext('failed');
    }
  };
  // The printed page(s) a citation gives ("3", "iv–v"); the PDF's own numbers without labels.
  const page = pagesCited(item).replace(/^p\. /, '');
  const copy = async () => {
    try {
      const { texts } = await api['evidence.citeText']({ passages: [citePassageOf(item)], ...currentCitationChoice(locale) });
      await navigator.clipboard.writeText(texts[0]);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied(null), 2000);
  };
  const org = vocabLabel('organisation', item.document.organisation);
  return (
    <li className={selected ? 'evidence-row selected' : 'evidence-row'} data-testid="evidence-row" data-annotation-id={item.annotationId} data-page={item.page}>
      {selectable && (
        <input
          type="checkbox"
          className="evidence-select"
          data-testid="evidence-select"
          checked={selected}
          aria-label={t('bulkCoding.selectPassage')}
          onChange={() => toggleSelected(item.annotationId)}
        />
      )}
      <button
        type="button"
        className="evidence-quote"
        data-testid="evidence-open"
        title={t('evidence.openInReader')}
        onClick={() => openReader(item.document.id, item.page - 1, highlightPhrase(item.exact ?? item.quote))}
      >
        {context && typeof context === 'object' ? (
          <span className="evidence-paragraph" data-testid="evidence-paragraph" lang={item.document.language || undefined}>
            <span className="muted">{context.before}</span>
            <q>{item.quote}</q>
            <span className="muted">{context.after}</span>
          </span>
        ) : (
          <q lang={item.document.language || undefined}>{item.quote}</q>
        )}
      </button>
      <div className="evidence-meta">
        <ExemplarStar annotationId={item.annotationId} flagged={!!item.exemplar} />
        <Chips item={item} />
        {showDocument && (
          <span className="evidence-doc">
            {item.document.title || item.document.fileName}
            {org && ` · ${org}`}
            {item.document.year !== null && ` · ${item.document.year}`}
          </span>
        )}
        <span className="evidence-page">{t('evidence.page', { page })}</span>
        {item.coderName && (
          <span className="muted" data-testid="evidence-by">
            {item.editedByName ? t('coding.createdEditedBy', { creator: item.coderName, editor: item.editedByName }) : item.coderName}
          </span>
        )}
        {item.anchorStatus === 'orphan' && <span className="badge warn">{t('evidence.orphan')}</span>}
        <span className="spacer" />
        <button type="button" className="link" data-testid="evidence-expand" aria-expanded={!!context && typeof context === 'object'} onClick={() => void toggleParagraph()}>
          {context === 'loading' ? t('common.loading') : context === 'failed' ? t('evidenceParagraph.failed') : context ? t('evidenceParagraph.collapse') : t('evidenceParagraph.expand')}
        </button>
        <InsertPassageButton annotationId={item.annotationId} />
        <button type="button" className="link" data-testid="evidence-copy" onClick={() => void copy()}>
          {copied === 'ok' ? t('evidence.copied') : copied === 'failed' ? t('evidence.copyFailed') : t('evidence.copyWithCitation')}
        </button>
      </div>
      {/* Comments are Markdown, rendered safely as in the annotations panel (not shown as raw **text**). */}
      {item.comment && <div className="evidence-comment" data-testid="evidence-comment"><MarkdownView source={item.comment} /></div>}
      {item.links && item.links.length > 0 && <EvidenceLinks links={item.links} />}
    </li>
  );
});

/** `groupTotals`: each group's size for the whole filter (the headings count it, not the rows
 *  loaded); `selectable`: rows can be ticked for second-cycle coding (the browser; not the cell lists). */
export function EvidenceList({ items, groupBy, groupTotals, selectable = false }: { items: EvidenceItem[]; groupBy: EvidenceGroupBy; groupTotals?: Record<string, number>; selectable?: boolean }) {
  const { t } = useT();
  const names = useCodeNames();
  const { ids: selectedIds } = useStore(evidenceSelection);
  const selected = new Set(selectable ? selectedIds : []);
  return (
    <div className="evidence-groups">
      {groupItems(items, groupBy, groupTotals).map((g, i) => (
        <section key={`${g.key}:${i}`} className="evidence-group" data-testid="evidence-group">
          <h3>
            {selectable && (
              <input
                type="checkbox"
                data-testid="evidence-select-group"
                aria-label={t('bulkCoding.selectGroup')}
                checked={g.items.every((i) => selected.has(i.annotationId))}
                onChange={() => toggleGroup(g.items.map((i) => i.annotationId))}
              />
            )}
            {g.color && <span className="code-swatch" style={{ background: g.color }} aria-hidden="true" />}
            {groupBy === 'code' ? names.path(g.key, [g.heading]).join(' › ') : g.heading} <span className="count" data-testid="evidence-group-count" data-total={g.total}>{t('evidence.groupCount', { count: g.total, n: formatNumber(g.total) })}</span>
          </h3>
          <ol className="evidence-rows">
            {g.items.map((item) => (
              <Row key={`${item.annotationId}:${item.codeId}`} item={item} showDocument={groupBy === 'code'} selected={selected.has(item.annotationId)} selectable={selectable} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
