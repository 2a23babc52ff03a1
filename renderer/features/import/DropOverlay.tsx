// Drag-and-drop of PDFs anywhere on the window. Listens on window (not a drop zone) so a file
// dropped on the reader or the table imports too; shows an overlay while files hover.
import { useEffect, useState } from 'react';
import { pathForFile } from '../../api';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { projectStore } from '../project/project-store';
import { notify } from '../shell/dialogs-store';
import { filesToSources } from './import-sources';
import { startImport } from './import-store';
import { splitImportFiles } from './non-pdf-message';

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

export function DropOverlay() {
  const { t } = useT();
  const { project } = useStore(projectStore);
  const [over, setOver] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child element; count them to know when the pointer left.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = project ? 'copy' : 'none';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onDrop = async (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const { pdfs, message } = splitImportFiles(Array.from(e.dataTransfer?.files ?? []), !!project);
      if (message) notify(message.kind, t(message.key, message.params));
      if (pdfs.length > 0) await startImport(await filesToSources(pdfs, pathForFile));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [project, t]);

  if (!over) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-overlay-box">{project ? t('import.dropHere') : t('import.dropNeedsProject')}</div>
    </div>
  );
}
