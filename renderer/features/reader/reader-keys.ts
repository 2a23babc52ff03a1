// Keyboard shortcuts of the reader as a pure mapping from a key event to an action, so the
// bindings are unit-tested and the view only dispatches. Ctrl on Windows/Linux, Cmd on macOS.

export type ReaderAction =
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomReset'
  | 'find'
  | 'findNext'
  | 'findPrevious'
  | 'closeFind'
  | 'nextPage'
  | 'previousPage'
  | 'firstPage'
  | 'lastPage';

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** True when focus is in a text field (page number, find box): plain keys belong to it. */
  inTextField: boolean;
}

export function readerKeyAction(e: KeyInput): ReaderAction | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey) {
    switch (e.key) {
      case '=':
      case '+':
        return 'zoomIn';
      case '-':
      case '_':
        return 'zoomOut';
      case '0':
        return 'zoomReset';
      case 'f':
      case 'F':
      case 'а': // Ctrl+F on a Russian layout reports the Cyrillic letter on the same key.
      case 'А':
        return 'find';
      case 'g':
      case 'G':
        return e.shiftKey ? 'findPrevious' : 'findNext';
    }
    return null;
  }
  if (e.key === 'F3') return e.shiftKey ? 'findPrevious' : 'findNext';
  if (e.key === 'Escape') return 'closeFind';
  if (e.inTextField || e.altKey) return null;
  switch (e.key) {
    case 'PageDown':
      return 'nextPage';
    case 'PageUp':
      return 'previousPage';
    case 'Home':
      return 'firstPage';
    case 'End':
      return 'lastPage';
  }
  return null;
}
