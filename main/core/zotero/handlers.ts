// The contract's channels for the Zotero import: where the data directory is, what the
// library holds (collections and items for the dialog), and the import itself, which pushes
// 'zotero.progress' events and then 'documents.changed' / 'coding.changed' so the views
// refresh. Inputs are untrusted: shapes are checked here, the database by zotero-sql.ts.
// Closing or switching the project first cancels a running import and waits for it (as for
// PDF imports), so nothing writes into a connection being closed; the dialog's Stop does the
// same (zotero.cancel). PDFs stored before the stop stay, and a later import of the same items
// finds them by their checksum and completes them.
import type { Handlers } from '../../../shared/contract';
import type { Coder } from '../../../shared/domain/code';
import type { ZoteroImportInput } from '../../../shared/domain/zotero';
import { asObject, asVoid, badInput, str, stringArray } from '../app/input-checks';
import type { BackendContext } from '../backend-context';
import { locateZotero } from './zotero-data-dir';
import { importFromZotero } from './zotero-import';
import { scanLibrary } from './zotero-library';
import { withZoteroSnapshot } from '../../db/zotero/zotero-snapshot';

type Channels = 'zotero.locate' | 'zotero.scan' | 'zotero.import' | 'zotero.cancel';

/** 100,000 keys is a very large library; more is not a selection a person made. */
const MAX_KEYS = 100_000;

function keys(o: Record<string, unknown>, name: 'items' | 'collections'): string[] | undefined {
  if (o[name] === undefined) return undefined;
  const list = stringArray(o[name], name);
  if (list.length > MAX_KEYS) throw badInput(`"${name}" lists too many keys`);
  return list;
}

export interface ZoteroJobs {
  handlers: Pick<Handlers, Channels>;
  /** Aborts a running import and waits until it has stopped. */
  cancelAll(): Promise<void>;
}

export function createZoteroJobs(ctx: BackendContext, coder: () => Coder): ZoteroJobs {
  const running = new Map<AbortController, Promise<unknown>>();
  const handlers: Pick<Handlers, Channels> = {
    'zotero.locate': (input) => {
      asVoid(input);
      return locateZotero();
    },
    'zotero.scan': async (input) => {
      const dataDir = str(asObject(input), 'dataDir');
      return withZoteroSnapshot(dataDir, scanLibrary);
    },
    'zotero.import': async (input) => {
      const o = asObject(input);
      const request: ZoteroImportInput = { dataDir: str(o, 'dataDir'), items: keys(o, 'items'), collections: keys(o, 'collections') };
      const handle = ctx.requireProject();
      const controller = new AbortController();
      const job = importFromZotero(handle, request, { coder: coder(), signal: controller.signal, onProgress: (p) => ctx.emit('zotero.progress', p) });
      running.set(controller, job.catch(() => undefined));
      let r;
      try {
        r = await job;
      } catch (err) {
        // A stopped import may have stored some PDFs already: the library shows them.
        if (controller.signal.aborted) ctx.emit('documents.changed', {});
        throw err;
      } finally {
        running.delete(controller);
      }
      if (r.imported + r.updated > 0) ctx.emit('documents.changed', {});
      if (r.annotationsAdded > 0) ctx.emit('coding.changed', {});
      return r;
    },
    'zotero.cancel': async (input) => {
      asVoid(input);
      await cancelAll();
    },
  };
  async function cancelAll(): Promise<void> {
    const jobs = [...running];
    for (const [controller] of jobs) controller.abort();
    await Promise.all(jobs.map(([, done]) => done));
  }
  return { handlers, cancelAll };
}
