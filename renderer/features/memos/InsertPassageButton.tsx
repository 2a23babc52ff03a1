// "Insert into memo" beside a passage (evidence browser rows, the reader's highlights): the
// quote with its citation goes into the memo open in the memo manager, at its cursor
// (memo-draft.ts). Without an open memo the button says where to open one.
import { useState } from 'react';
import { errorMessage, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { insertPassage, memoDraft } from './memo-draft';

export function InsertPassageButton({ annotationId }: { annotationId: string }) {
  const { t } = useT();
  const draft = useStore(memoDraft);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const open = draft.state === 'ready' && draft.memo !== null;
  const insert = async () => {
    try {
      const title = await insertPassage(annotationId);
      setNote({ ok: true, text: t('memos.manager.inserted', { title }) });
    } catch (e) {
      setNote({ ok: false, text: t('memos.manager.insertFailed', { reason: errorMessage(e) }) });
    }
    setTimeout(() => setNote(null), 2500);
  };
  return (
    <button
      type="button"
      className="link"
      data-testid="insert-into-memo"
      disabled={!open}
      title={open ? t('memos.manager.insertPassageTitle', { title: draft.memo!.title }) : t('memos.manager.insertNoMemo')}
      onClick={() => void insert()}
    >
      {note ? <span role="status" className={note.ok ? '' : 'error'}>{note.text}</span> : t('memos.manager.insertPassage')}
    </button>
  );
}

/** The reader's highlight list shows the button only while a memo is open (a 10,000-row list stays quiet). */
export function InsertIntoOpenMemo({ annotationId }: { annotationId: string }) {
  const open = useStore(memoDraft).state === 'ready';
  return open ? <InsertPassageButton annotationId={annotationId} /> : null;
}
