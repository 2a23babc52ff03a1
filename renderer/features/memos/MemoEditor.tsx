// A memo on the project, a document or a code: Markdown shown rendered, edited in a textarea
// that saves as you type (renderer/state/autosave.ts; each save one undoable action; an empty
// memo is removed). Closing the dialog or switching tabs writes what was typed at once. A memo
// that failed to load is never shown as empty: editing it would save over the real one.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, onEvent } from '../../api';
import type { MemoTargetType } from '../../../shared/domain/code';
import { errorMessage, formatDate, useT } from '../../i18n/i18n';
import { settled, unsavedValue, useAutosave } from '../../state/autosave';
import { AutosaveNote } from '../shell/AutosaveNote';
import { MarkdownView } from './MarkdownView';

type Loaded = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; body: string; updatedAt: string | null };

/** `title` is shown as the memo's heading; omit it where the surrounding dialog already names the memo. */
export function MemoEditor({ targetType, targetId, title }: { targetType: Exclude<MemoTargetType, 'annotation'>; targetId: string; title?: string }) {
  const { t } = useT();
  const key = `memo:${targetType}:${targetId}`;
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  // A value typed before a remount whose write has not been acknowledged yet comes back as the draft.
  const [draft, setDraft] = useState<string | null>(() => unsavedValue(key));
  // True while the draft is that restored value and nothing has been typed since: once its write
  // lands, the memo is shown as saved (rendered), as it would have been had the write been quick.
  const restored = useRef(draft !== null);
  const [attempt, setAttempt] = useState(0);

  const write = useCallback(
    async (body: string) => {
      const m = await api['memos.set']({ targetType, targetId, body });
      setLoaded({ state: 'ready', body: m?.body ?? '', updatedAt: m?.updatedAt ?? null });
    },
    [targetType, targetId],
  );
  const autosave = useAutosave(key, write);

  useEffect(() => {
    let alive = true;
    const load = async () => {
      await settled(key); // a save still in flight from before a remount lands first
      try {
        const m = await api['memos.get']({ targetType, targetId });
        if (!alive) return;
        setLoaded({ state: 'ready', body: m?.body ?? '', updatedAt: m?.updatedAt ?? null });
        if (restored.current && unsavedValue(key) === null) {
          restored.current = false;
          setDraft(null);
        }
      } catch (error) {
        if (alive) setLoaded((prev) => (prev.state === 'ready' ? prev : { state: 'failed', error }));
      }
    };
    void load();
    const off = onEvent('coding.changed', () => void load()); // undo / redo of a memo edit
    return () => {
      alive = false;
      off();
    };
  }, [key, targetType, targetId, attempt]);

  const done = async () => {
    await autosave.flush();
    if (unsavedValue(key) === null) setDraft(null);
  };

  const body = loaded.state === 'ready' ? loaded.body : null;
  return (
    <section className="memo" data-testid={`memo-${targetType}`}>
      <header className="memo-header">
        {title && <h3>{title}</h3>}
        {loaded.state === 'ready' && loaded.updatedAt && <span className="muted small">{formatDate(loaded.updatedAt)}</span>}
        <span className="spacer" />
        {draft === null && body !== null && (
          <button type="button" className="link" data-testid="memo-edit" onClick={() => setDraft(body)}>
            {body ? t('memos.edit') : t('memos.add')}
          </button>
        )}
      </header>
      {draft !== null ? (
        <>
          <textarea
            className="memo-textarea"
            data-testid="memo-input"
            rows={8}
            autoFocus
            value={draft}
            placeholder={t('memos.placeholder')}
            onChange={(e) => {
              restored.current = false;
              setDraft(e.target.value);
              autosave.change(e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void done();
              }
            }}
          />
          <div className="memo-actions">
            <span className="hint">{t('memos.markdownHint')}</span>
            <span className="spacer" />
            <AutosaveNote status={autosave.status} error={autosave.error} />
            <button type="button" className="primary" data-testid="memo-done" onClick={() => void done()}>{t('memos.done')}</button>
          </div>
        </>
      ) : loaded.state === 'failed' ? (
        <div className="memo-load-failed" role="alert" data-testid="memo-load-failed">
          <p>{t('memos.loadFailed', { reason: errorMessage(loaded.error) })}</p>
          <button type="button" data-testid="memo-retry" onClick={() => setAttempt((n) => n + 1)}>{t('memos.retry')}</button>
        </div>
      ) : body ? (
        <MarkdownView source={body} className="memo-body" />
      ) : body === '' ? (
        <p className="muted small">{t('memos.empty')}</p>
      ) : (
        <p className="muted small">{t('memos.loading')}</p>
      )}
    </section>
  );
}
