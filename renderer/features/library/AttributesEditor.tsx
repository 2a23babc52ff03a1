// A side drawer to edit a document's attributes: title, author, issuing organisation,
// countries covered (several), year, document type and language, the attributes the user
// defined (an attribute that replaces the organisation or the type stands in its place; those
// values save as they are typed), and the printed page numbers; below them the document's
// bibliographic record, read-only. A year in the PDF's metadata (its creation date) is offered
// marked as such, never shown as the publication year until the user takes it.
import { useEffect, useState } from 'react';
import type { DocumentMeta } from '../../../shared/domain/document';
import { COUNTRIES, DOCUMENT_TYPES, LANGUAGES, ORGANISATIONS } from '../../../shared/domain/vocabulary';
import { formatNumber, useT, vocabLabel } from '../../i18n/i18n';
import { toggleValue } from './library-table';
import { buildPatch, formFromDocument, isYearValid, pageFixOf, type AttributesForm } from './attributes-form';
import { updateDocument } from './library-store';
import { extractorText } from './extractor-text';
import { recheckDocumentAnchors } from './recheck-anchors';
import { PageNumbersField } from './PageNumbersField';
import { BibRecordPanel } from '../bibliography/BibRecordPanel';
import { metadataYear } from '../../../shared/pdf/metadata-year';
import type { AttributeDefinition } from '../../../shared/domain/attribute';
import { useStore } from '../../state/store';
import { attributeStore, useAttributeEvents } from '../attributes/attribute-store';
import { AttributeValueField } from '../attributes/AttributeValueField';

/** The year box's note on the PDF's creation year: offered (year empty), or the same as the year (check it). */
function MetadataYearNote({ doc, year, onUse }: { doc: DocumentMeta; year: string; onUse: (y: string) => void }) {
  const { t } = useT();
  const meta = metadataYear(doc.pdfDate);
  if (meta === null) return null;
  if (year.trim() === '') {
    return (
      <p className="meta-year small" data-testid="attr-year-metadata">
        {t('attributes.metadataYear', { year: meta })}{' '}
        <button type="button" className="link" data-testid="attr-year-use-metadata" onClick={() => onUse(String(meta))}>{t('attributes.useMetadataYear')}</button>
      </p>
    );
  }
  if (year.trim() === String(meta) && doc.year === meta) {
    return <p className="meta-year small" data-testid="attr-year-same-as-metadata">{t('attributes.sameAsMetadataYear')}</p>;
  }
  return null;
}

function VocabSelect(props: {
  value: string;
  vocab: 'organisation' | 'docType' | 'language';
  ids: readonly string[];
  onChange: (v: string) => void;
  testId: string;
}) {
  const { t } = useT();
  return (
    <select value={props.value} data-testid={props.testId} onChange={(e) => props.onChange(e.target.value)}>
      <option value="">{t('attributes.unknown')}</option>
      {props.ids.map((id) => (
        <option key={id} value={id}>{vocabLabel(props.vocab, id)}</option>
      ))}
    </select>
  );
}

