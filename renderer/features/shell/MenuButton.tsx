// A small drop-down menu for the top bar (Project ▾): a button that opens a list of menu items
// below it; a click on an item, outside the menu or Escape closes it. Keeps the 1280-px top
// bar from overflowing as the app gains commands (send, merge, REFI-QDA).
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function MenuButton(props: { label: string; testId: string; disabled?: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="menu-button" ref={root}>
      <button
        type="button"
        data-testid={props.testId}
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={props.disabled}
        onClick={() => setOpen((o) => !o)}
      >
        {props.label} ▾
      </button>
      {open && (
        // Items are plain buttons; closing after the click lets their own handler run first.
        <div className="menu-popup" role="menu" onClick={() => setOpen(false)}>
          {props.children}
        </div>
      )}
    </div>
  );
}
