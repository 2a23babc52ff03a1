// The links of the selected highlight (issue 14 item 8), under its row in the annotations
// panel: each link both ways with its relation as read from here ("recommends → implemented in"
// / "implements the recommendation of"), the other passage's quote, document and printed page;
// a click opens that passage (in this reader, or the other document's); the note saves as it is
// typed; "Link to passage…" opens the picker (LinkPassageDialog).
import { useCallback, useEffect, useState } from 'react';
import type { LinkOfPassage } from '../../../shared/domain/passage-links';
import { api, onEvent } from '../../api';
import { errorMessage, useT } from '../../i18n/i18n';
import { unsavedValue, useAutosave } from '../../state/autosave';
import type { CodingSession } from '../coding/coding-session';
import { showPassage } from '../links/passage-focus';
import { usePrintedPages } from '../reader/readable-quotes';
import { AutosaveNote } from '../shell/AutosaveNote';
import { notify } from '../shell/dialogs-store';
import { LinkPassageDialog } from './LinkPassageDialog';
import { relationKey, shortQuote } from './relation-labels';
import './passage-links.css';

export function PassageLinks({ annotationId, session }: { annotationId: string; session: CodingSession }) {
  const { t } = useT();
  const [links, setLinks] = useState<LinkOfPassage[]>([]);
  const [picking, setPicking] = useState(false);
  const load = useCallback(() => {
    api['passageLinks.ofAnnotation']({ annotationId }).then(setLinks).catch((err) => notify('error', errorMessage(err)));
  }, [annotationId]);
  useEffect(() => {
    load();
    return onEvent('coding.changed', () => load());
  }, [load]);
  const open = (l: LinkOfPassage) => {
    const { annotationId: id, documentId, pageIndex } = l.other;
    if (documentId === session.documentId) session.select(id, { reveal: true });
    else showPassage({ documentId, annotationId: id, pageIndex });
  };
  return (
    <div className="passage-links" data-testid="passage-links">
      <div className="passage-links-head">
        <span className="passage-links-title">{t('passageLinks.title')}</span>
        <button type="button" className="link" data-testid="link-to-passage" onClick={() => setPicking(true)}>{t('passageLinks.linkTo')}</button>
      </div>
      {links.length === 0 ? (
        <div className="muted small">{t('passageLinks.none')}</div>
      ) : (
        <ul className="passage-link-list">
          {links.map((l) => <LinkItem key={l.link.id} item={l} onOpen={() => open(l)} />)}
        </ul>
      )}
      {picking && <LinkPassageDialog fromAnnotationId={annotationId} onClose={() => setPicking(false)} onLinked={load} />}
    </div>
  );
}

function LinkItem({ item, onOpen }: { item: LinkOfPassage; onOpen(): void }) {
  const { t } = useT();
  const printedPage = usePrintedPages();
  const { link, direction, other } = item;
  const key = `passage-link-note:${link.id}`;
  const [note, setNote] = useState(() => unsavedValue(key) ?? link.note);
  const autosave = useAutosave(key, async (v) => void (await api['passageLinks.update']({ id: link.id, patch: { note: v } })));
  const remove = () => void api['passageLinks.delete']({ id: link.id }).catch((err) => notify('error', errorMessage(err)));
  return (
    <li className="passage-link" data-testid="passage-link" data-link-id={link.id} data-relation={link.relation} data-direction={direction}>
      <button type="button" className="passage-link-open" data-testid="passage-link-open" title={t('passageLinks.open')} onClick={onOpen}>
        <span className={`passage-link-relation ${direction}`}>{direction === 'out' ? '→' : '←'} {t(relationKey(link.relation, direction))}</span>
        <span className="passage-link-quote">{t('passageLinks.quoted', { quote: shortQuote(other.quote) })}</span>
        <span className="passage-link-where muted small">{other.documentTitle} · {t('passageLinks.page', { page: printedPage(other.documentId, other.pageIndex) })}</span>
      </button>
      <textarea
        className="comment-input passage-link-note"
        data-testid="passage-link-note"
        rows={1}
        value={note}
        aria-label={t('passageLinks.note')}
        placeholder={t('passageLinks.notePlaceholder')}
        onChange={(e) => {
          setNote(e.target.value);
          autosave.change(e.target.value);
        }}
      />
      <div className="annotation-actions">
        <AutosaveNote status={autosave.status} error={autosave.error} />
        <button type="button" className="link danger-link" data-testid="passage-link-remove" onClick={remove}>{t('passageLinks.remove')}</button>
      </div>
    </li>
  );
}
