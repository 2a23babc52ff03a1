// The library: the project's documents in a sortable, filterable table. Double-click or Enter
// opens the reader; Edit opens the attributes editor; Annotations… imports the annotations inside
// the PDF (or a JSON-LD file) and downloads an annotated copy; Remove (or Delete) asks for confirmation
// first, listing what goes with the document; Attach bibliography… attaches a .bib / .ris / CSL-JSON
// file's entries to the documents they describe; Undo (Ctrl+Z) brings a removed document back.
// Attributes… defines the user's own attributes: each gets a sortable column (one that replaces
// the organisation or the type takes that column) and, for choices, a filter; Import values…
// (in that dialog) fills them from a CSV or XLSX table. A year only the PDF's metadata gives is shown marked.
// Only the rows near the viewport are rendered (row-window.ts): a project holds thousands.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentMeta } from '../../../shared/domain/document';
import { formatDate, formatNumber, useT, vocabLabel } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { redo, subscribeUndo, undo, undoStore } from '../coding/undo-store';
import { openAnnotationSources } from '../annotation-sources/annotation-sources-store';
import { BibAttachDialog } from '../bibliography/BibAttachDialog';
import { openBibAttach } from '../bibliography/bib-attach-store';
import { localizeUndoLabel } from '../history/stored-text';
import { importCommand } from '../import/import-commands';
import { openReader } from '../shell/view-store';
import { openZoteroImport } from '../zotero/zotero-store';
import { AttributeFilters } from './AttributeFilters';
import { AttributesEditor } from './AttributesEditor';
import { CasesDrawer } from '../cases/CasesDrawer';
import { OcrBadge } from './OcrBadge';
import type { AttributeDefinition } from '../../../shared/domain/attribute';
import { metadataYear } from '../../../shared/pdf/metadata-year';
import { attributeName, valueText } from '../../../shared/rules/attribute-rules';
import { attributeStore, useAttributeEvents } from '../attributes/attribute-store';
import { AttributeDefinitionsDialog } from '../attributes/AttributeDefinitionsDialog';
import { AttributeImportDialog } from '../attributes/AttributeImportDialog';
import { libraryStore, removeDocumentWithConfirm } from './library-store';
import { LIBRARY_ROW_HEIGHT, rowWindow } from './row-window';
import {
  EMPTY_FILTER, filterDocuments, isFilterActive, nextSort, sortDocuments, type LibraryFilter, type SortKey,
} from './library-table';

const COLUMNS: { key: SortKey; className: string }[] = [
  { key: 'title', className: 'col-title' },
  { key: 'organisation', className: 'col-org' },
  { key: 'countries', className: 'col-countries' },
  { key: 'year', className: 'col-year num' },
  { key: 'docType', className: 'col-type' },
  { key: 'language', className: 'col-lang' },
  { key: 'pageCount', className: 'col-pages num' },
  { key: 'importedAt', className: 'col-imported' },
];

function setFilter(filter: LibraryFilter) {
  libraryStore.set({ filter });
}

function focusRow(from: HTMLElement, delta: number) {
  const rows = Array.from(from.parentElement?.querySelectorAll<HTMLElement>('tr[data-doc-id]') ?? []);
  const i = rows.indexOf(from);
  const next = rows[Math.max(0, Math.min(rows.length - 1, i + delta))];
  next?.focus();
  if (next) libraryStore.set({ selectedId: next.dataset.docId ?? null });
}

