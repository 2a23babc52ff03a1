// The annotations panel of the open document, in reading order: quote, codes, comment, coder
// and date; filter by code and by coder (CoderSwitch: me / everyone / one coder); the selected
// row shows where other coders differ, to resolve into the consensus (PassageConsensus), and its
// replies (ReplyThread) and its links to other passages (PassageLinks); a click scrolls to the highlight and flashes it; codes and
// comment are edited in place; delete. Orphans (highlights whose text is gone) are listed and
// flagged, never hidden or deleted. The header holds the coding tools: area tool,
// auto-coding, the document memo, undo / redo and the shortcuts sheet. At scale (issue 12): it
// shows the first screen of one keyset page (first-screen.ts) until every highlight has loaded,
// and renders only the rows in view (VirtualRows): 2,000 highlights took 1.0-1.4 s to list.
import { InsertIntoOpenMemo } from '../memos/InsertPassageButton';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../../api';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Coder, CodeWithCounts } from '../../../shared/domain/code';
import { formatDate, useT } from '../../i18n/i18n';
import { unsavedValue, useAutosave } from '../../state/autosave';
import { useStore } from '../../state/store';
import { codebookStore } from '../codebook/codebook-store';
import { codeLabel } from '../codebook/codebook-tree';
import { localizeUndoLabel } from '../history/stored-text';
import { MarkdownView } from '../memos/MarkdownView';
import { AutosaveNote } from '../shell/AutosaveNote';
import { CodeChip, CodePicker } from './CodePicker';
import { CoderSwitch } from './CoderSwitch';
import { ExemplarStar } from './ExemplarStar';
import { PassageConsensus } from './PassageConsensus';
import { ReplyThread } from './ReplyThread';
import { PassageLinks } from '../passage-links/PassageLinks';
import { VirtualRows } from './VirtualRows';
import type { CodingSession } from './coding-session';
import { redo, undo, undoStore } from './undo-store';
import { usePrintedPages, useReadableQuotes } from '../reader/readable-quotes';

export interface PanelCommands {
  openAutocode(): void;
  openDocumentMemo(): void;
  openHelp(): void;
}

