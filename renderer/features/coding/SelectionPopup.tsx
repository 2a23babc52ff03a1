// The popup at a selection (new highlight) or at a clicked highlight (edit): codes through the
// picker, or just a colour, and an optional comment (Markdown). Keyboard: the picker field has
// focus; Enter applies; Tab reaches the comment (Ctrl+Enter applies from there) and colours;
// Escape or a click outside closes it. An existing highlight's comment saves as you type; a new
// selection's popup closed with a typed comment keeps it as a highlight (only Cancel discards).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { unsavedValue, useAutosave } from '../../state/autosave';
import { useStore } from '../../state/store';
import { AutosaveNote } from '../shell/AutosaveNote';
import { CodePicker } from './CodePicker';
import type { CodingSession, Popup } from './coding-session';

/** Colours for highlights without a code: the classic highlighter set. */
export const PLAIN_COLORS = ['#ffd54f', '#aed581', '#81d4fa', '#f48fb1', '#ffab91', '#ce93d8'];

export function SelectionPopup({ session }: { session: CodingSession }) {
  const { popup } = useStore(session.store);
  if (!popup) return null;
  const key = popup.mode === 'edit' ? `e${popup.annotationId}` : `n${popup.x},${popup.y}`;
  return <PopupBody key={key} session={session} popup={popup} />;
}

function PopupBody({ session, popup }: { session: CodingSession; popup: Popup }) {
  const { t } = useT();
  const existing = popup.mode === 'edit' ? session.find(popup.annotationId) : undefined;
  const [chosen, setChosen] = useState<string[]>(existing?.codeIds ?? []);
  const [comment, setComment] = useState(() => (existing ? unsavedValue(`comment:${existing.id}`) ?? existing.comment : ''));
  const [color, setColor] = useState<string | null>(existing?.color ?? null);
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ left: popup.x, top: popup.y });
  const editId = popup.mode === 'edit' ? popup.annotationId : '';
  const autosave = useAutosave(`comment:${editId}`, (v) => session.saveComment(editId, v));

  useEffect(() => {
    if (popup.mode === 'new') session.noteNewDraft({ codeIds: chosen, color: color ?? PLAIN_COLORS[0], comment });
  }, [session, popup.mode, chosen, color, comment]);

  // Keep the popup on screen: flip above the point when it would run off the bottom.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const left = Math.max(8, Math.min(popup.x - width / 2, window.innerWidth - width - 8));
    const top = popup.y + height > window.innerHeight - 8 ? Math.max(8, popup.y - height - 24) : popup.y;
    setPos({ left, top });
  }, [popup.x, popup.y]);

  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) session.closePopup();
    };
    window.addEventListener('mousedown', onDown, true);
    return () => window.removeEventListener('mousedown', onDown, true);
  }, [session]);

  const commit = (codeIds: string[]) => {
    if (popup.mode === 'new') void session.createFromPopup(codeIds, codeIds.length ? null : color ?? PLAIN_COLORS[0], comment);
    else if (existing) {
      session.closePopup();
      // The comment goes with the codes; a typed-ahead autosave lands first, never after.
      void autosave.flush().then(() => session.update(existing.id, { codeIds, comment, color }));
    }
  };

  const quote = popup.mode === 'new' ? popup.quote : existing?.targets.map((x) => x.quote?.exact ?? '').join(' ') ?? '';
  return (
    <div
      ref={ref}
      className="selection-popup"
      role="dialog"
      aria-label={popup.mode === 'new' ? t('coding.newHighlight') : t('coding.editHighlight')}
      data-testid="selection-popup"
      style={{ left: pos.left, top: pos.top }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          session.closePopup();
        }
      }}
    >
      {quote && <div className="selection-popup-quote" title={quote}>{popup.mode === 'new' && popup.kind === 'area' ? t('coding.areaQuote', { text: quote }) : quote}</div>}
      <CodePicker chosen={chosen} onChange={setChosen} onCommit={commit} onCancel={() => session.closePopup()} autoFocus quote={popup.mode === 'new' && popup.kind === 'area' ? undefined : quote} />
      <textarea
        className="comment-input"
        data-testid="comment-input"
        rows={2}
        placeholder={t('coding.commentPlaceholder')}
        aria-label={t('coding.comment')}
        value={comment}
        onChange={(e) => {
          setComment(e.target.value);
          if (existing) autosave.change(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            commit(chosen);
          }
        }}
      />
      <div className="selection-popup-colors" role="radiogroup" aria-label={t('coding.colorOnly')}>
        {PLAIN_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            role="radio"
            aria-checked={color === c}
            aria-label={c}
            className={color === c ? 'color-swatch chosen' : 'color-swatch'}
            data-testid="color-swatch"
            style={{ background: c }}
            onClick={() => setColor(c)}
          />
        ))}
        {existing && (
          <>
            <span className="spacer" />
            <AutosaveNote status={autosave.status} error={autosave.error} />
          </>
        )}
      </div>
      <div className="selection-popup-actions">
        <span className="hint">{t('coding.popupHint')}</span>
        <span className="spacer" />
        {existing && (
          <button type="button" className="danger" data-testid="popup-delete" onClick={() => { autosave.cancel(); session.closePopup(); void session.remove(existing.id); }}>
            {t('coding.delete')}
          </button>
        )}
        {existing ? (
          <button type="button" data-testid="popup-close" onClick={() => session.closePopup()}>{t('coding.close')}</button>
        ) : (
          <button type="button" data-testid="popup-cancel" onClick={() => session.closePopup({ discard: true })}>{t('common.cancel')}</button>
        )}
        <button type="button" className="primary" data-testid="popup-apply" onClick={() => commit(chosen)}>
          {t('coding.apply')}
        </button>
      </div>
    </div>
  );
}
