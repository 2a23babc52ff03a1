// The "Annotations" dialog of a document: the annotations already inside its PDF (Zotero,
// Acrobat, Okular), listed by colour with what each colour becomes — an existing code, a new
// code, or no code — pre-filled from the exact Zotero / Acrobat palettes and confirmed by the
// user; plus importing W3C JSON-LD (a Hypothesis export) and downloading an annotated copy.
import { codeNameFor } from '../../../shared/codebook/code-text';
import { useEffect } from 'react';
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { codebookStore, refreshCodes } from '../codebook/codebook-store';
import { Modal } from '../shell/Modal';
import {
  annotationSourcesStore, closeAnnotationSources, downloadAnnotatedPdf, importEmbedded, importWebAnnotations, setRows,
} from './annotation-sources-store';
import { choiceOf, isTableComplete, summaryOf, withChoice, withName } from './colour-table';

export function AnnotationSourcesDialog() {
  const { t, locale } = useT();
  const s = useStore(annotationSourcesStore);
  const { codes } = useStore(codebookStore);
  // The table offers the codebook's codes: load it when the dialog opens and after an import.
  useEffect(() => {
    if (s.doc && (s.phase === 'ready' || s.phase === 'done')) void refreshCodes();
  }, [s.doc, s.phase]);
  if (!s.doc) return null;
  const scan = s.scan;
  const busy = s.phase === 'scanning' || s.phase === 'importing';

  const footer = (
    <>
      <label className="button-like" data-testid="annotations-import-jsonld">
        {t('annotationSources.importJsonLd')}
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importWebAnnotations(file);
          }}
        />
      </label>
      <button type="button" data-testid="annotations-export-pdf" onClick={() => void downloadAnnotatedPdf()}>
        {t('annotationSources.exportPdf')}
      </button>
      <div className="spacer" />
      <button type="button" onClick={closeAnnotationSources}>{t('common.close')}</button>
      {scan && scan.total > scan.alreadyImported && s.phase !== 'done' && (
        <button
          type="button"
          className="primary"
          data-testid="annotations-import-confirm"
          disabled={busy || !isTableComplete(s.rows)}
          onClick={() => void importEmbedded()}
        >
          {t('annotationSources.import', { count: scan.total - scan.alreadyImported })}
        </button>
      )}
    </>
  );

  return (
    <Modal title={t('annotationSources.title', { title: s.doc.title || s.doc.fileName })} onCancel={closeAnnotationSources} footer={footer} testId="annotation-sources" width={780}>
      {busy && (
        <p className="muted" data-testid="annotations-progress">
          {t(s.phase === 'scanning' ? 'annotationSources.scanning' : 'annotationSources.importing', { done: formatNumber(s.pagesDone), count: s.pageCount })}
        </p>
      )}
      {s.error && <p className="error-text" role="alert" data-testid="annotations-error">{s.error}</p>}
      {scan && scan.total === 0 && <p data-testid="annotations-none">{t('annotationSources.none')}</p>}
      {scan && scan.total > 0 && (
        <>
          <p data-testid="annotations-found">
            {t('annotationSources.found', { count: scan.total })}
            {scan.alreadyImported > 0 && ` ${t('annotationSources.already', { count: scan.alreadyImported })}`}
          </p>
          <table className="colour-table" data-testid="annotations-colour-table">
            <thead>
              <tr>
                <th>{t('annotationSources.col.colour')}</th>
                <th className="num">{t('annotationSources.col.count')}</th>
                <th>{t('annotationSources.col.becomes')}</th>
              </tr>
            </thead>
            <tbody>
              {s.rows.map((row, i) => {
                const summary = summaryOf(scan.colours, row.color);
                const known = summary?.palette
                  ? t('annotationSources.palette', { palette: t(`annotationSources.paletteName.${summary.palette}`), colour: t(`annotationSources.colourName.${summary.paletteName}`) })
                  : t('annotationSources.unknownColour');
                const update = (next: typeof row) => setRows(s.rows.map((r, j) => (j === i ? next : r)));
                return (
                  <tr key={row.color ?? 'none'} data-testid="annotations-colour-row" data-colour={row.color ?? ''}>
                    <td>
                      <span className="swatch" style={{ background: row.color ?? 'transparent' }} aria-hidden="true" /> {row.color ?? t('annotationSources.noColour')}
                      <div className="muted">{known}</div>
                    </td>
                    <td className="num">{formatNumber(summary?.count ?? 0)}</td>
                    <td>
                      <select
                        value={choiceOf(row)}
                        disabled={busy || s.phase === 'done'}
                        data-testid="annotations-choice"
                        aria-label={t('annotationSources.col.becomes')}
                        onChange={(e) => update(withChoice(row, e.target.value))}
                      >
                        <option value="none">{t('annotationSources.noCode')}</option>
                        <option value="new">{t('annotationSources.newCode')}</option>
                        {codes.map((c) => (
                          <option key={c.id} value={`code:${c.id}`}>{codeNameFor(c, locale)}</option>
                        ))}
                      </select>
                      {row.action === 'new' && (
                        <input
                          type="text"
                          value={row.name}
                          data-testid="annotations-new-name"
                          aria-label={t('annotationSources.newCodeName')}
                          disabled={busy || s.phase === 'done'}
                          onChange={(e) => update(withName(row, e.target.value))}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="muted">{t('annotationSources.exactNote')}</p>
        </>
      )}
      {s.pdfResult && (
        <p data-testid="annotations-result">
          {t('annotationSources.added', { count: s.pdfResult.added })} {t('annotationSources.skipped', { count: s.pdfResult.skipped })}
        </p>
      )}
      {s.webResult && (
        <p data-testid="annotations-web-result">
          {t('annotationSources.added', { count: s.webResult.added })} {t('annotationSources.skipped', { count: s.webResult.skipped })}
          {s.webResult.orphans > 0 && ` ${t('annotationSources.orphans', { count: s.webResult.orphans })}`}
          {s.webResult.unusable > 0 && ` ${t('annotationSources.unusable', { count: s.webResult.unusable })}`}
        </p>
      )}
    </Modal>
  );
}
