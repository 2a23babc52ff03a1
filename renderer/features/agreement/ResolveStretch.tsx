// One disputed stretch's reconciliation (issue 11): adopt A's, adopt B's, both, neither, or edit
// (one consensus highlight over exactly the stretch, then editable like any highlight); once resolved, the
// choice is shown instead. Each resolution is an undoable action in the History.
import type { ConsensusChoice } from '../../../shared/domain/rounds';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { type SideBySideRow, stretchKey } from './agreement-logic';
import { agreementStore, resolveStretch } from './agreement-store';

const CHOICES: ConsensusChoice[] = ['adoptA', 'adoptB', 'both', 'neither', 'edit'];

export function ResolveStretch({ row, stretch, coders }: {
  row: SideBySideRow;
  stretch: { start: number; end: number };
  coders: Array<{ id: string; name: string }>;
}) {
  const { t } = useT();
  const { resolutions } = useStore(agreementStore);
  const key = stretchKey({ ...row, ...stretch });
  const done = resolutions.find((r) => stretchKey(r) === key);
  const label = (c: ConsensusChoice) => t(`independent.choice.${c}`, { a: coders[0].name, b: coders[1].name });
  if (done) {
    return (
      <span className="consensus-done small" data-testid="consensus-resolved">
        {t('independent.resolved', { choice: label(done.choice) })}
      </span>
    );
  }
  return (
    <span className="consensus-actions" role="group" aria-label={t('independent.resolve')}>
      {CHOICES.map((c) => (
        <button key={c} type="button" className="link small" data-testid={`consensus-${c}`} onClick={() => void resolveStretch(row, stretch, c)}>
          {label(c)}
        </button>
      ))}
    </span>
  );
}
