// "Link to passage…": the picker of the passage to link the selected highlight to. A search
// over every highlight of the project (quote or document title, as typed; 50 at a time), each
// listed with its document and printed page; the relation (supports … recommends → implemented)
// and an optional note. The note typed here is kept per highlight until the link is made, so a
// dialog closed by mistake gives it back when reopened.
import { useEffect, useState } from 'react';
import type { PassageLinkRelation, PassageSummary } from '../../../shared/domain/passage-links';
import { api } from '../../api';
import { errorMessage, useT } from '../../i18n/i18n';
import { usePrintedPages } from '../reader/readable-quotes';
import { notify } from '../shell/dialogs-store';
import { Modal } from '../shell/Modal';
import { RELATIONS, relationKey, shortQuote } from './relation-labels';

/** Notes typed in the dialog, per source highlight, until the link is made. */
const draftNotes = new Map<string, string>();
/** Typing pauses this long before the list is searched again (one query per pause, not per key). */
const SEARCH_DEBOUNCE_MS = 200;

export function LinkPassageDialog({ fromAnnotationId, onClose, onLinked }: { fromAnnotationId: string; onClose(): void; onLinked(): void }) {
  const { t } = useT();
  const printedPage = usePrintedPages();
  const [text, setText] = useState('');
  const [found, setFound] = useState<PassageSummary[] | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [relation, setRelation] = useState<PassageLinkRelation>('supports');
  const [note, setNote] = useState(() => draftNotes.get(fromAnnotationId) ?? '');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api['passageLinks.searchPassages']({ text, excludeAnnotationId: fromAnnotationId, limit: 50 })
        .then((list) => live && setFound(list))
        .catch((err) => notify('error', errorMessage(err)));
    }, text ? SEARCH_DEBOUNCE_MS : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, fromAnnotationId]);

  const create = async () => {
    if (!target) return;
    setBusy(true);
    try {
      await api['passageLinks.create']({ fromAnnotationId, toAnnotationId: target, relation, note });
      draftNotes.delete(fromAnnotationId);
      notify('info', t('passageLinks.created'));
      onLinked();
      onClose();
    } catch (err) {
      notify('error', errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('passageLinks.dialogTitle')}
      onCancel={onClose}
      testId="link-passage-dialog"
      width={640}
      footer={
        <>
          {!target && <span className="muted small passage-pick-hint">{t('passageLinks.pickTarget')}</span>}
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className="primary" data-testid="link-passage-create" disabled={!target || busy} onClick={() => void create()}>{t('passageLinks.create')}</button>
        </>
      }
    >
      <label className="passage-pick-field">
        <span>{t('passageLinks.relation')}</span>
        <select data-testid="link-relation" value={relation} onChange={(e) => setRelation(e.target.value as PassageLinkRelation)}>
          {RELATIONS.map((r) => <option key={r} value={r}>{t(relationKey(r))}</option>)}
        </select>
      </label>
      <label className="passage-pick-field">
        <span>{t('passageLinks.search')}</span>
        <input type="search" data-testid="link-search" data-autofocus value={text} placeholder={t('passageLinks.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="passage-pick-list" role="listbox" aria-label={t('passageLinks.target')} data-testid="link-candidates">
        {found?.length === 0 && <div className="muted small">{t('passageLinks.noMatch')}</div>}
        {found?.map((p) => (
          <button
            key={p.annotationId}
            type="button"
            role="option"
            aria-selected={p.annotationId === target}
            className={`passage-pick${p.annotationId === target ? ' chosen' : ''}`}
            data-testid="link-candidate"
            data-annotation-id={p.annotationId}
            onClick={() => setTarget(p.annotationId)}
          >
            <span className="passage-link-quote">{t('passageLinks.quoted', { quote: shortQuote(p.quote, 200) })}</span>
            <span className="passage-link-where muted small">{p.documentTitle} · {t('passageLinks.page', { page: printedPage(p.documentId, p.pageIndex) })}</span>
          </button>
        ))}
      </div>
      <label className="passage-pick-field">
        <span>{t('passageLinks.note')}</span>
        <textarea
          className="comment-input"
          data-testid="link-note"
          rows={2}
          value={note}
          placeholder={t('passageLinks.notePlaceholder')}
          onChange={(e) => {
            setNote(e.target.value);
            draftNotes.set(fromAnnotationId, e.target.value);
          }}
        />
      </label>
    </Modal>
  );
}
