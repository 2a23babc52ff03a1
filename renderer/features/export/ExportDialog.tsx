// The export dialog: format, the current selection (the evidence filter) or the whole project,
// for the report formats their title, language, memos, tables and full codebook, then a
// progress bar with Cancel while the job runs. Markdown can cite as Pandoc does, with a
// CSL-JSON or BibTeX bibliography written beside it.
import type { ExportFormat } from '../../../shared/domain/evidence';
import { formatNumber, LOCALES, useT, type Locale } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { isFiltered } from '../evidence/evidence-logic';
import { evidenceStore } from '../evidence/evidence-store';
import { Modal } from '../shell/Modal';
import { cancelExport, closeExportDialog, exportCitation, exportStore, setExportOptions, startExport } from './export-store';
import { CitationPicker } from '../citation/CitationPicker';

const FORMATS: ExportFormat[] = ['docx', 'html', 'md', 'pdf', 'csv', 'xlsx', 'jsonld'];
const REPORTS: ExportFormat[] = ['docx', 'html', 'md', 'pdf'];
const BIBLIOGRAPHY_FORMATS = ['csl-json', 'bibtex'] as const;

export function ExportDialog() {
  const { t, locale } = useT();
  const s = useStore(exportStore);
  const { filter } = useStore(evidenceStore);
  if (!s.open) return null;
  const report = REPORTS.includes(s.format);
  const footer = s.running ? (
    <button type="button" data-testid="export-cancel" onClick={cancelExport}>{t('common.cancel')}</button>
  ) : (
    <>
      <button type="button" data-testid="export-close" onClick={closeExportDialog}>{t('export.close')}</button>
      <button type="button" className="primary" data-testid="export-run" onClick={() => void startExport()}>{t('export.run')}</button>
    </>
  );
  return (
    <Modal title={t('export.title')} onCancel={closeExportDialog} footer={footer} testId="export-dialog" width={520}>
      <fieldset className="export-fieldset" disabled={s.running}>
        <legend>{t('export.format')}</legend>
        <div className="export-formats">
          {FORMATS.map((f) => (
            <label key={f} className="checkbox-row">
              <input type="radio" name="export-format" value={f} checked={s.format === f} data-testid={`export-format-${f}`} onChange={() => setExportOptions({ format: f })} />
              <span>{t(`export.formats.${f}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="export-fieldset" disabled={s.running}>
        <legend>{t('export.scope')}</legend>
        <label className="checkbox-row">
          <input type="radio" name="export-scope" checked={s.scope === 'selection'} data-testid="export-scope-selection" onChange={() => setExportOptions({ scope: 'selection' })} />
          <span>{isFiltered(filter) ? t('export.selection') : t('export.selectionEmpty')}</span>
        </label>
        <label className="checkbox-row">
          <input type="radio" name="export-scope" checked={s.scope === 'project'} data-testid="export-scope-project" onChange={() => setExportOptions({ scope: 'project' })} />
          <span>{t('export.wholeProject')}</span>
        </label>
      </fieldset>
      <fieldset className="export-fieldset" disabled={s.running || !report}>
        <legend>{t('export.report.heading')}</legend>
        <div className="field-row">
          <label className="field">
            <span>{t('export.report.title')}</span>
            <input type="text" value={s.title} maxLength={300} placeholder={t('export.report.titlePlaceholder')} data-testid="export-title" onChange={(e) => setExportOptions({ title: e.target.value })} />
          </label>
          <label className="field">
            <span>{t('export.report.language')}</span>
            <select value={s.language ?? locale} data-testid="export-language" onChange={(e) => setExportOptions({ language: e.target.value as Locale })}>
              {LOCALES.map((l) => <option key={l} value={l}>{t(`export.report.languages.${l}`)}</option>)}
            </select>
          </label>
        </div>
        <div className="field-row">
          <CitationPicker value={exportCitation(s)} testId="export-citation" onChange={(p) => setExportOptions({ ...(p.style ? { style: p.style } : {}), ...(p.locale ? { citationLocale: p.locale } : {}) })} />
        </div>
      </fieldset>
      <fieldset className="export-fieldset" disabled={s.running || !report}>
        <legend>{t('export.include')}</legend>
        <label className="checkbox-row">
          <input type="checkbox" checked={s.includeMemos} data-testid="export-memos" onChange={(e) => setExportOptions({ includeMemos: e.target.checked })} />
          <span>{t('export.memos')}</span>
        </label>
        {s.includeMemos && (
          <label className="field-row export-memo-scope">
            <span>{t('export.memoScope')}</span>
            <select data-testid="export-memo-scope" value={s.memoScope} onChange={(e) => setExportOptions({ memoScope: e.target.value as 'linked' | 'all' })}>
              <option value="linked">{t('export.memoScopeLinked')}</option>
              <option value="all">{t('export.memoScopeAll')}</option>
            </select>
          </label>
        )}
        <label className="checkbox-row">
          <input type="checkbox" checked={s.includeTables} data-testid="export-tables" onChange={(e) => setExportOptions({ includeTables: e.target.checked })} />
          <span>{t('export.tables')}</span>
        </label>
        <label className="checkbox-row">
          <input type="checkbox" checked={s.fullCodebook} data-testid="export-full-codebook" onChange={(e) => setExportOptions({ fullCodebook: e.target.checked })} />
          <span>{t('export.report.fullCodebook')}</span>
        </label>
        {!report && <p className="muted">{t('export.reportOnly')}</p>}
      </fieldset>
      {s.format === 'md' && (
        <fieldset className="export-fieldset" disabled={s.running} data-testid="export-pandoc-options">
          <label className="checkbox-row">
            <input type="checkbox" checked={s.pandoc} data-testid="export-pandoc" onChange={(e) => setExportOptions({ pandoc: e.target.checked })} />
            <span>{t('pandocExport.citations')}</span>
          </label>
          <p className="muted">{t('pandocExport.hint')}</p>
          <label className="field">
            <span>{t('pandocExport.bibliography')}</span>
            <select value={s.bibliography} disabled={!s.pandoc} data-testid="export-bibliography" onChange={(e) => setExportOptions({ bibliography: e.target.value === 'bibtex' ? 'bibtex' : 'csl-json' })}>
              {BIBLIOGRAPHY_FORMATS.map((f) => <option key={f} value={f}>{t(`pandocExport.formats.${f}`)}</option>)}
            </select>
          </label>
        </fieldset>
      )}
      {s.running && (
        <div className="export-progress" data-testid="export-progress">
          <progress max={1} value={s.fraction} aria-label={t('export.progress')} />
          <span>{Math.round(s.fraction * 100)}%</span>
        </div>
      )}
      {s.done && (
        <p className="export-done" data-testid="export-done">
          {t('export.done', { count: s.done.rows, n: formatNumber(s.done.rows), where: s.done.where })}
          {s.done.companion && <><br /><span data-testid="export-done-companion">{t('pandocExport.companion', { where: s.done.companion })}</span></>}
        </p>
      )}
      {s.error && <div className="error-box" data-testid="export-error">{s.error}</div>}
    </Modal>
  );
}
