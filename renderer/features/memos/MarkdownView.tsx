// Shows memo Markdown safely (see markdown.tsx). Links open only after the user agrees: in the
// desktop app main asks (shell.openExternal); in the browser host we ask here, then open a new
// tab without opener.
import { useMemo } from 'react';
import { api, transportKind } from '../../api';
import { t } from '../../i18n/i18n';
import { askConfirm } from '../shell/dialogs-store';
import { renderMarkdown } from './markdown';

export async function openMemoLink(url: string): Promise<void> {
  if (transportKind() === 'electron') {
    await api['shell.openExternal']({ url }).catch(() => undefined);
    return;
  }
  const ok = await askConfirm({ title: t('memos.linkTitle'), message: t('memos.linkBody', { url }), confirmLabel: t('memos.linkOpen') });
  if (ok) window.open(url, '_blank', 'noopener');
}

export function MarkdownView({ source, className }: { source: string; className?: string }) {
  const nodes = useMemo(() => renderMarkdown(source, { onLink: (url) => void openMemoLink(url) }), [source]);
  return <div className={className ? `markdown ${className}` : 'markdown'}>{nodes}</div>;
}
