// Hovering a highlight shows its codes and comment next to the pointer.
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { codebookStore } from '../codebook/codebook-store';
import { codeLabel } from '../codebook/codebook-tree';
import type { CodingSession } from './coding-session';

export function HighlightTooltip({ session }: { session: CodingSession }) {
  const { t, locale } = useT();
  const { hover, popup } = useStore(session.store);
  const { codes } = useStore(codebookStore);
  if (!hover || popup) return null;
  const a = session.find(hover.id);
  if (!a) return null;
  const byId = new Map(codes.map((c) => [c.id, c]));
  const left = Math.min(hover.x + 14, window.innerWidth - 300);
  return (
    <div className="highlight-tooltip" role="tooltip" data-testid="highlight-tooltip" style={{ left, top: hover.y + 16 }}>
      <div className="highlight-tooltip-codes">
        {a.codeIds.length === 0 && <span className="muted">{t('coding.noCode')}</span>}
        {a.codeIds.map((id) => byId.get(id)).filter((c) => !!c).map((c) => (
          <span key={c!.id} className="tooltip-code"><span className="code-swatch" style={{ background: c!.color }} />{codeLabel(c!, locale)}</span>
        ))}
      </div>
      {a.comment && <div className="highlight-tooltip-comment">{a.comment.length > 300 ? `${a.comment.slice(0, 300)}…` : a.comment}</div>}
    </div>
  );
}
