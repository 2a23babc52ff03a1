// The desktop side of passage links without the Electron binary: what a first or second
// instance's argv asks for (a link before a .glossa file; hostile links ignored), the
// arguments the protocol is registered with, the router that holds a link until the renderer
// has subscribed (and again across a reload), and the packaging config declaring glossa:.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchRequest, passageLinkFromArgv, PassageLinkRouter, protocolClientArgs } from '../../../../main/electron/passage-link-args';
import type { PassageLink } from '../../../../shared/links/passage-link';

const P = '0f8fad5b-d9cb-469f-a165-70867728950e';
const A = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const LINK = `glossa://open?project=${P}&annotation=${A}`;
const EXE = '/opt/Glossa/glossa';
// js-yaml (electron-builder reads its config with it) ships no types.
const yaml = createRequire(__filename)('js-yaml') as { load(text: string): unknown };

describe('passage links in argv', () => {
  it('finds the link on first launch and in a second instance\'s argv (after Chromium\'s flags)', () => {
    expect(passageLinkFromArgv([EXE, LINK])).toEqual({ projectId: P, annotationId: A });
    // Windows: a second instance gets its flags first, then "--" and the URL.
    expect(passageLinkFromArgv([EXE, '--allow-file-access-from-files', '--original-process-start-time=1', '--', LINK])).toEqual({ projectId: P, annotationId: A });
    expect(launchRequest([EXE, LINK], '/home/u')).toEqual({ kind: 'link', link: { projectId: P, annotationId: A } });
  });

  it('falls back to a .glossa file, and to nothing', () => {
    expect(launchRequest([EXE, 'study.glossa'], '/home/u')).toEqual({ kind: 'file', path: path.resolve('/home/u', 'study.glossa') });
    expect(launchRequest([EXE, '--no-sandbox'], '/home/u')).toBeNull();
  });

  it('ignores hostile or malformed links', () => {
    for (const bad of [`glossa://evil?project=${P}&annotation=${A}`, `glossa://open?project=${P}&annotation=../../x`, `glossa://open?project=${P}&annotation=${A}&cmd=calc`, 'glossa:', `--${LINK}`]) {
      expect(passageLinkFromArgv([EXE, bad])).toBeNull();
    }
    expect(launchRequest([EXE, `glossa://open?project=${P}`], '/tmp')).toBeNull();
  });
});

describe('protocol registration', () => {
  it('needs no arguments when packaged; in development, Electron with our script', () => {
    expect(protocolClientArgs(false, EXE, [EXE])).toEqual(['glossa']);
    expect(protocolClientArgs(true, '/usr/bin/electron', ['/usr/bin/electron', 'dist/main/electron-main.js'])).toEqual(['glossa', '/usr/bin/electron', ['dist/main/electron-main.js']]);
  });

  it('is declared in electron-builder.yml', () => {
    const config = yaml.load(fs.readFileSync(path.join(__dirname, '../../../../electron-builder.yml'), 'utf8')) as { protocols?: Array<{ name: string; schemes: string[] }> };
    expect(config.protocols?.flatMap((p) => p.schemes)).toEqual(['glossa']);
    expect(config.protocols?.[0].name).toBeTruthy();
  });
});

describe('the link router', () => {
  it('holds a link until the renderer is ready, then sends it once', () => {
    const sent: PassageLink[] = [];
    const router = new PassageLinkRouter((l) => sent.push(l));
    router.receive({ projectId: P, annotationId: A });
    expect(sent).toEqual([]);
    router.rendererReady();
    router.rendererReady();
    expect(sent).toEqual([{ projectId: P, annotationId: A }]);
  });

  it('sends at once while the renderer is up, and holds again across a reload; null is ignored', () => {
    const sent: PassageLink[] = [];
    const router = new PassageLinkRouter((l) => sent.push(l));
    router.rendererReady();
    router.receive(null);
    router.receive({ projectId: P, annotationId: 'a1' });
    expect(sent.map((l) => l.annotationId)).toEqual(['a1']);
    router.rendererGone();
    router.receive({ projectId: P, annotationId: 'a2' });
    expect(sent.map((l) => l.annotationId)).toEqual(['a1']);
    router.rendererReady();
    expect(sent.map((l) => l.annotationId)).toEqual(['a1', 'a2']);
  });
});
