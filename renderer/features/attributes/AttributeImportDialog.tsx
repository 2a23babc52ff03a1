// "Import attribute values…" in the library: choose a CSV or XLSX file; map its columns (the
// one that names the document — by file name, title or document id — and each value column to
// an attribute, or to none); the preview counts the values to be written and lists every row's
// error with its reason (unknown document, value not in the choices, bad number or date);
// Import writes the valid values as one undoable action.
import { attributeName } from '../../../shared/rules/attribute-rules';
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { Modal } from '../shell/Modal';
import { attributeStore } from './attribute-store';
import { closeAttributeImport, importStore, mapColumn, readImportFile, runAttributeImport, setMapping } from './import-store';

/** The errors table shows this many rows; the count says how many there are in all. */
const SHOWN_ERRORS = 200;

export function AttributeImportDialog() {
  const { t, locale } = useT();
  const s = useStore(importStore);
  const { defs } = useStore(attributeStore);
  if (s.phase === 'closed') return null;
  const lang = locale === 'ru' ? 'ru' : 'en';
  const { table, mapping, preview } = s;
  const busy = s.phase === 'reading' || s.phase === 'importing';

  const footer = (
    <>
      <label className="button-like" data-testid="attr-import-choose">
        {t('attributeImport.chooseFile')}
        <input
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          data-testid="attr-import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void readImportFile(file);
          }}
        />
      </label>
      <div className="spacer" />
      <button type="button" data-testid="attr-import-close" onClick={closeAttributeImport}>{t('common.close')}</button>
      {s.phase !== 'done' && preview && (
        <button type="button" className="primary" data-testid="attr-import-confirm" disabled={busy || preview.valueCount === 0} onClick={() => void runAttributeImport()}>
          {t('attributeImport.confirm', { count: preview.valueCount })}
        </button>
      )}
    </>
  );

  return (
    <Modal title={t('attributeImport.title')} onCancel={closeAttributeImport} footer={footer} testId="attr-import" width={860}>
      <p className="muted">{t('attributeImport.lead')}</p>
      {defs.length === 0 && <p className="muted" data-testid="attr-import-no-defs">{t('attributeImport.noDefinitions')}</p>}
      {s.phase === 'reading' && <p className="muted" data-testid="attr-import-reading">{t('attributeImport.reading', { file: s.fileName })}</p>}
      {s.phase === 'importing' && <p className="muted" data-testid="attr-import-running">{t('attributeImport.running')}</p>}
      {s.error && <p className="error-text" role="alert" data-testid="attr-import-error">{s.error}</p>}
      {table && mapping && (
        <>
          <p data-testid="attr-import-file-summary">
            {t('attributeImport.fileSummary', { file: s.fileName, count: table.rows.length, columns: table.columns.length })}
            {table.truncated && <span className="muted"> {t('attributeImport.truncated')}</span>}
          </p>
          <div className="field-row">
            <label className="field">
              <span>{t('attributeImport.matchColumn')}</span>
              <select data-testid="attr-import-match-column" value={mapping.matchColumn} onChange={(e) => setMapping({ matchColumn: e.target.value })}>
                {table.columns.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            </label>
            <label className="field">
              <span>{t('attributeImport.matchBy')}</span>
              <select data-testid="attr-import-match-by" value={mapping.matchBy} onChange={(e) => setMapping({ matchBy: e.target.value as typeof mapping.matchBy })}>
                {(['fileName', 'title', 'id'] as const).map((m) => <option key={m} value={m}>{t(`attributeImport.by.${m}`)}</option>)}
              </select>
            </label>
          </div>
          <table className="colour-table" data-testid="attr-import-mapping">
            <thead>
              <tr><th>{t('attributeImport.colColumn')}</th><th>{t('attributeImport.colAttribute')}</th><th>{t('attributeImport.colSample')}</th></tr>
            </thead>
            <tbody>
              {table.columns.filter((c) => c !== mapping.matchColumn).map((c) => (
                <tr key={c}>
                  <td>{c}</td>
                  <td>
                    <select data-testid={`attr-import-map-${table.columns.indexOf(c)}`} value={mapping.columns[c] ?? ''} onChange={(e) => mapColumn(c, e.target.value)}>
                      <option value="">{t('attributeImport.skip')}</option>
                      {defs.map((d) => <option key={d.id} value={d.id}>{attributeName(d, lang)}</option>)}
                    </select>
                  </td>
                  <td className="muted">{table.rows.slice(0, 2).map((r) => r[table.columns.indexOf(c)]).filter(Boolean).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {preview && (
        <>
          <p data-testid="attr-import-preview">
            {s.phase === 'done' && s.result
              ? t('attributeImport.done', { count: s.result.written, rows: formatNumber(s.result.rows.length) })
              : t('attributeImport.previewSummary', { count: preview.valueCount, rows: formatNumber(preview.rows.length) })}
          </p>
          {preview.errors.length > 0 && (
            <>
              <p className="error-text" data-testid="attr-import-error-count">{t('attributeImport.errorCount', { count: preview.errors.length })}</p>
              <div className="attr-import-errors">
                <table className="colour-table" data-testid="attr-import-errors">
                  <thead>
                    <tr><th className="num">{t('attributeImport.colRow')}</th><th>{t('attributeImport.colColumn')}</th><th>{t('attributeImport.colValue')}</th><th>{t('attributeImport.colReason')}</th></tr>
                  </thead>
                  <tbody>
                    {preview.errors.slice(0, SHOWN_ERRORS).map((e) => (
                      <tr key={`${e.row}-${e.column}`} data-testid="attr-import-error-row" data-problem={e.problem}>
                        <td className="num">{e.row}</td>
                        <td>{e.column}</td>
                        <td className="mono">{e.value}</td>
                        <td>{t(`attributeImport.problem.${e.problem}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </Modal>
  );
}
