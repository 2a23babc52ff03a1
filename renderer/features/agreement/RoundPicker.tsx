// The agreement view's choice of independent-coding round ("every coding" or a round: sent by
// whom, when) and the note that says what a round's figures were computed on.
import type { Coder } from '../../../shared/domain/code';
import type { CodingRound } from '../../../shared/domain/rounds';
import type { IndependentScope } from '../../../shared/domain/share';
import { formatDate, useT } from '../../i18n/i18n';

export function RoundPicker({ rounds, coders, value, onChange }: { rounds: CodingRound[]; coders: Coder[]; value: string; onChange(id: string | null): void }) {
  const { t } = useT();
  if (rounds.length === 0) return null;
  const names = (ids: string[]) => coders.filter((c) => ids.includes(c.id)).map((c) => c.name).join(', ');
  return (
    <label className="agreement-round">
      <span>{t('independent.round')}</span>
      <select data-testid="agreement-round" value={value} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('independent.allCodings')}</option>
        {rounds.map((r) => (
          <option key={r.id} value={r.id} disabled={r.independentCoderIds.length < 2}>
            {t('independent.roundLabel', { sender: r.senderName, date: formatDate(r.sentAt), coders: names(r.independentCoderIds) || t('independent.notMergedBack') })}
          </option>
        ))}
      </select>
    </label>
  );
}

export function IndependentScopeNote({ scope }: { scope: IndependentScope }) {
  const { t, locale } = useT();
  const names = new Intl.ListFormat(locale === 'ru' ? 'ru' : 'en', { type: 'conjunction' }).format(scope.coderNames);
  return (
    <p className="independent-scope" data-testid="agreement-independent">
      {t('independent.scope', { count: scope.documents, names })}
    </p>
  );
}
