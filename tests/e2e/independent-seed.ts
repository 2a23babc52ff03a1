// Seeds Boris's side of the independent-coding e2e test (run with tsx in a child process: the
// backend's PDF worker pool cannot load inside Playwright's test runner). Boris, with his own
// data folder (coder.json), opens the copy Alice sent for independent coding, checks that it
// carries none of her highlights, and codes one stretch of page 2 with "Victims".
// Usage: tsx tests/e2e/independent-seed.ts '<json: borisPath, borisData, start, end>'
// Prints {"highlightsInCopy": n, "codesInCopy": n} on stdout.
import { createBackend } from '../../main/core/backend';

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2]) as { borisPath: string; borisData: string; start: number; end: number };
  const boris = createBackend({ userDataDir: args.borisData, host: 'web' });
  try {
    await boris.invoke('coder.set', { name: 'Boris', color: '#e15759' });
    await boris.invoke('share.openReceived', { path: args.borisPath });
    const highlightsInCopy = (await boris.invoke('annotations.list', {})).length;
    const codes = await boris.invoke('codes.list', undefined);
    const victims = codes.find((c) => c.text.en.name === 'Victims');
    if (!victims) throw new Error('The copy has no "Victims" code');
    const [doc] = await boris.invoke('documents.list', {});
    const text = await boris.invoke('documents.pageText', { id: doc.id, pageIndex: 1 });
    const exact = text.slice(args.start, args.end);
    await boris.invoke('annotations.create', {
      documentId: doc.id,
      kind: 'text',
      targets: [{
        pageIndex: 1,
        rects: [{ x1: 56, y1: 700, x2: 356, y2: 712 }],
        quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, args.start - 16), args.start), suffix: text.slice(args.end, args.end + 16) },
        position: { type: 'TextPositionSelector', start: args.start, end: args.end },
      }],
      color: null,
      comment: '',
      codeIds: [victims.id],
    });
    process.stdout.write(JSON.stringify({ highlightsInCopy, codesInCopy: codes.length }));
  } finally {
    await boris.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
