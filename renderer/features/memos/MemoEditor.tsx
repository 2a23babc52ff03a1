// A memo on the project, a document or a code: Markdown shown rendered, edited in a textarea.
// Saved with Save (or Ctrl+Enter) as one undoable action; an empty memo is removed.
import { useEffect, useState } from 'react';
import { api, onEvent } from '../../api';
import type { MemoTargetType } from '../../../shared/domain/code';
import { errorMessage, formatDate, useT } from '../../i18n/i18n';
import { notify } from '../shell/dialogs-store';
import { MarkdownView } from './MarkdownView';

/** `title` is shown as the memo's heading; omit it where the surrounding dialog already names the memo. */
export function MemoEditor({ targetType, targetId, title }: { targetType: Exclude<MemoTargetType, 'annotation'>; targetId: string; title?: string }) {
  const { t } = useT();
  const [body, setBody] = useState<string | null>(null);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const [draft, setDraft] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    const load = () =>
      api['memos.get']({ targetType, targetId })
        .then((m) => {
          if (!alive) return;
          setBody(m?.body ?? '');
          setUpdatedAt(m?.updatedAt ?? null);
        })
        .catch(() => alive && setBody(''));
    void load();
    const off = onEvent('coding.changed', () => void load()); // undo / redo of a memo edit
    return () => {
      alive = false;
      off();
    };
  }, [targetType, targetId]);

  const save = async () => {
    if (draft === null) return;
    try {
      const m = await api['memos.set']({ targetType, targetId, body: draft });
      setBody(m?.body ?? '');
      setUpdatedAt(m?.updatedAt ?? null);
      setDraft(null);
    } catch (err) {
      notify('error', errorMessage(err));
    }
  };

  return (
    <section className="memo" data-testid={`memo-${targetType}`}>
      <header className="memo-header">
        {title && <h3>{title}</h3>}
        {updatedAt && <span className="muted small">{formatDate(updatedAt)}</span>}
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
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void save();
              }
            }}
          />
          <div className="memo-actions">
            <span className="hint">{t('memos.markdownHint')}</span>
            <span className="spacer" />
            <button type="button" onClick={() => setDraft(null)}>{t('common.cancel')}</button>
            <button type="button" className="primary" data-testid="memo-save" onClick={() => void save()}>{t('common.save')}</button>
          </div>
        </>
      ) : body ? (
        <MarkdownView source={body} className="memo-body" />
      ) : (
        <p className="muted small">{t('memos.empty')}</p>
      )}
    </section>
  );
}