export function LibraryView() {
  const { t, locale } = useT();
  const { docs, ocr, sort, filter, selectedId, editingId, loading } = useStore(libraryStore);
  const undoState = useStore(undoStore);
  useEffect(() => subscribeUndo(), []);

  const { defs, values } = useStore(attributeStore);
  useEffect(() => useAttributeEvents(), []);
  const lang = locale === 'ru' ? 'ru' : 'en';
  const rows = useMemo(
    () => sortDocuments(filterDocuments(docs, filter, values), sort, (list, id) => vocabLabel(list, id, locale), locale, { defs, values, lang }),
    [docs, filter, sort, locale, defs, values, lang],
  );
  // An attribute that replaces the organisation or the type takes that column; the others follow the type.
  const replacing = (key: SortKey) => defs.find((d) => d.replaces === key) ?? null;
  const extra = defs.filter((d) => d.replaces === '');
  const attrCell = (d: AttributeDefinition, docId: string) => {
    const text = valueText(values[docId]?.[d.id], d.choices, lang);
    return <td key={d.id} className={d.kind === 'number' ? 'col-attr num' : 'col-attr'} title={text}>{text}</td>;
  };
  const columns: Array<{ key: SortKey; className: string; label: string; numeric?: boolean; def?: AttributeDefinition }> = [];
  for (const c of COLUMNS) {
    const def = replacing(c.key);
    columns.push(def ? { key: `attr:${def.id}`, className: c.className, label: attributeName(def, lang), def } : { ...c, label: t(`library.col.${c.key}`) });
    if (c.key === 'docType') for (const d of extra) columns.push({ key: `attr:${d.id}`, className: d.kind === 'number' ? 'col-attr num' : 'col-attr', label: attributeName(d, lang), numeric: d.kind === 'number' || d.kind === 'date', def: d });
  }
  const editing = editingId ? docs.find((d) => d.id === editingId) ?? null : null;
  const [casesId, setCasesId] = useState<string | null>(null);
  const casesDoc = casesId ? docs.find((d) => d.id === casesId) ?? null : null;

  // The scroll box's position and height, read on scroll and resize, choose the rendered rows.
  const scrollRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 0 });
  const hasTable = docs.length > 0;
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const update = () => setView((v) => (v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight }));
    update();
    el.addEventListener('scroll', update, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    resize?.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      resize?.disconnect();
    };
  }, [hasTable]);
  const win = rowWindow(rows.length, view.top, view.height);

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, doc: DocumentMeta) => {
    if (e.key === 'Enter') openReader(doc.id);
    else if (e.key === 'ArrowDown') { e.preventDefault(); focusRow(e.currentTarget, 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); focusRow(e.currentTarget, -1); }
    else if (e.key === 'Delete') void removeDocumentWithConfirm(doc);
    else if (e.key === 'F2') libraryStore.set({ editingId: doc.id });
  };

  // Ctrl+Z / Ctrl+Shift+Z are the app-wide undo shortcuts (renderer/features/shortcuts).
  const undoTitle = undoState.undoLabel ? t('coding.undoWhat', { what: localizeUndoLabel(undoState.undoLabel, t) }) : t('coding.undo');
  const redoTitle = undoState.redoLabel ? t('coding.redoWhat', { what: localizeUndoLabel(undoState.redoLabel, t) }) : t('coding.redo');

  return (
    <main className="library" data-testid="library">
      <div className="library-toolbar">
        <input
          type="search"
          className="filter-text"
          data-testid="library-filter-text"
          placeholder={t('library.filterPlaceholder')}
          aria-label={t('library.filterPlaceholder')}
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
        />
        <AttributeFilters
          value={filter}
          testIdPrefix="library"
          onChange={(v) => setFilter({ ...filter, ...v, yearFrom: v.yearFrom ?? null, yearTo: v.yearTo ?? null })}
        />
        {isFilterActive(filter) && (
          <button type="button" className="link" data-testid="library-filter-clear" onClick={() => setFilter(EMPTY_FILTER)}>
            {t('filters.clearAll')}
          </button>
        )}
        <div className="spacer" />
        <button type="button" data-testid="library-attributes" onClick={() => attributeStore.set({ managing: true })}>{t('attributeDefs.menu')}</button>
        <button type="button" data-testid="library-zotero" onClick={() => void openZoteroImport()}>{t('zotero.menu')}</button>
        {docs.length > 0 && (
          <button type="button" data-testid="library-bib-attach" onClick={openBibAttach}>{t('bibAttach.menu')}</button>
        )}
        <button type="button" data-testid="library-undo" disabled={!undoState.canUndo} aria-label={undoTitle} title={undoTitle} onClick={() => void undo()}>↶</button>
        <button type="button" data-testid="library-redo" disabled={!undoState.canRedo} aria-label={redoTitle} title={redoTitle} onClick={() => void redo()}>↷</button>
        <span className="muted" data-testid="library-count">
          {isFilterActive(filter)
            ? t('library.countFiltered', { shown: formatNumber(rows.length), count: docs.length })
            : t('library.count', { count: docs.length })}
        </span>
      </div>

      {docs.length === 0 ? (
        <div className="empty-state" data-testid="library-empty">
          <p>{loading ? t('common.loading') : t('library.empty')}</p>
          {!loading && (
            <button type="button" className="primary" onClick={() => void importCommand()}>
              {t('shell.import')}
            </button>
          )}
        </div>
      ) : (
        <div className="table-scroll" ref={scrollRef}>
          <table className="doc-table" data-testid="library-table" aria-rowcount={rows.length + 1}>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th
                    key={c.key}
                    className={c.className}
                    title={c.label}
                    aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                  >
                    <button
                      type="button"
                      className="th-button"
                      data-testid={c.def ? `library-sort-attr-${c.def.position}` : `library-sort-${c.key}`}
                      onClick={() => libraryStore.set({ sort: nextSort(sort, c.key, c.numeric) })}
                    >
                      {c.label}
                      <span className="sort-mark">{sort.key === c.key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}</span>
                    </button>
                  </th>
                ))}
                <th className="col-actions"><span className="sr-only">{t('library.col.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {win.padTop > 0 && <tr aria-hidden="true" className="doc-spacer" data-testid="library-spacer" style={{ height: win.padTop }} />}
              {rows.slice(win.start, win.end).map((d, k) => (
                <tr
                  key={d.id}
                  data-doc-id={d.id}
                  data-testid="library-row"
                  tabIndex={0}
                  aria-selected={selectedId === d.id}
                  aria-rowindex={win.start + k + 2}
                  className={selectedId === d.id ? 'doc-row selected' : 'doc-row'}
                  onClick={() => libraryStore.set({ selectedId: d.id })}
                  onFocus={() => libraryStore.set({ selectedId: d.id })}
                  onDoubleClick={() => openReader(d.id)}
                  onKeyDown={(e) => onRowKey(e, d)}
                >
                  <td className="col-title" title={d.fileName}>
                    <span className="doc-title">{d.title || d.fileName}</span>
                    {d.author && <span className="doc-author"> · {d.author}</span>}
                    <OcrBadge summary={ocr.get(d.id)} />
                  </td>
                  {/* Long values are cut with an ellipsis; the tooltip shows them whole. */}
                  {replacing('organisation') ? attrCell(replacing('organisation')!, d.id) : (
                    <td className="col-org" title={vocabLabel('organisation', d.organisation)}>{vocabLabel('organisation', d.organisation)}</td>
                  )}
                  <td className="col-countries" title={d.countries.map((c) => vocabLabel('country', c)).join(', ')}>
                    {d.countries.map((c) => vocabLabel('country', c)).join(', ')}
                  </td>
                  <td className="col-year num">
                    {d.year ?? (metadataYear(d.pdfDate) !== null && (
                      <span className="meta-year" data-testid="library-metadata-year" title={t('library.metadataYearHint')}>{t('library.metadataYear', { year: metadataYear(d.pdfDate)! })}</span>
                    ))}
                  </td>
                  {replacing('docType') ? attrCell(replacing('docType')!, d.id) : (
                    <td className="col-type" title={vocabLabel('docType', d.docType)}>{vocabLabel('docType', d.docType)}</td>
                  )}
                  {extra.map((def) => attrCell(def, d.id))}
                  <td className="col-lang">{vocabLabel('language', d.language)}</td>
                  <td className="col-pages num">{formatNumber(d.pageCount)}</td>
                  <td className="col-imported" title={formatDate(d.importedAt)}>{formatDate(d.importedAt, locale, 'short')}</td>
                  <td className="col-actions">
                    <div className="row-actions">
                      <button type="button" className="row-action" data-testid="library-open" onClick={() => openReader(d.id)}>
                        {t('library.open')}
                      </button>
                      <button
                        type="button"
                        className="row-action"
                        data-testid="library-edit"
                        onClick={() => libraryStore.set({ editingId: d.id })}
                      >
                        {t('library.edit')}
                      </button>
                      <button type="button" className="row-action" data-testid="library-cases" onClick={() => setCasesId(d.id)}>
                        {t('cases.title')}
                      </button>
                      <button
                        type="button"
                        className="row-action"
                        data-testid="library-annotations"
                        onClick={() => void openAnnotationSources(d)}
                      >
                        {t('annotationSources.button')}
                      </button>
                      <button
                        type="button"
                        className="row-action danger-text"
                        data-testid="library-remove"
                        onClick={() => void removeDocumentWithConfirm(d)}
                      >
                        {t('library.remove.button')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
              {win.padBottom > 0 && <tr aria-hidden="true" className="doc-spacer" data-testid="library-spacer" style={{ height: win.padBottom }} />}
            </tbody>
          </table>
          {rows.length === 0 && (
            <div className="empty-state" data-testid="library-no-match">
              <p>{t('library.noMatch')}</p>
            </div>
          )}
        </div>
      )}
      <BibAttachDialog />
      <AttributeDefinitionsDialog />
      <AttributeImportDialog />
      {casesDoc && <CasesDrawer key={casesDoc.id} doc={casesDoc} onClose={() => setCasesId(null)} />}
      {editing && <AttributesEditor key={editing.id} doc={editing} onClose={() => libraryStore.set({ editingId: null })} />}
    </main>
  );
}
