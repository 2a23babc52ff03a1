// A side drawer for one document's cases: "Make cases from outline…" (choose the outline
// level, preview the cases it makes, create them as one undoable action); for a PDF without an
// outline, "Find headings…" (the same preview over the headings its layout shows, by style);
// "New case from pages…" (a name and a page range); and the document's cases (rename, set the
// country, delete). Cases are made and changed through the contract (cases.*); the analysis
// view groups codings by them.
import { useCallback, useEffect, useState } from 'react';
import type { Case, CaseSource, OutlinePlan } from '../../../shared/domain/case';
import { toErrorData } from '../../../shared/errors';
import type { DocumentMeta } from '../../../shared/domain/document';
import { COUNTRIES } from '../../../shared/domain/vocabulary';
import { api, onEvent } from '../../api';
import { errorMessage, useT, vocabLabel } from '../../i18n/i18n';

function CountrySelect({ value, onChange, testId }: { value: string; onChange: (v: string) => void; testId: string }) {
  const { t } = useT();
  const known = (COUNTRIES as readonly string[]).includes(value) || value === '';
  return (
    <select value={value} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('cases.noCountry')}</option>
      {!known && <option value={value}>{value}</option>}
      {COUNTRIES.map((id) => <option key={id} value={id}>{vocabLabel('country', id)}</option>)}
    </select>
  );
}

/** "pp. 3–5", or "p. 13" for one page (0-based in, as printed out). */
function pagesLabel(t: ReturnType<typeof useT>['t'], first: number, last: number): string {
  return first === last ? t('cases.page', { page: first + 1 }) : t('cases.pages', { first: first + 1, last: last + 1 });
}

function CaseRow({ c, onChanged }: { c: Case; onChanged: (err?: unknown) => void }) {
  const { t } = useT();
  const [name, setName] = useState(c.name);
  const update = (patch: { name?: string; country?: string }) => api['cases.update']({ id: c.id, patch }).then(() => onChanged(), onChanged);
  const pages = c.segments.map((s) => pagesLabel(t, s.firstPage, s.lastPage)).join(', ');
  return (
    <li className="case-row" data-testid="case-row">
      <input
        value={name}
        aria-label={t('cases.name')}
        data-testid="case-name"
        onChange={(e) => setName(e.target.value)}
        onBlur={() => name.trim() && name !== c.name && void update({ name })}
      />
      <CountrySelect value={c.country} testId="case-country" onChange={(country) => void update({ country })} />
      <span className="muted">{pages}</span>
      <button type="button" className="link danger-text" data-testid="case-delete" onClick={() => void api['cases.delete']({ id: c.id }).then(() => onChanged(), onChanged)}>
        {t('cases.delete')}
      </button>
    </li>
  );
}

/** "New case from pages…": a name and a 1-based page range of this document. */
function ManualCase({ doc, onMade }: { doc: DocumentMeta; onMade: (c: Case | null, err?: unknown) => void }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [first, setFirst] = useState(1);
  const [last, setLast] = useState(doc.pageCount || 1);
  if (!open) {
    return (
      <button type="button" data-testid="cases-manual" onClick={() => setOpen(true)}>
        {t('cases.manual')}
      </button>
    );
  }
  const make = () =>
    api['cases.create']({ documentId: doc.id, name, firstPage: first - 1, lastPage: last - 1 }).then(
      (c) => {
        setOpen(false);
        setName('');
        onMade(c);
      },
      (err) => onMade(null, err),
    );
  return (
    <form className="cases-manual" data-testid="cases-manual-form" onSubmit={(e) => { e.preventDefault(); void make(); }}>
      <input value={name} placeholder={t('cases.manualName')} aria-label={t('cases.manualName')} data-testid="cases-manual-name" onChange={(e) => setName(e.target.value)} />
      <label>
        {t('cases.manualFirst')}{' '}
        <input type="number" min={1} max={doc.pageCount || undefined} value={first} data-testid="cases-manual-first" onChange={(e) => setFirst(Number(e.target.value))} />
      </label>{' '}
      <label>
        {t('cases.manualLast')}{' '}
        <input type="number" min={1} max={doc.pageCount || undefined} value={last} data-testid="cases-manual-last" onChange={(e) => setLast(Number(e.target.value))} />
      </label>{' '}
      <button type="submit" className="primary" disabled={!name.trim()} data-testid="cases-manual-create">{t('cases.manualCreate')}</button>{' '}
      <button type="button" onClick={() => setOpen(false)}>{t('cases.cancel')}</button>
    </form>
  );
}