export function AnnotationsPanel({ session, commands }: { session: CodingSession; commands: PanelCommands }) {
  const { t, locale } = useT();
  const { annotations, loaded, preview, selectedId, filterCodeId, areaMode, reattachId, exemplarIds } = useStore(session.store);
  const { codes } = useStore(codebookStore);
  const undoState = useStore(undoStore);
  const [coders, setCoders] = useState<Map<string, Coder>>(new Map());
  const [editing, setEditing] = useState<string | null>(null);

  // Reload the names when a coder appears who is not known yet (a first edit by a colleague).
  const coderIds = useMemo(() => [...new Set(annotations.flatMap((a) => (a.updatedBy ? [a.coderId, a.updatedBy] : [a.coderId])))].sort().join(','), [annotations]);
  useEffect(() => {
    void api['coders.list']().then((list) => setCoders(new Map(list.map((c) => [c.id, c])))).catch(() => undefined);
  }, [coderIds]);

  // Stable inputs for the memoised rows: with 2,000 highlights, re-rendering every row on each
  // session change (popup open/close, selection) blocked the page for ~1 s per coding action.
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const shown = useMemo(
    () => annotations.filter((a) => !filterCodeId || a.codeIds.includes(filterCodeId)),
    [annotations, filterCodeId],
  );
  const orphanCount = useMemo(() => annotations.filter((a) => a.anchorStatus === 'orphan').length, [annotations]);
  // Until every highlight has loaded: the first screen and the counts from one keyset page.
  const rows = loaded || !preview ? shown : preview.items;
  const total = loaded || !preview ? shown.length : preview.total;
  const orphans = loaded || !preview ? orphanCount : preview.orphans;
  const renderRow = useCallback(
    (a: Annotation) => (
      <AnnotationRow
        key={a.id}
        a={a}
        codes={byId}
        coder={coders.get(a.coderId)}
        editor={a.updatedBy && a.updatedBy !== a.coderId ? coders.get(a.updatedBy) : undefined}
        selected={a.id === selectedId}
        exemplar={exemplarIds.has(a.id)}
        editing={editing === a.id}
        onEdit={setEditing}
        session={session}
      />
    ),
    [byId, coders, selectedId, editing, session, exemplarIds],
  );

  return (
    <aside className="annotations-panel" data-testid="annotations-panel" aria-label={t('coding.panelTitle')}>
      <div className="annotations-tools">
        <button type="button" className={areaMode ? 'toggled' : ''} aria-pressed={areaMode} data-testid="area-tool" title={t('coding.areaToolHint')} onClick={() => session.setAreaMode(!areaMode)}>
          ▭ {t('coding.areaTool')}
        </button>
        <button type="button" data-testid="open-autocode" onClick={commands.openAutocode}>{t('autocode.open')}</button>
        <button type="button" data-testid="document-memo" onClick={commands.openDocumentMemo}>{t('memos.documentButton')}</button>
        <span className="spacer" />
        <button type="button" data-testid="undo" disabled={!undoState.canUndo} title={undoState.undoLabel ? t('coding.undoWhat', { what: localizeUndoLabel(undoState.undoLabel, t) }) : t('coding.undo')} aria-label={t('coding.undo')} onClick={() => void undo()}>↶</button>
        <button type="button" data-testid="redo" disabled={!undoState.canRedo} title={undoState.redoLabel ? t('coding.redoWhat', { what: localizeUndoLabel(undoState.redoLabel, t) }) : t('coding.redo')} aria-label={t('coding.redo')} onClick={() => void redo()}>↷</button>
        <button type="button" data-testid="shortcuts-help-button" aria-label={t('shortcuts.title')} title={t('shortcuts.title')} onClick={commands.openHelp}>?</button>
      </div>
      <div className="annotations-header">
        <h2>{t('coding.panelTitle')}</h2>
        <span className="muted" data-testid="annotation-count">{t('coding.count', { count: total })}</span>
        {orphans > 0 && <span className="orphan-badge" title={t('coding.orphanHint')}>{t('coding.orphanCount', { count: orphans })}</span>}
      </div>
      {reattachId && (
        <div className="reattach-banner" role="status" data-testid="reattach-banner">
          <span>{t('coding.reattachPrompt')}</span>
          <button type="button" className="link" data-testid="reattach-cancel" onClick={() => session.startReattach(null)}>{t('common.cancel')}</button>
        </div>
      )}
      <label className="annotations-filter">
        <span className="sr-only">{t('coding.filterByCode')}</span>
        <select data-testid="annotation-filter" value={filterCodeId ?? ''} onChange={(e) => session.setFilter(e.target.value || null)}>
          <option value="">{t('coding.allCodes')}</option>
          {codes.filter((c) => c.codingCount > 0 || c.id === filterCodeId).map((c) => (
            <option key={c.id} value={c.id}>{codeLabel(c, locale)}</option>
          ))}
        </select>
      </label>
      <CoderSwitch testId="annotation-coder-view" />
      <VirtualRows
        className="annotations-list"
        items={rows}
        keyOf={annotationKey}
        renderRow={renderRow}
        estimate={ROW_ESTIMATE_PX}
        revealKey={selectedId}
        placeholder={loaded ? <li className="annotations-empty muted">{t(filterCodeId ? 'coding.noneForCode' : 'coding.none')}</li> : null}
      />
    </aside>
  );
}

/** A row with a one-line quote, one chip and its actions is ~120 px; others are measured. */
const ROW_ESTIMATE_PX = 120;

const annotationKey = (a: Annotation) => a.id;

function quoteOf(a: Annotation): string {
  // A line break between targets: a word split across the page break is joined like any other.
  return a.targets.map((x) => x.quote?.exact ?? '').filter(Boolean).join('\n');
}

