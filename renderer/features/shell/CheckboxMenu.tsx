// A compact multi-select: a button that opens a list of checkboxes (used by the attribute
// filters). Closes on outside click or Escape.
import { useEffect, useRef, useState } from 'react';

export interface CheckboxOption { id: string; label: string }

export function CheckboxMenu(props: {
  label: string;
  options: CheckboxOption[];
  selected: string[];
  onToggle: (id: string) => void;
  onClear: () => void;
  clearLabel: string;
  testId: string;
}) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const n = props.selected.length;
  return (
    <div className="checkbox-menu" ref={ref}>
      <button
        type="button"
        className={n ? 'filter-button active' : 'filter-button'}
        aria-expanded={open}
        data-testid={props.testId}
        onClick={() => setOpen(!open)}
      >
        {props.label}
        {n > 0 && <span className="badge">{n}</span>}
        <span className="caret">▾</span>
      </button>
      {open && (
        <div className="checkbox-menu-popup" role="group" aria-label={props.label}>
          {props.options.map((o) => (
            <label key={o.id} className="checkbox-row">
              <input
                type="checkbox"
                checked={props.selected.includes(o.id)}
                data-testid={`${props.testId}-${o.id}`}
                onChange={() => props.onToggle(o.id)}
              />
              <span>{o.label}</span>
            </label>
          ))}
          {n > 0 && (
            <button type="button" className="link checkbox-menu-clear" onClick={props.onClear}>
              {props.clearLabel}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
