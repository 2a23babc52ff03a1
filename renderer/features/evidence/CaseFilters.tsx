// The filter bar's case filters (issue 14): by case and by case country, shown once the project
// has cases. The backend keeps the passages lying in the chosen cases (main/core/cases/
// case-filter.ts), so the browser, the analysis views and the exports follow them. The list of
// cases reloads after every coding action (cases are made and undone as such).
import { useEffect, useMemo, useState } from 'react';
import type { Case } from '../../../shared/domain/case';
import { api, onEvent } from '../../api';
import { useT, vocabLabel } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { CheckboxMenu } from '../shell/CheckboxMenu';
import { toggleId } from './evidence-logic';
import { evidenceStore, setEvidenceFilter } from './evidence-store';

export function CaseFilters({ testIdPrefix }: { testIdPrefix: string }) {
  const { t } = useT();
  const { filter } = useStore(evidenceStore);
  const [cases, setCases] = useState<Case[]>([]);
  useEffect(() => {
    let live = true;
    const load = () => void api['cases.list']().then((all) => live && setCases(all), () => undefined);
    load();
    const off = onEvent('coding.changed', load);
    return () => {
      live = false;
      off();
    };
  }, []);
  const countries = useMemo(
    () =>
      [...new Set(cases.map((c) => c.country).filter(Boolean))]
        .map((id) => ({ id, label: vocabLabel('country', id) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [cases],
  );
  if (cases.length === 0) return null;
  return (
    <>
      <CheckboxMenu
        label={t('cases.filterCountry')}
        options={countries}
        selected={filter.caseCountries ?? []}
        onToggle={(id) => void setEvidenceFilter({ caseCountries: toggleId(filter.caseCountries, id) })}
        onClear={() => void setEvidenceFilter({ caseCountries: [] })}
        clearLabel={t('filters.clear')}
        testId={`${testIdPrefix}-filter-case-countries`}
      />
      <CheckboxMenu
        label={t('cases.filterCase')}
        options={cases.map((c) => ({ id: c.id, label: c.name }))}
        selected={filter.caseIds ?? []}
        onToggle={(id) => void setEvidenceFilter({ caseIds: toggleId(filter.caseIds, id) })}
        onClear={() => void setEvidenceFilter({ caseIds: [] })}
        clearLabel={t('filters.clear')}
        testId={`${testIdPrefix}-filter-cases`}
      />
    </>
  );
}
