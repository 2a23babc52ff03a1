// A React root on a fresh <div> in jsdom for component tests, and its clean-up. Sets React's
// act() environment flag once, so tests can wrap renders and events in act() without warnings.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface ReactHost {
  host: HTMLElement;
  root: Root;
}

export function mountReactRoot(): ReactHost {
  const host = document.createElement('div');
  document.body.appendChild(host);
  return { host, root: createRoot(host) };
}

export function unmountReactRoot({ host, root }: ReactHost): void {
  act(() => root.unmount());
  host.remove();
}
