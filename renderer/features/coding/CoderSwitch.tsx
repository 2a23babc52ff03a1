// The "whose highlights" switch: me / everyone / one coder, shown in the reader's toolbar, the
// annotations panel and the evidence browser; all three set the one shared coder view.
import { useEffect } from 'react';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { projectStore } from '../project/project-store';
import { type CoderView, EVERYONE, ME } from './coder-view';
import { coderViewStore, loadCoderView, setCoderView } from './coder-view-store';

export function CoderSwitch({ testId, value, onChange }: { testId: string; value?: CoderView | null; onChange?: (view: CoderView) => void }) {
  const { t } = useT();
  const { view, me, coders } = useStore(coderViewStore);
  const { project } = useStore(projectStore);
  useEffect(() => {
    void loadCoderView(project?.path ?? null);
  }, [project?.path]);
  const others = coders.filter((c) => c.id !== me?.id);
  const current = value === undefined ? view : (value ?? '');
  return (
    <label className="coder-switch">
      <span className="sr-only">{t('independent.switchLabel')}</span>
      <select
        data-testid={testId}
        value={current}
        title={t('independent.switchLabel')}
        onChange={(e) => (onChange ?? setCoderView)(e.target.value)}
      >
        {value === null && <option value="">{t('independent.several')}</option>}
        <option value={ME}>{t('independent.me')}</option>
        <option value={EVERYONE}>{t('independent.everyone')}</option>
        {others.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
