// The memo manager (issue 14 item 7): the research journal's memos on the left — searched in
// title and text, sorted, filtered by the item they are linked to, made and deleted — and the
// open memo on the right (MemoPage). State lives in memo-list-store.ts and memo-draft.ts; the
// open memo stays open across views, so a passage can be inserted from the evidence browser or
// the reader and the memo is where the user left it.
import { useEffect, useState } from 'react';
import type { MemoSummary } from '../../../shared/domain/memo';
import { errorMessage, formatDate, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { memoDraft, openDraft, followChanges } from './memo-draft';
import { createJournalMemo, followListChanges, memoList, refreshMemos, setMemoQuery } from './memo-list-store';
import { useLinkTargets } from './memo-targets';
import { MemoPage } from './MemoPage';

export function MemoManager() {
  const { t, locale } = useT();
  const list = useStore(memoList);
  const draft = useStore(memoDraft);
  const targets = useLinkTargets(locale);
  const [newTitle, setNewTitle] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    followChanges();
    followListChanges();
    void refreshMemos();
  }, [locale]);

  const create = async () => {
    if (newTitle === null || newTitle.trim() === '') return;
    try {
      await createJournalMemo(newTitle);
      setNewTitle(null);
      setError(null);
    } catch (e) {
      setError(e);
    }
  };
  const filterValue = list.linked ? `${list.linked.kind}:${list.linked.id}` : '';
  const kinds = ['code', 'document', 'case'] as const;

  return (
    <main className="memo-manager" data-testid="memo-manager">
      <aside className="memo-list-pane" aria-label={t('memos.manager.title')}>
        <div className="memo-list-tools">
          <input
            type="search"
            data-testid="memo-search"
            placeholder={t('memos.manager.search')}
            aria-label={t('memos.manager.search')}
            value={list.search}
            onChange={(e) => setMemoQuery({ search: e.target.value })}
          />
          <div className="memo-list-row">
            <label className="small">
              <span>{t('memos.manager.sortLabel')}</span>
              <select data-testid="memo-sort" value={list.sort} onChange={(e) => setMemoQuery({ sort: e.target.value as typeof list.sort })}>
                <option value="updated">{t('memos.manager.sortUpdated')}</option>
                <option value="title">{t('memos.manager.sortTitle')}</option>
                <option value="created">{t('memos.manager.sortCreated')}</option>
              </select>
            </label>
            <label className="small">
              <span>{t('memos.manager.filterLabel')}</span>
              <select
                data-testid="memo-filter"
                value={filterValue}
                onChange={(e) => {
                  const [kind, ...id] = e.target.value.split(':');
                  setMemoQuery({ linked: e.target.value ? { kind: kind as (typeof kinds)[number], id: id.join(':') } : null });
                }}
              >
                <option value="">{t('memos.manager.filterAll')}</option>
                {kinds.map((k) => (
                  <optgroup key={k} label={t(`memos.manager.kind.${k}`)}>
                    {targets.filter((x) => x.kind === k).map((x) => <option key={x.id} value={`${k}:${x.id}`}>{x.label}</option>)}
                  </optgroup>
                ))}
              </select>
            </label>
          </div>
          {newTitle === null ? (
            <button type="button" className="primary" data-testid="memo-new" onClick={() => setNewTitle('')}>{t('memos.manager.new')}</button>
          ) : (
            <form className="memo-new-form" onSubmit={(e) => (e.preventDefault(), void create())}>
              <input
                autoFocus
                data-testid="memo-new-title"
                maxLength={300}
                aria-label={t('memos.manager.newTitle')}
                placeholder={t('memos.manager.newTitle')}
                value={newTitle}
                onChange={(e) => setNewTitle(e.target.value)}
                onKeyDown={(e) => e.key === 'Escape' && setNewTitle(null)}
              />
              <button type="submit" className="primary" data-testid="memo-create" disabled={newTitle.trim() === ''}>{t('memos.manager.create')}</button>
              <button type="button" onClick={() => setNewTitle(null)}>{t('memos.manager.cancel')}</button>
            </form>
          )}
          {error !== null && <p className="error small" role="alert">{errorMessage(error)}</p>}
        </div>
        {list.items && <p className="muted small" data-testid="memo-count">{t('memos.manager.count', { count: list.items.length })}</p>}
        {list.error !== null && <p className="error small" role="alert">{errorMessage(list.error)}</p>}
        <ul className="memo-list" data-testid="memo-list">
          {list.items?.map((m) => <MemoRow key={m.id} memo={m} open={draft.id === m.id} />)}
        </ul>
        {list.items?.length === 0 && (
          <p className="muted small" data-testid="memo-empty">{list.search || list.linked ? t('memos.manager.noMatch') : t('memos.manager.none')}</p>
        )}
      </aside>
      <section className="memo-page-pane">
        {draft.id ? <MemoPage key={draft.id} targets={targets} /> : <p className="muted memo-select-hint">{t('memos.manager.select')}</p>}
      </section>
    </main>
  );
}

function MemoRow({ memo, open }: { memo: MemoSummary; open: boolean }) {
  const { t } = useT();
  return (
    <li className={open ? 'memo-item open' : 'memo-item'} data-testid="memo-item" data-memo-id={memo.id}>
      <button type="button" className="memo-item-button" aria-current={open || undefined} onClick={() => void openDraft(memo.id)}>
        <span className="memo-item-title">{memo.title}</span>
        <span className="muted small">{t('memos.manager.editedAt', { date: formatDate(memo.updatedAt) })}</span>
        {memo.excerpt && <span className="memo-item-excerpt small">{memo.excerpt}</span>}
        {memo.links.length > 0 && (
          <span className="memo-item-links small">
            {memo.links.slice(0, 4).map((l) => <span key={l.id} className="chip">{l.label}</span>)}
            {memo.links.length > 4 && <span className="muted">+{memo.links.length - 4}</span>}
          </span>
        )}
      </button>
    </li>
  );
}
