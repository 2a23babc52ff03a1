// The star that flags a passage as an exemplar quote (issue 14 item 1), on the annotations
// panel's rows and the evidence browser's: one click is one undoable action (exemplars.set);
// the 'coding.changed' event that follows reloads both lists, so the star shows the stored flag.
import { useState } from 'react';
import { api } from '../../api';
import { errorMessage, useT } from '../../i18n/i18n';
import { notify } from '../shell/dialogs-store';

export function ExemplarStar({ annotationId, flagged }: { annotationId: string; flagged: boolean }) {
  const { t } = useT();
  // Shown at once; the reload after the event confirms it (or the error puts it back).
  const [shown, setShown] = useState<boolean | null>(null);
  const on = shown ?? flagged;
  const toggle = async () => {
    setShown(!on);
    try {
      await api['exemplars.set']({ annotationId, exemplar: !on });
    } catch (err) {
      notify('error', errorMessage(err));
    } finally {
      setShown(null);
    }
  };
  return (
    <button
      type="button"
      className={`exemplar-star${on ? ' on' : ''}`}
      data-testid="exemplar-star"
      aria-pressed={on}
      aria-label={t(on ? 'coding.exemplarUnflag' : 'coding.exemplarFlag')}
      title={t(on ? 'coding.exemplarUnflag' : 'coding.exemplarFlag')}
      onClick={(e) => {
        e.stopPropagation();
        void toggle();
      }}
    >
      {on ? '★' : '☆'}
    </button>
  );
}
