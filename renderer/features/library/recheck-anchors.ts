// "Re-check anchors" in the document info: re-extracts the document with the current extractor,
// shows what would move or become an orphan, and applies it (one undoable action) only after
// the user confirms.
import type { AnchorRecheck } from '../../../shared/domain/document';
import { api } from '../../api';
import { errorMessage, t } from '../../i18n/i18n';
import { askConfirm, notify } from '../shell/dialogs-store';

export function recheckSummary(r: AnchorRecheck, tr: typeof t = t): string {
  return tr('extractor.counts', { highlights: r.highlights, unchanged: r.unchanged, moved: r.moved, orphaned: r.orphaned, pages: r.pagesChanged });
}

export async function recheckDocumentAnchors(id: string): Promise<void> {
  try {
    const r = await api['documents.recheckAnchors']({ id });
    if (r.pagesChanged === 0 && r.moved === 0 && r.orphaned === 0) {
      notify('info', t('extractor.upToDate', { highlights: r.highlights }));
      return;
    }
    const ok = await askConfirm({ title: t('extractor.recheckTitle'), message: recheckSummary(r), confirmLabel: t('extractor.apply') });
    if (!ok) return;
    const applied = await api['documents.recheckAnchors']({ id, apply: true });
    notify('info', `${t('extractor.applied')} ${recheckSummary(applied)}`);
  } catch (err) {
    notify('error', errorMessage(err));
  }
}
