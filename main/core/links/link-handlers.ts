// links.open: follows a passage link (desktop protocol, web host /open route, the renderer).
// Checks the ids as strictly as the link parser, opens the project the link names (link-
// target.ts: the open one, a recent one, or a copy forked from it) through the same path as
// project.open, and answers where the passage is; the renderer then shows it. Nothing is
// written but what opening a project writes (the recent list, the daily backup).
import type { Handlers } from '../../../shared/contract';
import { GlossaError } from '../../../shared/errors';
import { isLinkId } from '../../../shared/links/passage-link';
import type { BackendContext } from '../backend-context';
import type { HostServices } from '../app/host-services';
import { asObject } from '../app/input-checks';
import { readAllMeta } from '../../db/repositories/meta';
import { projectInfo } from '../project/project-file';
import { chooseLinkProject, passagePlace } from './link-target';

export function linkHandlers(ctx: BackendContext, host: HostServices, openAt: (path: string) => Promise<unknown>) {
  return {
    'links.open': async (input) => {
      const o = asObject(input);
      const { projectId, annotationId } = o;
      if (!isLinkId(projectId) || !isLinkId(annotationId)) {
        throw new GlossaError('link.badLink', 'This is not a Glossa passage link.');
      }
      const open = ctx.project();
      const meta = open ? readAllMeta(open.db) : null;
      const current = meta ? { id: meta.id ?? '', forkedFrom: meta.forked_from ?? '' } : null;
      const recents = host.settings.listRecent().filter((r) => r.exists && r.path !== open?.path).map((r) => r.path);
      const choice = chooseLinkProject(projectId, current, recents);
      if (choice.kind === 'notFound') {
        throw new GlossaError('link.projectNotFound', 'The project of this passage is not open and not among the recent projects: open it, then follow the link again.', { projectId });
      }
      if (choice.kind === 'recent') await openAt(choice.path);
      const handle = ctx.requireProject();
      return { project: projectInfo(handle), ...passagePlace(handle.db, { projectId, annotationId }) };
    },
  } satisfies Partial<Handlers>;
}