export function CasesDrawer({ doc, onClose }: { doc: DocumentMeta; onClose: () => void }) {
  const { t } = useT();
  const [plan, setPlan] = useState<OutlinePlan | null>(null);
  const [level, setLevel] = useState<number | undefined>(undefined);
  const [cases, setCases] = useState<Case[]>([]);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  // The outline's absence offers the headings instead; `finding` while the pages are read.
  const [noOutline, setNoOutline] = useState(false);
  const [finding, setFinding] = useState(false);
  const [pages, setPages] = useState<{ done: number; total: number } | null>(null);
  useEffect(
    () => onEvent('cases.progress', (e) => e.documentId === doc.id && setPages({ done: e.pagesDone, total: e.pageCount })),
    [doc.id],
  );
  const source: CaseSource = plan?.source ?? 'outline';

  const reload = useCallback(async (err?: unknown) => {
    setError(err ? errorMessage(err) : '');
    const all = await api['cases.list']();
    setCases(all.filter((c) => c.segments.some((s) => s.documentId === doc.id)));
  }, [doc.id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const preview = async (lvl?: number, from: CaseSource = 'outline') => {
    setMessage('');
    if (from === 'headings') {
      setFinding(true);
      setPages(null);
    }
    try {
      const p = await api['cases.outline']({ documentId: doc.id, ...(lvl === undefined ? {} : { level: lvl }), ...(from === 'headings' ? { source: from } : {}) });
      setPlan(p);
      setLevel(p.level);
      setError('');
      setNoOutline(false);
    } catch (err) {
      setPlan(null);
      if (toErrorData(err).code === 'case.noOutline') {
        setNoOutline(true);
        setError('');
      } else setError(errorMessage(err));
    } finally {
      setFinding(false);
    }
  };

  const create = async () => {
    try {
      const made = await api['cases.fromOutline']({ documentId: doc.id, level, ...(source === 'headings' ? { source } : {}) });
      setPlan(null);
      setMessage(t('cases.created', { count: made.length }));
      await reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <aside className="drawer cases-drawer" data-testid="cases-drawer" aria-label={t('cases.title')}>
      <header className="drawer-head">
        <strong>{t('cases.title')}: {doc.title}</strong>
        <button type="button" className="link" aria-label={t('common.close')} onClick={onClose}>×</button>
      </header>
      <div className="drawer-body">
        {!plan && !noOutline && (
          <div className="cases-actions">
            <button type="button" data-testid="cases-from-outline" onClick={() => void preview()}>
              {t('cases.fromOutline')}
            </button>
            <ManualCase doc={doc} onMade={(c, err) => { if (c) setMessage(t('cases.manualCreated', { name: c.name })); void reload(err); }} />
          </div>
        )}
        {!plan && noOutline && (
          <section className="cases-no-outline" data-testid="cases-no-outline">
            <p>{t('cases.noOutlineOffer')}</p>
            <button type="button" className="primary" data-testid="cases-from-headings" disabled={finding} onClick={() => void preview(undefined, 'headings')}>
              {t('cases.fromHeadings')}
            </button>{' '}
            <button type="button" onClick={() => setNoOutline(false)}>{t('cases.cancel')}</button>
            {finding && (
              <p className="muted" role="status" data-testid="cases-finding">
                {pages ? t('cases.findingHeadingsPages', { done: pages.done, total: pages.total }) : t('cases.findingHeadings')}
              </p>
            )}
          </section>
        )}
        {plan && (
          <section className="cases-plan" data-testid="cases-plan">
            {source === 'headings' && <p className="muted" data-testid="cases-headings-found">{t('cases.headingsFound', { count: plan.levels.reduce((a, b) => a + b, 0) })}</p>}
            <label>
              {t(source === 'headings' ? 'cases.headingLevel' : 'cases.level')}{' '}
              <select value={level} data-testid="cases-level" onChange={(e) => void preview(Number(e.target.value), source)}>
                {plan.levels.map((n, i) => (n > 0 ? <option key={i} value={i}>{t(source === 'headings' ? 'cases.headingLevelOption' : 'cases.levelOption', { level: i + 1, count: n })}</option> : null))}
              </select>
            </label>
            <p data-testid="cases-preview-count">{t('cases.preview', { count: plan.cases.length })}</p>
            <ol className="cases-preview" data-testid="cases-preview">
              {plan.cases.map((c, i) => (
                <li key={i}>
                  {c.name} — {pagesLabel(t, c.firstPage, c.lastPage)}
                  {c.country && <> · {vocabLabel('country', c.country)}</>}
                </li>
              ))}
            </ol>
            <button type="button" className="primary" data-testid="cases-create" onClick={() => void create()}>{t('cases.create')}</button>{' '}
            <button type="button" onClick={() => setPlan(null)}>{t('cases.cancel')}</button>
          </section>
        )}
        {message && <p className="muted" data-testid="cases-message">{message}</p>}
        {error && <p className="error" role="alert" data-testid="cases-error">{error}</p>}
        {cases.length === 0 ? (
          <p className="muted" data-testid="cases-empty">{t('cases.empty')}</p>
        ) : (
          <ul className="cases-list" data-testid="cases-list">
            {cases.map((c) => <CaseRow key={`${c.id}:${c.updatedAt}`} c={c} onChanged={(err) => void reload(err)} />)}
          </ul>
        )}
      </div>
    </aside>
  );
}
