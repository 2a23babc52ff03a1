// Replies on a highlight (issue 11): the thread under the selected row of the annotations panel,
// each reply with its author and time, and a box for a new one. The draft autosaves like a
// comment (renderer/state/autosave.ts): the first pause creates the reply, later pauses update
// it, so nothing typed is lost; "Done" starts a new draft. Each reply is a ReplyItem: its author
// can edit or delete it there.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Reply } from '../../../shared/domain/rounds';
import { api, onEvent } from '../../api';
import { errorMessage, useT } from '../../i18n/i18n';
import { useAutosave } from '../../state/autosave';
import { useStore } from '../../state/store';
import { notify } from '../shell/dialogs-store';
import { AutosaveNote } from '../shell/AutosaveNote';
import { coderViewStore } from './coder-view-store';
import { isOwnReply, ReplyItem } from './ReplyItem';

export function ReplyThread({ annotationId }: { annotationId: string }) {
  const { t } = useT();
  const [replies, setReplies] = useState<Reply[]>([]);
  const [draft, setDraft] = useState('');
  const [round, setRound] = useState(0);
  const meId = useStore(coderViewStore).me?.id;
  const draftId = useRef<string | null>(null);
  const load = useCallback(() => {
    api['replies.list']({ annotationId }).then(setReplies).catch((err) => notify('error', errorMessage(err)));
  }, [annotationId]);
  useEffect(() => {
    load();
    return onEvent('coding.changed', () => load());
  }, [load]);
  const autosave = useAutosave(`reply:${annotationId}:${round}`, async (body) => {
    if (draftId.current) await api['replies.update']({ id: draftId.current, body });
    else if (body.trim()) draftId.current = (await api['replies.add']({ annotationId, body })).id;
  });
  const done = async () => {
    await autosave.flush();
    draftId.current = null;
    setDraft('');
    setRound((r) => r + 1);
    load();
  };
  return (
    <div className="reply-thread" data-testid="reply-thread">
      {replies.length > 0 && (
        <ol className="reply-list">
          {replies.map((r) => (
            // The draft being typed below is saved as a reply too: it is changed in the box, not here.
            <ReplyItem key={r.id} reply={r} mine={isOwnReply(r, meId) && r.id !== draftId.current} onChanged={load} />
          ))}
        </ol>
      )}
      <textarea
        className="comment-input"
        data-testid="reply-input"
        rows={2}
        value={draft}
        aria-label={t('independent.reply')}
        placeholder={t('independent.replyPlaceholder')}
        onChange={(e) => {
          setDraft(e.target.value);
          autosave.change(e.target.value);
        }}
      />
      <div className="annotation-actions">
        <AutosaveNote status={autosave.status} error={autosave.error} />
        <button type="button" data-testid="reply-done" disabled={!draft.trim()} onClick={() => void done()}>{t('independent.replyDone')}</button>
      </div>
    </div>
  );
}
