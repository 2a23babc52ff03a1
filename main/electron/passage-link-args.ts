// glossa://open links the OS hands the desktop app: in argv on first launch and in a second
// instance's argv (Windows, Linux: the OS starts a new process, which passes its argv to the
// running one and quits), or macOS' 'open-url' event. Each is parsed strictly (a link comes
// from a document someone else wrote); the router holds a link until the renderer is up to
// follow it (the first contract call it makes means its event subscriptions exist), and again
// after a reload. Electron-free, so it is tested without the binary.
import { parsePassageLink, PASSAGE_LINK_SCHEME, type PassageLink } from '../../shared/links/passage-link';
import { projectFileFromArgv } from './open-file-args';

/** The last valid passage link in argv (Chromium's own flags and the executable skipped). */
export function passageLinkFromArgv(argv: readonly string[]): PassageLink | null {
  const links = argv.slice(1).filter((arg) => arg.toLowerCase().startsWith(`${PASSAGE_LINK_SCHEME}:`)).map(parsePassageLink);
  for (let i = links.length - 1; i >= 0; i--) if (links[i]) return links[i];
  return null;
}

export type LaunchRequest = { kind: 'link'; link: PassageLink } | { kind: 'file'; path: string } | null;

/** What a launch (first or second instance) asks for: a passage link, else a .glossa file. */
export function launchRequest(argv: readonly string[], cwd: string): LaunchRequest {
  const link = passageLinkFromArgv(argv);
  if (link) return { kind: 'link', link };
  const file = projectFileFromArgv(argv, cwd);
  return file ? { kind: 'file', path: file } : null;
}

/**
 * Arguments for app.setAsDefaultProtocolClient: none for the packaged app; in development
 * (`electron dist/main/electron-main.js`, process.defaultApp) the OS must start Electron with
 * our script, or the link would open Electron's default app.
 */
export function protocolClientArgs(defaultApp: boolean, execPath: string, argv: readonly string[]): [string] | [string, string, string[]] {
  if (!defaultApp || argv.length < 2) return [PASSAGE_LINK_SCHEME];
  return [PASSAGE_LINK_SCHEME, execPath, [argv[1]]];
}

/** Holds the latest link until the renderer can follow it; `send` pushes it as 'links.follow'. */
export class PassageLinkRouter {
  private pending: PassageLink | null = null;
  private ready = false;

  constructor(private readonly send: (link: PassageLink) => void) {}

  /** A link from argv or open-url (already parsed); followed now or once the renderer is up. */
  receive(link: PassageLink | null): void {
    if (!link) return;
    this.pending = link;
    this.flush();
  }

  /** The renderer made a contract call: its subscriptions are in place. */
  rendererReady(): void {
    this.ready = true;
    this.flush();
  }

  /** The page is (re)loading: events sent now would be lost. */
  rendererGone(): void {
    this.ready = false;
  }

  private flush(): void {
    if (!this.ready || !this.pending) return;
    const link = this.pending;
    this.pending = null;
    this.send(link);
  }
}