export function AttributesEditor({ doc, onClose }: { doc: DocumentMeta; onClose: () => void }) {
  const { t } = useT();
  const [form, setForm] = useState<AttributesForm>(() => formFromDocument(doc));
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<AttributesForm>) => setForm((f) => ({ ...f, ...patch }));
  const yearOk = isYearValid(form.year) && pageFixOf(doc, form) !== undefined;
  const patch = buildPatch(doc, form);
  const dirty = Object.keys(patch).length > 0;
  const { defs, values } = useStore(attributeStore);
  useEffect(() => useAttributeEvents(), []);
  const docValues = values[doc.id] ?? {};
  const custom = (d: AttributeDefinition) => <AttributeValueField key={d.id} def={d} documentId={doc.id} value={docValues[d.id]} index={d.position} />;
  const replacing = (field: 'organisation' | 'docType') => defs.filter((d) => d.replaces === field);
  const others = defs.filter((d) => d.replaces === '');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const save = async () => {
    if (!yearOk || !form.title.trim()) return;
    if (!dirty) return onClose();
    setSaving(true);
    const ok = await updateDocument(doc.id, patch);
    setSaving(false);
    if (ok) onClose();
  };

  return (
    <aside className="drawer" data-testid="attributes-editor" aria-label={t('attributes.title')}>
      <header className="drawer-head">
        <strong>{t('attributes.title')}</strong>
        <button type="button" className="link" aria-label={t('common.close')} onClick={onClose}>×</button>
      </header>
      <form className="drawer-body" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <p className="muted mono small" title={doc.fileName}>
          {doc.fileName} · {t('attributes.pages', { count: doc.pageCount, n: formatNumber(doc.pageCount) })}
        </p>
        <p className="muted small" data-testid="doc-extractor">
          {extractorText(doc.extractor, t)}{' '}
          <button type="button" className="link" data-testid="doc-recheck-anchors" onClick={() => void recheckDocumentAnchors(doc.id)}>{t('extractor.recheck')}</button>
        </p>
        <label className="field">
          <span>{t('attributes.titleField')}</span>
          <input data-testid="attr-title" value={form.title} onChange={(e) => set({ title: e.target.value })} autoFocus />
        </label>
        <label className="field">
          <span>{t('attributes.author')}</span>
          <input data-testid="attr-author" value={form.author} onChange={(e) => set({ author: e.target.value })} />
        </label>
        {replacing('organisation').length > 0 ? replacing('organisation').map(custom) : (
          <label className="field">
            <span>{t('attributes.organisation')}</span>
            <VocabSelect vocab="organisation" ids={ORGANISATIONS} value={form.organisation} testId="attr-organisation" onChange={(v) => set({ organisation: v })} />
          </label>
        )}
        <fieldset className="field">
          <legend>{t('attributes.countries')}</legend>
          <div className="checkbox-grid">
            {COUNTRIES.map((c) => (
              <label key={c} className="checkbox-row">
                <input
                  type="checkbox"
                  data-testid={`attr-country-${c}`}
                  checked={form.countries.includes(c)}
                  onChange={() => set({ countries: toggleValue(form.countries, c) })}
                />
                <span>{vocabLabel('country', c)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field-row">
          <label className="field">
            <span>{t('attributes.year')}</span>
            <input
              data-testid="attr-year"
              inputMode="numeric"
              maxLength={4}
              className={isYearValid(form.year) ? undefined : 'invalid'}
              value={form.year}
              onChange={(e) => set({ year: e.target.value })}
            />
            {!isYearValid(form.year) && <small className="text-error">{t('attributes.yearInvalid')}</small>}
            <MetadataYearNote doc={doc} year={form.year} onUse={(y) => set({ year: y })} />
          </label>
          <label className="field">
            <span>{t('attributes.language')}</span>
            <VocabSelect vocab="language" ids={LANGUAGES} value={form.language} testId="attr-language" onChange={(v) => set({ language: v })} />
          </label>
        </div>
        {replacing('docType').length > 0 ? replacing('docType').map(custom) : (
          <label className="field">
            <span>{t('attributes.docType')}</span>
            <VocabSelect vocab="docType" ids={DOCUMENT_TYPES} value={form.docType} testId="attr-doctype" onChange={(v) => set({ docType: v })} />
          </label>
        )}
        {others.length > 0 && (
          <section className="custom-attributes" data-testid="attr-custom-section" aria-label={t('attributes.yours')}>
            <h4 className="muted small">{t('attributes.yours')}</h4>
            {others.map(custom)}
          </section>
        )}
        <PageNumbersField doc={doc} form={form} set={set} />
        <BibRecordPanel documentId={doc.id} />
        <footer className="drawer-footer">
          <button type="button" data-testid="attr-cancel" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="primary" data-testid="attr-save" disabled={saving || !yearOk || !form.title.trim()}>
            {t('common.save')}
          </button>
        </footer>
      </form>
    </aside>
  );
}
