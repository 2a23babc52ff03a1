// The codebook view: the code tree (create, select, drag to move, collapse; counts of codings)
// on the left, the selected code's editor on the right, and the project memo; .qdc import and
// export and auto-coding in the toolbar. Keyboard: arrows walk the tree, Left / Right collapse
// and expand, F2 renames, Delete deletes (with the confirmation).
import { codeFieldFor } from '../../../shared/codebook/code-text';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { api } from '../../api';
import { errorMessage, formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { AutocodeDialog } from '../autocode/AutocodeDialog';
import { MemoEditor } from '../memos/MemoEditor';
import { projectStore } from '../project/project-store';
import { notify } from '../shell/dialogs-store';
import { redo, subscribeUndo, undo, undoStore } from '../coding/undo-store';
import { codebookStore, useCodebookEvents } from './codebook-store';
import { codeLabel, dropZoneAt, moveForDrop, treeRows, type DropZone } from './codebook-tree';
import { CodeEditor, NAME_INPUT_ID } from './CodeEditor';
import { exportCodebook, importCodebookFile } from './qdc-files';
import '../coding/coding.css';
import './codebook.css';

export function CodebookView() {
  const { t, locale } = useT();
  const { codes, loaded, error } = useStore(codebookStore);
  const project = useStore(projectStore).project;
  const undoState = useStore(undoStore);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [drag, setDrag] = useState<{ id: string; over: string | null; zone: DropZone } | null>(null);
  const [autocode, setAutocode] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const treeRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const offs = [useCodebookEvents(), subscribeUndo()];
    return () => offs.forEach((off) => off());
  }, []);

  const rows = treeRows(codes, collapsed);
  const selected = codes.find((c) => c.id === selectedId) ?? null;

  const [focusNameOf, setFocusNameOf] = useState<string | null>(null);
  useEffect(() => {
    if (!focusNameOf || selected?.id !== focusNameOf) return;
    const el = document.getElementById(NAME_INPUT_ID) as HTMLInputElement | null;
    if (!el) return;
    el.focus();
    el.select();
    setFocusNameOf(null);
  }, [focusNameOf, selected]);

  const create = async (parentId: string | null) => {
    try {
      const c = await api['codes.create']({ lang: locale, name: t('codebook.newCodeName'), parentId });
      if (parentId) setCollapsed((s) => new Set([...s].filter((id) => id !== parentId)));
      setSelectedId(c.id);
      // Focus the name once the editor shows the new code (after the codebook reloads), not
      // on the next frame: over the HTTP bridge the reload lands later than that.
      setFocusNameOf(c.id);
    } catch (err) {
      notify('error', errorMessage(err));
    }
  };

  const toggle = (id: string, open?: boolean) =>
    setCollapsed((s) => {
      const next = new Set(s);
      if (open ?? next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const onTreeKey = (e: React.KeyboardEvent) => {
    const i = rows.findIndex((r) => r.code.id === selectedId);
    const row = rows[i];
    const go = (j: number) => {
      const r = rows[Math.max(0, Math.min(rows.length - 1, j))];
      if (!r) return;
      setSelectedId(r.code.id);
      treeRef.current?.querySelector<HTMLElement>(`[data-code-id="${CSS.escape(r.code.id)}"]`)?.focus();
    };
    switch (e.key) {
      case 'ArrowDown': go(i + 1); break;
      case 'ArrowUp': go(i - 1); break;
      case 'ArrowRight': if (row?.hasChildren) toggle(row.code.id, true); break;
      case 'ArrowLeft': if (row?.hasChildren && !collapsed.has(row.code.id)) toggle(row.code.id, false); else if (row?.code.parentId) go(rows.findIndex((r) => r.code.id === row.code.parentId)); break;
      case 'F2': document.getElementById(NAME_INPUT_ID)?.focus(); break;
      case 'Delete': document.querySelector<HTMLButtonElement>('[data-testid="code-delete"]')?.click(); break;
      default: return;
    }
    e.preventDefault();
  };

  const onDragOver = (e: DragEvent<HTMLElement>, id: string) => {
    if (!drag) return;
    const r = e.currentTarget.getBoundingClientRect();
    const zone = dropZoneAt(e.clientY - r.top, r.height);
    if (!moveForDrop(codes, drag.id, id, zone)) return;
    e.preventDefault();
    if (drag.over !== id || drag.zone !== zone) setDrag({ ...drag, over: id, zone });
  };

  const onDrop = (e: DragEvent<HTMLElement>, id: string) => {
    e.preventDefault();
    const move = drag ? moveForDrop(codes, drag.id, id, drag.zone) : null;
    setDrag(null);
    if (move) void api['codes.move'](move).catch((err) => notify('error', errorMessage(err)));
  };

  return (
    <main className="codebook-view" data-testid="codebook">
      <div className="codebook-toolbar">
        <h1>{t('codebook.title')}</h1>
        <span className="muted">{t('codebook.codeCount', { count: codes.length })}</span>
        <span className="spacer" />
        <button type="button" data-testid="code-new" onClick={() => void create(null)}>{t('codebook.newCode')}</button>
        <button type="button" data-testid="code-new-child" disabled={!selected} onClick={() => void create(selectedId)}>{t('codebook.newChild')}</button>
        <button type="button" data-testid="open-autocode" onClick={() => setAutocode(true)}>{t('autocode.open')}</button>
        <button type="button" data-testid="qdc-import" onClick={() => fileRef.current?.click()}>{t('codebook.import')}</button>
        <button type="button" data-testid="qdc-export" onClick={() => void exportCodebook(project?.name ?? 'codebook')}>{t('codebook.export')}</button>
        <button type="button" data-testid="undo" disabled={!undoState.canUndo} aria-label={t('coding.undo')} title={t('coding.undo')} onClick={() => void undo()}>↶</button>
        <button type="button" data-testid="redo" disabled={!undoState.canRedo} aria-label={t('coding.redo')} title={t('coding.redo')} onClick={() => void redo()}>↷</button>
        <input
          ref={fileRef}
          type="file"
          accept=".qdc,application/xml,text/xml"
          hidden
          data-testid="qdc-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importCodebookFile(file);
          }}
        />
      </div>
      <div className="codebook-body">
        <ul className="codebook-tree" role="tree" aria-label={t('codebook.title')} data-testid="codebook-tree" ref={treeRef} onKeyDown={onTreeKey}>
          {error && <li className="text-error">{error}</li>}
          {loaded && codes.length === 0 && <li className="muted">{t('codebook.empty')}</li>}
          {rows.map(({ code, depth, hasChildren }) => {
            const dropCls = drag?.over === code.id ? ` drop-${drag.zone}` : '';
            return (
              <li
                key={code.id}
                role="treeitem"
                aria-level={depth + 1}
                aria-expanded={hasChildren ? !collapsed.has(code.id) : undefined}
                aria-selected={code.id === selectedId}
                tabIndex={code.id === selectedId || (!selectedId && code === rows[0]?.code) ? 0 : -1}
                className={`code-node${code.id === selectedId ? ' selected' : ''}${dropCls}`}
                data-testid="code-node"
                data-code-id={code.id}
                data-count={code.codingCount}
                style={{ paddingLeft: 6 + depth * 16 }}
                draggable
                onDragStart={(e) => {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', code.id);
                  setDrag({ id: code.id, over: null, zone: 'inside' });
                }}
                onDragEnd={() => setDrag(null)}
                onDragOver={(e) => onDragOver(e, code.id)}
                onDrop={(e) => onDrop(e, code.id)}
                onClick={() => setSelectedId(code.id)}
              >
                <button type="button" className="code-twisty" tabIndex={-1} aria-hidden="true" style={{ visibility: hasChildren ? 'visible' : 'hidden' }} onClick={(e) => { e.stopPropagation(); toggle(code.id); }}>
                  {collapsed.has(code.id) ? '▸' : '▾'}
                </button>
                <span className="code-swatch" style={{ background: code.color }} aria-hidden="true" />
                <span className="code-node-name" title={codeFieldFor(code, 'definition', locale)}>{codeLabel(code, locale)}</span>
                <span className="code-node-count" title={t('codebook.counts', { own: code.codingCount, total: code.totalCount })}>
                  {formatNumber(code.totalCount)}
                </span>
              </li>
            );
          })}
        </ul>
        <section className="codebook-detail">
          {selected ? (
            <CodeEditor key={selected.id} code={selected} codes={codes} onGone={() => setSelectedId(null)} />
          ) : (
            <p className="muted">{t('codebook.selectHint')}</p>
          )}
          <hr />
          <MemoEditor targetType="project" targetId="" title={t('memos.projectTitle')} />
        </section>
      </div>
      {autocode && <AutocodeDialog documentId={null} onClose={() => setAutocode(false)} />}
    </main>
  );
}
