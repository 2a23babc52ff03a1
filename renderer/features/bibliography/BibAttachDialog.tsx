// The "Attach bibliography…" dialog of the library: pick a CSL-JSON, BibTeX/BibLaTeX or RIS
// file; the table lists every entry with the document proposed for it, why (DOI, URL, title,
// file name) and how sure; the user checks, unchecks or picks another document per row, then
// attaches the checked rows (one undoable action). Unmatched entries stay in the table,
// unchecked, so one can still be given a document by hand.
import { useEffect } from 'react';
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { libraryStore } from '../library/library-store';
import { Modal } from '../shell/Modal';
import { choicesOf, duplicateDocuments } from './attach-rows';
import { bibAttachStore, checkRow, chooseDocument, closeBibAttach, confirmAttach, readBibliographyFile } from './bib-attach-store';
import { entryLabel } from './record-fields';

export function BibAttachDialog() {
  const { t } = useT();
  const s = useStore(bibAttachStore);
  const { docs } = useStore(libraryStore);
  useEffect(() => {
    if (s.phase === 'closed') return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && closeBibAttach();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [s.phase]);
  if (s.phase === 'closed') return null;
  const preview = s.preview;
  const choices = choicesOf(s.rows);
  const twice = duplicateDocuments(s.rows);
  const busy = s.phase === 'reading' || s.phase === 'attaching';
  const sortedDocs = [...docs].sort((a, b) => (a.title || a.fileName).localeCompare(b.title || b.fileName));

  const footer = (
    <>
      <label className="button-like" data-testid="bib-attach-choose">
        {t('bibAttach.chooseFile')}
        <input
          type="file"
          accept=".bib,.bibtex,.ris,.json,application/json,application/x-bibtex,application/x-research-info-systems"
          hidden
          data-testid="bib-attach-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void readBibliographyFile(file);
          }}
        />
      </label>
      <div className="spacer" />
      <button type="button" onClick={closeBibAttach}>{t('common.close')}</button>
      {preview && s.phase !== 'done' && (
        <button type="button" className="primary" data-testid="bib-attach-confirm" disabled={busy || choices.length === 0 || twice.size > 0} onClick={() => void confirmAttach()}>
          {t('bibAttach.confirm', { count: choices.length })}
        </button>
      )}
    </>
  );

  return (
    <Modal title={t('bibAttach.title')} onCancel={closeBibAttach} footer={footer} testId="bib-attach" width={900}>
      <p className="muted">{t('bibAttach.lead')}</p>
      {s.phase === 'reading' && <p className="muted" data-testid="bib-attach-reading">{t('bibAttach.reading', { file: s.fileName })}</p>}
      {s.error && <p className="error-text" role="alert" data-testid="bib-attach-error">{s.error}</p>}
      {preview && (
        <>
          <p data-testid="bib-attach-summary">
            {t('bibAttach.file', { file: s.fileName, format: t(`bibAttach.format.${preview.format}`) })} —{' '}
            {t('bibAttach.summary', { count: preview.proposals.length, matched: formatNumber(preview.matched) })}
          </p>
          {preview.unmatched > 0 && <p className="muted" data-testid="bib-attach-unmatched">{t('bibAttach.unmatched', { count: preview.unmatched })}</p>}
          {twice.size > 0 && <p className="error-text" role="alert" data-testid="bib-attach-duplicate">{t('bibAttach.duplicate')}</p>}
          <table className="colour-table" data-testid="bib-attach-table">
            <thead>
              <tr>
                <th>{t('bibAttach.colAttach')}</th>
                <th>{t('bibAttach.colEntry')}</th>
                <th>{t('bibAttach.colDocument')}</th>
                <th>{t('bibAttach.colReason')}</th>
                <th className="num">{t('bibAttach.colConfidence')}</th>
              </tr>
            </thead>
            <tbody>
              {s.rows.map((row) => {
                const p = preview.proposals[row.index];
                const replaces = row.documentId !== null && row.documentId === p.documentId && p.replacesRecord;
                return (
                  <tr key={row.index} data-testid="bib-attach-row" data-citekey={p.citekey ?? ''} className={row.documentId && twice.has(row.documentId) ? 'invalid' : undefined}>
                    <td>
                      <input
                        type="checkbox"
                        data-testid="bib-attach-check"
                        aria-label={t('bibAttach.colAttach')}
                        checked={row.checked}
                        disabled={busy || s.phase === 'done' || row.documentId === null}
                        onChange={(e) => checkRow(row.index, e.target.checked)}
                      />
                    </td>
                    <td>
                      <strong>{entryLabel(p.csl)}</strong>
                      {p.citekey && <div className="muted mono small">{p.citekey}</div>}
                    </td>
                    <td>
                      <select
                        data-testid="bib-attach-document"
                        aria-label={t('bibAttach.colDocument')}
                        value={row.documentId ?? ''}
                        disabled={busy || s.phase === 'done'}
                        onChange={(e) => chooseDocument(row.index, e.target.value || null)}
                      >
                        <option value="">{t('bibAttach.noDocument')}</option>
                        {sortedDocs.map((d) => (
                          <option key={d.id} value={d.id}>{d.title || d.fileName}</option>
                        ))}
                      </select>
                      {replaces && <div className="muted small">{t('bibAttach.replaces')}</div>}
                    </td>
                    <td data-testid="bib-attach-reason">{t(`bibAttach.reason.${row.reason ?? 'none'}`)}</td>
                    <td className="num" data-testid="bib-attach-confidence">{row.reason && row.reason !== 'chosen' ? `${Math.round(row.confidence * 100)}%` : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {s.result && <p data-testid="bib-attach-result">{t('bibAttach.attached', { count: s.result.attached })}</p>}
    </Modal>
  );
}