const AnnotationRow = memo(function AnnotationRow(props: {
  a: Annotation;
  codes: Map<string, CodeWithCounts>;
  coder: Coder | undefined;
  /** Who last edited the highlight, when not its creator. */
  editor: Coder | undefined;
  selected: boolean;
  /** Flagged as an exemplar quote. */
  exemplar: boolean;
  editing: boolean;
  /** Sets the annotation being edited (null: none); a stable setter so rows stay memoised. */
  onEdit(id: string | null): void;
  session: CodingSession;
}) {
  const { a, codes, coder, editor, selected, exemplar, editing, onEdit, session } = props;
  const { t } = useT();
  const orphan = a.anchorStatus === 'orphan';
  // On screen as cited: the readable quote and the printed page(s).
  const readable = useReadableQuotes([a.documentId]);
  const printedPage = usePrintedPages();
  const quote = readable(a.documentId, quoteOf(a));
  const pages = [...new Set(a.targets.map((x) => printedPage(a.documentId, x.pageIndex)))].join('–');
  const open = () => session.select(a.id, { reveal: !orphan });
  const stopEditing = () => onEdit(null);
  return (
    <li
      className={`annotation-row${selected ? ' selected' : ''}${orphan ? ' orphan' : ''}`}
      data-testid="annotation-row"
      data-annotation-id={a.id}
      data-row-key={a.id}
      data-orphan={orphan ? 'true' : undefined}
    >
      <div
        className="annotation-main"
        role="button"
        tabIndex={0}
        onClick={open}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.target === e.currentTarget) open();
        }}
      >
        <div className="annotation-meta">
          <span>{t('coding.page', { pages })}</span>
          <ExemplarStar annotationId={a.id} flagged={exemplar} />
          {a.kind === 'area' && <span className="annotation-kind">{t('coding.area')}</span>}
          {orphan && <span className="orphan-badge" data-testid="orphan-flag" title={t('coding.orphanHint')}>{t('coding.orphan')}</span>}
          {a.anchorStatus === 'reanchored' && <span className="muted" title={t('coding.reanchoredHint')}>{t('coding.reanchored')}</span>}
        </div>
        {quote ? <blockquote className="annotation-quote">{quote.length > 280 ? `${quote.slice(0, 280)}…` : quote}</blockquote> : <div className="muted small">{t('coding.noText')}</div>}
        {!editing && (
          <div className="annotation-codes">
            {a.codeIds.map((id) => codes.get(id)).filter((c): c is CodeWithCounts => !!c).map((c) => <CodeChip key={c.id} code={c} />)}
            {a.codeIds.length === 0 && <span className="code-chip plain" style={{ ['--chip' as string]: a.color ?? '#ffd54f' }}><span className="code-swatch" />{t('coding.noCode')}</span>}
          </div>
        )}
        {!editing && a.comment && <MarkdownView source={a.comment} className="annotation-comment" />}
        <div className="annotation-by muted small" data-testid="annotation-by">
          {editor ? t('coding.createdEditedBy', { creator: coder?.name ?? t('coding.unknownCoder'), editor: editor.name }) : coder?.name ?? t('coding.unknownCoder')} · {formatDate(a.updatedAt)}
        </div>
      </div>
      {editing ? (
        <InlineEditor a={a} session={session} onDone={stopEditing} />
      ) : (
        <div className="annotation-actions">
          {orphan && a.kind === 'text' && (
            <button type="button" className="link" data-testid="annotation-reattach" title={t('coding.reattachHint')} onClick={() => session.startReattach(a.id)}>{t('coding.reattach')}</button>
          )}
          <button type="button" className="link" data-testid="annotation-edit" onClick={() => onEdit(a.id)}>{t('coding.edit')}</button>
          <button type="button" className="link danger-link" data-testid="annotation-delete" onClick={() => void session.remove(a.id)}>{t('coding.delete')}</button>
          <InsertIntoOpenMemo annotationId={a.id} />
        </div>
      )}
      {selected && !editing && <PassageConsensus annotation={a} />}
      {selected && !editing && <PassageLinks annotationId={a.id} session={session} />}
      {selected && !editing && <ReplyThread annotationId={a.id} />}
    </li>
  );
});

function InlineEditor({ a, session, onDone }: { a: Annotation; session: CodingSession; onDone(): void }) {
  const { t } = useT();
  const key = `comment:${a.id}`;
  const [chosen, setChosen] = useState(a.codeIds);
  const [comment, setComment] = useState(() => unsavedValue(key) ?? a.comment);
  const autosave = useAutosave(key, (v) => session.saveComment(a.id, v));
  const save = (codeIds: string[]) => {
    onDone();
    void autosave.flush().then(() => session.update(a.id, { codeIds, comment }));
  };
  return (
    <div className="annotation-editor" data-testid="annotation-editor">
      <CodePicker chosen={chosen} onChange={setChosen} onCommit={save} onCancel={onDone} autoFocus />
      <textarea
        className="comment-input"
        data-testid="comment-input"
        rows={3}
        value={comment}
        aria-label={t('coding.comment')}
        placeholder={t('coding.commentPlaceholder')}
        onChange={(e) => {
          setComment(e.target.value);
          autosave.change(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save(chosen);
          } else if (e.key === 'Escape') onDone();
        }}
      />
      <div className="annotation-actions">
        <AutosaveNote status={autosave.status} error={autosave.error} />
        <button type="button" data-testid="annotation-close" onClick={onDone}>{t('coding.close')}</button>
        <button type="button" className="primary" data-testid="annotation-save" onClick={() => save(chosen)}>{t('common.save')}</button>
      </div>
    </div>
  );
}
