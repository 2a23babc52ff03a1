// The open memo of the memo manager: its title (renamed on Enter or when the field is left),
// what it is linked to (codes, documents, cases, passages; add and remove), and its Markdown
// body in a textarea that saves as you type and at once on blur (memo-draft.ts). The cursor is
// remembered, so "Insert passage" from another view lands where the user was writing.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { MemoLinkKind } from '../../../shared/domain/memo';
import { errorMessage, formatDate, useT } from '../../i18n/i18n';
import { autosaveStatus } from '../../state/autosave';
import { useStore } from '../../state/store';
import { localizeUndoLabel } from '../history/stored-text';
import { undo, undoStore } from '../coding/undo-store';
import { AutosaveNote } from '../shell/AutosaveNote';
import { changeDraft, draftKey, flushDraft, memoDraft, moveCursor, openDraft } from './memo-draft';
import { deleteMemo, linkOpenMemo, renameMemo, unlinkOpenMemo } from './memo-list-store';
import type { LinkTarget } from './memo-targets';
import { MarkdownView } from './MarkdownView';

export function MemoPage({ targets }: { targets: LinkTarget[] }) {
  const { t } = useT();
  const draft = useStore(memoDraft);
  const statuses = useStore(autosaveStatus);
  const undoState = useStore(undoStore);
  const area = useRef<HTMLTextAreaElement>(null);
  const [title, setTitle] = useState(draft.memo?.title ?? '');
  const [preview, setPreview] = useState(false);
  const [linkKind, setLinkKind] = useState<Exclude<MemoLinkKind, 'annotation'>>('code');
  const [linkId, setLinkId] = useState('');
  const [error, setError] = useState<unknown>(null);

  useEffect(() => setTitle(draft.memo?.title ?? ''), [draft.memo?.title]);
  // Leaving the manager (another view, another memo) writes what was typed at once.
  useEffect(() => () => void flushDraft(), []);
  // Back in the memo: the cursor where it was (or after an inserted passage).
  useLayoutEffect(() => {
    const el = area.current;
    if (el && draft.state === 'ready' && document.activeElement !== el) el.setSelectionRange(draft.cursor, draft.cursor);
  }, [draft.state, draft.cursor]);

  const run = async (fn: () => Promise<void>) => {
    try {
      await fn();
      setError(null);
    } catch (e) {
      setError(e);
    }
  };
  const commitTitle = () => {
    const memo = draft.memo;
    if (!memo || title.trim() === memo.title) return setTitle(memo?.title ?? '');
    void run(() => renameMemo(memo.id, title));
  };

  if (draft.state === 'failed') {
    return (
      <div className="memo-load-failed" role="alert" data-testid="memo-load-failed">
        <p>{t('memos.manager.loadFailed', { reason: errorMessage(draft.error) })}</p>
        <button type="button" onClick={() => draft.id && void openDraft(draft.id)}>{t('memos.retry')}</button>
      </div>
    );
  }
  if (draft.state !== 'ready' || !draft.memo) return <p className="muted">{t('memos.loading')}</p>;
  const memo = draft.memo;
  const status = statuses[draftKey(memo.id)];
  const owner = memo.owner ? t(`memos.manager.owner${memo.owner.type[0].toUpperCase()}${memo.owner.type.slice(1)}`) : null;
  const choices = targets.filter((x) => x.kind === linkKind && !memo.links.some((l) => l.kind === x.kind && l.targetId === x.id));

  return (
    <article className="memo-page" data-testid="memo-page" data-memo-id={memo.id}>
      <header className="memo-page-header">
        <input
          className="memo-title-input"
          data-testid="memo-title"
          aria-label={t('memos.manager.titleLabel')}
          maxLength={300}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={commitTitle}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
            if (e.key === 'Escape') setTitle(memo.title);
          }}
        />
        <button
          type="button"
          data-testid="memo-undo"
          disabled={!undoState.canUndo}
          title={undoState.undoLabel ? t('coding.undoWhat', { what: localizeUndoLabel(undoState.undoLabel, t) }) : t('coding.undo')}
          aria-label={t('coding.undo')}
          onClick={() => void undo()}
        >
          ↶
        </button>
        <button type="button" className="danger" data-testid="memo-delete" onClick={() => void run(() => deleteMemo(memo.id))}>{t('memos.manager.delete')}</button>
      </header>
      <p className="muted small memo-page-meta">
        {owner && <span className="badge" data-testid="memo-owner">{owner}</span>} {t('memos.manager.editedAt', { date: formatDate(memo.updatedAt) })}
        {' · '}
        {t('memos.manager.chars', { count: draft.body.length })}
      </p>
      <section className="memo-links" aria-label={t('memos.manager.links')}>
        <span className="small">{t('memos.manager.links')}:</span>
        {memo.links.length === 0 && <span className="muted small">{t('memos.manager.noLinks')}</span>}
        {memo.links.map((l) => (
          <span key={l.id} className="chip memo-link-chip" data-testid="memo-link" data-kind={l.kind}>
            <span className="muted">{t(`memos.manager.kind.${l.kind}`)}:</span> {l.label}
            <button type="button" className="chip-remove" aria-label={t('memos.manager.unlink', { label: l.label })} title={t('memos.manager.unlink', { label: l.label })} onClick={() => void run(() => unlinkOpenMemo(l.id))}>×</button>
          </span>
        ))}
        <span className="memo-link-add">
          <select data-testid="memo-link-kind" aria-label={t('memos.manager.addLink')} value={linkKind} onChange={(e) => (setLinkKind(e.target.value as typeof linkKind), setLinkId(''))}>
            <option value="code">{t('memos.manager.linkCode')}</option>
            <option value="document">{t('memos.manager.linkDocument')}</option>
            <option value="case">{t('memos.manager.linkCase')}</option>
          </select>
          <select data-testid="memo-link-target" aria-label={t('memos.manager.pickPlaceholder')} value={linkId} onChange={(e) => setLinkId(e.target.value)}>
            <option value="">{t('memos.manager.pickPlaceholder')}</option>
            {choices.map((x) => <option key={x.id} value={x.id}>{x.label}</option>)}
          </select>
          <button type="button" data-testid="memo-link-add" disabled={linkId === ''} onClick={() => void run(async () => (await linkOpenMemo(linkKind, linkId), setLinkId('')))}>
            {t('memos.manager.addLink')}
          </button>
        </span>
      </section>
      {error !== null && <p className="error small" role="alert" data-testid="memo-error">{errorMessage(error)}</p>}
      <div className="memo-body-tools">
        <span className="hint small">{t('memos.markdownHint')}</span>
        <span className="spacer" />
        {status && <AutosaveNote status={status.status} error={status.error} />}
        <button type="button" className="link" data-testid="memo-preview" aria-pressed={preview} onClick={() => setPreview((p) => !p)}>
          {preview ? t('memos.edit') : t('memos.manager.preview')}
        </button>
      </div>
      {preview ? (
        <MarkdownView source={draft.body} className="memo-body memo-page-preview" />
      ) : (
        <textarea
          ref={area}
          className="memo-page-text"
          data-testid="memo-body"
          aria-label={memo.title}
          placeholder={t('memos.placeholder')}
          value={draft.body}
          onChange={(e) => changeDraft(e.target.value, e.target.selectionStart)}
          onSelect={(e) => moveCursor(e.currentTarget.selectionStart)}
          onBlur={() => void flushDraft()}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void flushDraft();
            }
          }}
        />
      )}
    </article>
  );
}
