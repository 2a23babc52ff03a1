// The "Import from Zotero" dialog: the Zotero data directory found on this machine (or typed,
// or chosen in a folder dialog), the library's collections beside its items with checkboxes,
// the import's progress, and what happened to each item (imported / updated / unchanged /
// skipped, with the reason in the interface's language).
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { projectStore } from '../project/project-store';
import { Modal } from '../shell/Modal';
import {
  chooseCollection, stopZoteroImport, chooseDataDir, closeZoteroImport, importSelected, readLibrary, selectVisible, setDataDir, setFilter, toggleItem, zoteroStore,
} from './zotero-store';
import { collectionTree, itemId, visibleItems } from './zotero-view';
import './zotero.css';

export function ZoteroImportDialog() {
  const { t } = useT();
  const s = useStore(zoteroStore);
  const { appInfo } = useStore(projectStore);
  if (s.phase === 'closed') return null;
  const busy = s.phase === 'locating' || s.phase === 'scanning' || s.phase === 'importing';
  const items = s.scan ? visibleItems(s.scan, s.collectionKey, s.filter) : [];
  const origin = s.location?.candidates.find((c) => c.path === s.dataDir)?.origin;

  const footer = (
    <>
      {s.scan && s.phase !== 'done' && (
        <>
          <button type="button" className="link" onClick={() => selectVisible(true)} disabled={busy}>{t('zotero.selectAll')}</button>
          <button type="button" className="link" onClick={() => selectVisible(false)} disabled={busy}>{t('zotero.selectNone')}</button>
        </>
      )}
      <div className="spacer" />
      <button type="button" data-testid="zotero-close" onClick={closeZoteroImport} disabled={s.phase === 'importing'}>{t('zotero.close')}</button>
      {s.scan && s.phase !== 'done' && (
        <button type="button" className="primary" data-testid="zotero-import" disabled={busy || s.selected.size === 0} onClick={() => void importSelected()}>
          {t('zotero.import', { count: s.selected.size })}
        </button>
      )}
    </>
  );

  return (
    <Modal title={t('zotero.title')} onCancel={() => s.phase !== 'importing' && closeZoteroImport()} footer={footer} testId="zotero-dialog" width={860}>
      <form
        className="zotero-dir"
        onSubmit={(e) => {
          e.preventDefault();
          void readLibrary();
        }}
      >
        <label htmlFor="zotero-data-dir">{t('zotero.dataDir')}</label>
        <input id="zotero-data-dir" type="text" data-testid="zotero-data-dir" value={s.dataDir} disabled={busy} onChange={(e) => setDataDir(e.target.value)} />
        {appInfo?.host === 'electron' && (
          <button type="button" data-testid="zotero-choose" disabled={busy} onClick={() => void chooseDataDir()}>{t('zotero.choose')}</button>
        )}
        <button type="submit" data-testid="zotero-read" disabled={busy || !s.dataDir.trim()}>{t('zotero.read')}</button>
      </form>
      {origin && <p className="muted">{t(`zotero.origin.${origin}`)}</p>}
      {s.location && !s.location.dataDir && !s.scan && <p data-testid="zotero-not-found">{t('zotero.notFound')}</p>}
      {s.error && <p className="error-text" role="alert" data-testid="zotero-error">{s.error}</p>}
      {s.phase === 'scanning' && <p className="muted">{t('zotero.reading')}</p>}
      {s.scan?.newerSchema && <p className="muted" data-testid="zotero-newer">{t('zotero.newerSchema', { version: s.scan.schemaVersion })}</p>}
      {s.scan && s.phase !== 'done' && (
        <div className="zotero-body">
          <nav className="zotero-collections" aria-label={t('zotero.collections')}>
            <button type="button" aria-pressed={s.collectionKey === null} data-testid="zotero-collection-all" onClick={() => chooseCollection(null)}>
              {t('zotero.allItems')}
            </button>
            {collectionTree(s.scan.collections).map(({ collection, depth }) => (
              <button
                key={`${collection.libraryId}:${collection.key}`}
                type="button"
                aria-pressed={s.collectionKey === collection.key}
                data-testid={`zotero-collection-${collection.key}`}
                style={{ paddingLeft: 6 + depth * 14 }}
                onClick={() => chooseCollection(collection.key)}
              >
                {collection.name}
              </button>
            ))}
          </nav>
          <div className="zotero-items">
            <input type="search" placeholder={t('zotero.filter')} aria-label={t('zotero.filter')} value={s.filter} onChange={(e) => setFilter(e.target.value)} />
            <p className="muted" data-testid="zotero-item-count">{t('zotero.itemCount', { count: items.length })}</p>
            {items.map((i) => (
              <label key={itemId(i)} data-testid={`zotero-item-${i.key}`}>
                <input type="checkbox" checked={s.selected.has(itemId(i))} disabled={busy} onChange={() => toggleItem(itemId(i))} />
                <span>
                  {i.title || i.key}
                  <span className="meta">
                    {' — '}
                    {[i.creators, i.year ?? '', i.pdfCount > 0 ? t('zotero.pdfCount', { count: i.pdfCount }) : t('zotero.noPdf'), i.annotationCount > 0 ? t('zotero.annotationCount', { count: i.annotationCount }) : '']
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </div>
      )}
      {s.phase === 'importing' && s.progress && (
        <p data-testid="zotero-progress" aria-live="polite">
          {t(`zotero.phase.${s.progress.phase}`, { done: s.progress.done, total: s.progress.total })}
          <progress max={Math.max(1, s.progress.total)} value={s.progress.done} />
          <button type="button" data-testid="zotero-stop" onClick={() => void stopZoteroImport()}>{t('zotero.stop')}</button>
        </p>
      )}
      {s.result && (
        <>
          <p data-testid="zotero-summary">
            {t('zotero.summary', { imported: s.result.imported, updated: s.result.updated, unchanged: s.result.unchanged, skipped: s.result.skipped })}
            {s.result.annotationsAdded > 0 && ` · ${t('zotero.annotationsAdded', { count: s.result.annotationsAdded })}`}
          </p>
          <ul className="zotero-results" data-testid="zotero-results">
            {s.result.items.map((r) => (
              <li key={`${r.libraryId}:${r.key}`} data-testid={`zotero-result-${r.key}`} data-outcome={r.outcome}>
                <strong>{t(`zotero.outcome.${r.outcome}`)}</strong> {r.title || r.key}
                {r.annotationsAdded > 0 && ` · ${t('zotero.annotationsAdded', { count: r.annotationsAdded })}`}
                {r.reasonCode && <span className="muted"> — {errorMessage({ code: r.reasonCode, message: r.reason ?? '', params: r.reasonParams })}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </Modal>
  );
}
