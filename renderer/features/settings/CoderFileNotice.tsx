// A banner under the top bar when this installation's coder.json could not be used as it was
// (coder.problem): repaired with the id kept, replaced by a new identity, or unreadable. It
// names the file and the copy of the damaged one, and stays until dismissed: a researcher
// whose identity changed must know, because their highlights are attributed by that id.
import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { CoderFileProblem } from '../../../shared/domain/code';
import { useT } from '../../i18n/i18n';

export function CoderFileNotice() {
  const { t } = useT();
  const [problem, setProblem] = useState<CoderFileProblem | null>(null);
  useEffect(() => {
    void api['coder.problem']().then(setProblem).catch(() => undefined);
  }, []);
  if (!problem) return null;
  return (
    <div className={`coder-file-notice ${problem.kind === 'repaired' ? 'warn' : 'error'}`} role="alert" data-testid="coder-file-notice" data-kind={problem.kind}>
      <p>
        <strong>{t(`coderFile.${problem.kind}`)}</strong>{' '}
        {t('coderFile.where', { file: problem.file })}{' '}
        {problem.backupPath ? t('coderFile.copy', { path: problem.backupPath }) : null}
      </p>
      <p className="muted small">{problem.detail}</p>
      <button type="button" className="link" data-testid="coder-file-dismiss" onClick={() => setProblem(null)}>{t('common.close')}</button>
    </div>
  );
}
