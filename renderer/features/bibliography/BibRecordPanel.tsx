// A document's bibliographic record in its attributes drawer, read-only (type, authors, date,
// publisher, number, URL, citekey, source), with "Remove bibliographic record" (undoable).
// Reloaded after every coding action, so undo and redo show at once.
import { useEffect, useState } from 'react';
import type { DocumentBibliography } from '../../../shared/domain/bibliography';
import { api, onEvent } from '../../api';
import { errorMessage, useT } from '../../i18n/i18n';
import { recordFields } from './record-fields';

export function BibRecordPanel({ documentId }: { documentId: string }) {
  const { t } = useT();
  const [rec, setRec] = useState<DocumentBibliography | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void api['bibliography.get']({ documentId }).then((r) => live && setRec(r), (err) => live && setError(errorMessage(err)));
    load();
    const off = onEvent('coding.changed', load);
    return () => {
      live = false;
      off();
    };
  }, [documentId]);
  if (!rec) return error ? <p className="error-text" role="alert">{error}</p> : null;
  const remove = async () => {
    try {
      await api['bibliography.remove']({ documentId });
      setRec(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <section className="field" data-testid="bib-record" aria-label={t('bibRecord.title')}>
      <strong>{t('bibRecord.title')}</strong>
      <dl className="bib-record">
        {recordFields(rec).map((f) => (
          <div key={f.field} data-testid={`bib-record-${f.field}`}>
            <dt className="muted small">{t(`bibRecord.${f.field}`)}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
        <div data-testid="bib-record-source">
          <dt className="muted small">{t('bibRecord.source')}</dt>
          <dd>{t(`bibRecord.sources.${rec.source}`)}</dd>
        </div>
      </dl>
      {error && <p className="error-text" role="alert">{error}</p>}
      <button type="button" className="link danger-text" data-testid="bib-record-remove" onClick={() => void remove()}>
        {t('bibRecord.remove')}
      </button>
    </section>
  );
}
