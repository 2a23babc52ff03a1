// One reply of a highlight's thread: author, time, Markdown body, and — for the reply's own
// author only (the backend refuses anyone else) — Edit (an inline box; Ctrl+Enter saves,
// Escape cancels) and Delete (at once, with Undo in the toast: the delete is an undoable
// action like any coding edit, so no confirmation dialog is needed).
import { useState } from 'react';
import type { Reply } from '../../../shared/domain/rounds';
import { api } from '../../api';
import { errorMessage, formatDate, useT } from '../../i18n/i18n';
import { MarkdownView } from '../memos/MarkdownView';
import { notify } from '../shell/dialogs-store';
import { undo } from './undo-store';

/** A reply can be changed only by its author. */
export const isOwnReply = (reply: Pick<Reply, 'coderId'>, meId: string | null | undefined): boolean => !!meId && reply.coderId === meId;

export function ReplyItem({ reply, mine, onChanged }: { reply: Reply; mine: boolean; onChanged: () => void }) {
  const { t } = useT();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(reply.body);
  const [busy, setBusy] = useState(false);
  const startEdit = () => {
    setBody(reply.body);
    setEditing(true);
  };
  const save = async () => {
    if (!body.trim() || busy) return;
    setBusy(true);
    try {
      await api['replies.update']({ id: reply.id, body });
      setEditing(false);
      onChanged();
    } catch (err) {
      notify('error', errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    try {
      await api['replies.delete']({ id: reply.id });
      notify('info', t('replies.deleted'), { label: t('replies.undo'), testId: 'reply-undo', run: () => void undo() });
      onChanged();
    } catch (err) {
      notify('error', errorMessage(err));
    }
  };
  const edited = reply.updatedAt !== reply.createdAt;
  return (
    <li data-testid="reply" data-reply-id={reply.id}>
      <div className="muted small" data-testid="reply-author">
        {`${reply.coderName} · ${formatDate(reply.createdAt)}`}
        {edited && <span data-testid="reply-edited">{` · ${t('replies.edited')}`}</span>}
      </div>
      {editing ? (
        <>
          <textarea
            className="comment-input"
            data-testid="reply-edit-input"
            rows={2}
            value={body}
            autoFocus
            aria-label={t('replies.editLabel')}
            onChange={(e) => setBody(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setEditing(false);
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
            }}
          />
          <div className="annotation-actions">
            <button type="button" data-testid="reply-save" disabled={busy || !body.trim()} onClick={() => void save()}>{t('replies.save')}</button>
            <button type="button" className="link" data-testid="reply-cancel" onClick={() => setEditing(false)}>{t('replies.cancel')}</button>
          </div>
        </>
      ) : (
        <>
          <MarkdownView source={reply.body} className="reply-body" />
          {mine && (
            <div className="annotation-actions">
              <button type="button" className="link" data-testid="reply-edit" onClick={startEdit}>{t('replies.edit')}</button>
              <button type="button" className="link danger-link" data-testid="reply-delete" onClick={() => void remove()}>{t('replies.delete')}</button>
            </div>
          )}
        </>
      )}
    </li>
  );
}
