// The sharing part of the contract: send a project, open a received one, merge from a
// colleague's file, list and resolve merge conflicts, inter-coder agreement (report and CSV),
// REFI-QDA .qdpx export and import. Inputs are untrusted JSON: their shape is checked here.
// Merges and resolutions emit 'coding.changed' and 'project.changed' so open views refresh.
import path from 'node:path';
import type { Handlers } from '../../../shared/contract';
import type { Coder } from '../../../shared/domain/code';
import type { AgreementRequest, ConflictResolution } from '../../../shared/domain/share';
import { asObject, badInput, str, stringArray } from '../app/input-checks';
import type { BackendContext } from '../backend-context';
import { openProject, projectInfo } from '../project/project-file';
import { listConflicts, resolveConflict } from './conflicts';
import { openReceivedProject, sendProject } from './send-project';

type ShareChannels =
  | 'share.send' | 'share.openReceived' | 'merge.run' | 'merge.conflicts' | 'merge.resolve'
  | 'agreement.compute' | 'agreement.csv' | 'qdpx.export' | 'qdpx.import';

function agreementRequest(input: unknown): AgreementRequest {
  const o = asObject(input);
  return {
    coderIds: stringArray(o.coderIds, 'coderIds'),
    documentIds: o.documentIds === undefined ? undefined : stringArray(o.documentIds, 'documentIds'),
    codeIds: o.codeIds === undefined ? undefined : stringArray(o.codeIds, 'codeIds'),
    roundId: o.roundId === undefined || o.roundId === null ? undefined : str(o, 'roundId', { max: 100 }),
  };
}

export function shareHandlers(ctx: BackendContext, coder: () => Coder): Pick<Handlers, ShareChannels> {
  const changed = () => {
    const h = ctx.project();
    ctx.emit('coding.changed', {});
    ctx.emit('project.changed', h ? projectInfo(h) : null);
  };
  return {
    'share.send': async (input) => {
      const o = asObject(input);
      if (o.independent !== undefined && typeof o.independent !== 'boolean') throw badInput('"independent" must be true or false');
      const keepCoderIds = o.keepCoderIds === undefined ? [] : stringArray(o.keepCoderIds, 'keepCoderIds');
      const r = await sendProject(ctx.requireProject(), path.resolve(str(o, 'path')), o.independent ? { independent: { sender: coder(), keepCoderIds } } : {});
      if (r.roundId) changed();
      return { path: r.path, byteSize: r.byteSize, ...(r.roundId ? { roundId: r.roundId } : {}) };
    },
    'share.openReceived': (input) => {
      const handle = openReceivedProject(path.resolve(str(asObject(input), 'path')));
      ctx.setProject(handle);
      return projectInfo(handle);
    },
    'merge.run': async (input) => {
      const fromPath = path.resolve(str(asObject(input), 'path'));
      const summary = await ctx.jobs.run('merge', { projectPath: ctx.requireProject().path, fromPath, coder: coder() });
      changed();
      return summary;
    },
    'merge.conflicts': (input) => {
      const o = input === undefined || input === null ? {} : asObject(input);
      const status = o.status;
      if (status !== undefined && status !== 'open' && status !== 'resolved') throw badInput('"status" must be open or resolved');
      return listConflicts(ctx.requireProject().db, status);
    },
    'merge.resolve': (input) => {
      const o = asObject(input);
      const resolution = str(o, 'resolution', { max: 20 }) as ConflictResolution;
      const result = resolveConflict(ctx.requireProject().db, coder(), str(o, 'id', { max: 100 }), resolution);
      changed();
      return result;
    },
    // The statistics, REFI-QDA files and merges run in a job thread (main/core/jobs): seconds
    // of synchronous work on a large project that must not stop the backend answering.
    'agreement.compute': (input) => ctx.jobs.run('agreement', { projectPath: ctx.requireProject().path, request: agreementRequest(input) }),
    'agreement.csv': (input) => ctx.jobs.run('agreementCsv', { projectPath: ctx.requireProject().path, request: agreementRequest(input) }),
    'qdpx.export': (input) => ctx.jobs.run('qdpxExport', { projectPath: ctx.requireProject().path, path: path.resolve(str(asObject(input), 'path')) }),
    'qdpx.import': async (input) => {
      const o = asObject(input);
      const result = await ctx.jobs.run('qdpxImport', { qdpxPath: path.resolve(str(o, 'qdpxPath')), projectPath: path.resolve(str(o, 'projectPath')), coder: coder() });
      ctx.setProject(openProject(result.path));
      return result;
    },
  };
}
