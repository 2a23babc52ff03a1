// Seeds the sharing e2e test (run with tsx in a child process: the backend's PDF worker pool
// cannot load inside Playwright's test runner). Two researchers, each with their own data
// folder (coder.json): Alice codes the project the web host will open and sends it to Boris;
// both then edit the same highlight's comment (a conflict) and code passages of their own that
// overlap. Usage: tsx tests/e2e/sharing-seed.ts '<json: projectPath, borisPath, aliceData, borisData>'
// Prints {"conflictAnnotation": id} on stdout.
import { createBackend } from '../../main/core/backend';

type Backend = ReturnType<typeof createBackend>;

async function researcher(dataDir: string, name: string, color: string): Promise<Backend> {
  const backend = createBackend({ userDataDir: dataDir, host: 'web' });
  await backend.invoke('coder.set', { name, color });
  return backend;
}

/** Highlights `phrase` on a page of the only document and codes it. */
async function highlight(b: Backend, pageIndex: number, phrase: string, codeId: string, comment = ''): Promise<string> {
  const [doc] = await b.invoke('documents.list', {});
  const text = await b.invoke('documents.pageText', { id: doc.id, pageIndex });
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not on page ${pageIndex + 1}: ${text}`);
  const a = await b.invoke('annotations.create', {
    documentId: doc.id,
    kind: 'text',
    targets: [{
      pageIndex,
      rects: [{ x1: 56, y1: 700, x2: 356, y2: 712 }],
      quote: { type: 'TextQuoteSelector', exact: phrase, prefix: text.slice(Math.max(0, start - 16), start), suffix: text.slice(start + phrase.length, start + phrase.length + 16) },
      position: { type: 'TextPositionSelector', start, end: start + phrase.length },
    }],
    color: null,
    comment,
    codeIds: [codeId],
  });
  return a.id;
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2]) as { projectPath: string; borisPath: string; aliceData: string; borisData: string };
  const alice = await researcher(args.aliceData, 'Alice', '#4e79a7');
  const boris = await researcher(args.borisData, 'Boris', '#e15759');
  try {
    await alice.invoke('project.open', { path: args.projectPath });
    const victims = await alice.invoke('codes.create', { name: 'Victims', color: '#59a14f' });
    const exploitation = await alice.invoke('codes.create', { name: 'Exploitation', color: '#f28e2b' });
    const shared = await highlight(alice, 1, 'forty-two victims', victims.id, 'Count from the referral mechanism.');
    await alice.invoke('share.send', { path: args.borisPath });

    await boris.invoke('share.openReceived', { path: args.borisPath });
    await boris.invoke('annotations.update', { id: shared, patch: { comment: 'Boris: an estimate, not a count.' } });
    await highlight(boris, 1, 'identified forty-two victims', victims.id);
    await highlight(boris, 1, 'national referral mechanism', victims.id);
    await highlight(boris, 2, 'exploitation in agriculture was the most common form', exploitation.id);

    await alice.invoke('annotations.update', { id: shared, patch: { comment: 'Alice: the official count.' } });
    await highlight(alice, 2, 'Labour exploitation in agriculture', exploitation.id);
    process.stdout.write(JSON.stringify({ conflictAnnotation: shared }));
  } finally {
    await alice.dispose();
    await boris.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
