// The code tree of the evidence filter: one checkbox per code, indented by depth, with its
// coding count within the active filters (own, or with sub-codes when those are included;
// the filters apart from the code selection, so a count says what ticking the code lists);
// any/all and "with sub-codes" above it. Codes without codings are hidden until "show all
// codes" is ticked.
import { codeFieldFor, codeNameFor } from '../../../shared/codebook/code-text';
import { useState } from 'react';
import type { EvidenceFilter } from '../../../shared/domain/evidence';
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { codeLabel } from '../codebook/codebook-tree';
import { codeTreeRows, subtreeCount, toggleId, visibleCodeRows } from './evidence-logic';
import { evidenceStore, setEvidenceFilter } from './evidence-store';

export function CodeFilterTree({ filter }: { filter: EvidenceFilter }) {
  const { t, locale } = useT();
  const { codes, codeCounts } = useStore(evidenceStore);
  const [showEmpty, setShowEmpty] = useState(false);
  const selected = filter.codeIds ?? [];
  const rows = visibleCodeRows(codeTreeRows(codes), showEmpty, selected);
  const count = (id: string, own: number, total: number) => (codeCounts ? (filter.includeSubcodes ? subtreeCount(codes, codeCounts, id) : codeCounts[id] ?? 0) : filter.includeSubcodes ? total : own);
  return (
    <aside className="evidence-codes" aria-label={t('evidence.codes')} data-testid="evidence-code-tree">
      <div className="evidence-codes-head">
        <strong>{t('evidence.codes')}</strong>
        {selected.length > 0 && (
          <button type="button" className="link" data-testid="evidence-codes-clear" onClick={() => void setEvidenceFilter({ codeIds: [] })}>
            {t('filters.clear')}
          </button>
        )}
      </div>
      <div className="evidence-codes-options">
        <label>
          <select
            value={filter.codeMatch ?? 'any'}
            data-testid="evidence-code-match"
            aria-label={t('evidence.match')}
            onChange={(e) => void setEvidenceFilter({ codeMatch: e.target.value as 'any' | 'all' })}
          >
            <option value="any">{t('evidence.matchAny')}</option>
            <option value="all">{t('evidence.matchAll')}</option>
          </select>
        </label>
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={!!filter.includeSubcodes}
            data-testid="evidence-subcodes"
            onChange={(e) => void setEvidenceFilter({ includeSubcodes: e.target.checked })}
          />
          <span>{t('evidence.withSubcodes')}</span>
        </label>
        <label className="checkbox-row">
          <input type="checkbox" checked={showEmpty} data-testid="evidence-show-empty" onChange={(e) => setShowEmpty(e.target.checked)} />
          <span>{t('evidence.showAllCodes')}</span>
        </label>
      </div>
      {rows.length === 0 && <p className="muted">{t('evidence.noCodings')}</p>}
      <ul className="evidence-code-list">
        {rows.map(({ code, depth }) => (
          <li key={code.id} style={{ paddingLeft: 4 + depth * 16 }}>
            <label className="checkbox-row" title={codeFieldFor(code, 'definition', locale) || undefined}>
              <input
                type="checkbox"
                checked={selected.includes(code.id)}
                data-testid={`evidence-code-${codeNameFor(code, 'en')}`}
                onChange={() => void setEvidenceFilter({ codeIds: toggleId(selected, code.id) })}
              />
              <span className="code-swatch" style={{ background: code.color }} aria-hidden="true" />
              <span className="code-name">{codeLabel(code, locale)}</span>
              <span className="count" data-testid="evidence-code-count">{formatNumber(count(code.id, code.codingCount, code.totalCount))}</span>
            </label>
          </li>
        ))}
      </ul>
    </aside>
  );
}
