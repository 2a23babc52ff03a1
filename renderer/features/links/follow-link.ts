// Follows a passage link in the running app (desktop protocol event, web /open route, a tab
// handing a link over): the backend opens the project that has the link's project id and
// says where the passage is; the reader then opens there. When no open or recent project has
// that id, the user is asked to locate the project file and the link is tried once more.
import { api, ApiError } from '../../api';
import { errorMessage, t } from '../../i18n/i18n';
import type { PassageLink, PassageTarget } from '../../../shared/links/passage-link';
import { askConfirm, notify } from '../shell/dialogs-store';
import { openProjectCommand, projectStore } from '../project/project-store';
import { projectKeyOf, showPassage, showPassageAfterProjectChange } from './passage-focus';

async function openTarget(link: PassageLink): Promise<PassageTarget> {
  try {
    return await api['links.open'](link);
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== 'link.projectNotFound') throw err;
    const locate = await askConfirm({ title: t('links.notFoundTitle'), message: t('links.notFoundMessage'), confirmLabel: t('links.locate') });
    if (!locate) throw new LinkDismissed();
    await openProjectCommand();
    return api['links.open'](link);
  }
}

class LinkDismissed extends Error {}

export async function followPassageLink(link: PassageLink): Promise<void> {
  try {
    const target = await openTarget(link);
    if (projectKeyOf(projectStore.getSnapshot().project) === projectKeyOf(target.project)) showPassage(target);
    else {
      showPassageAfterProjectChange(target);
      projectStore.set({ project: target.project });
    }
  } catch (err) {
    if (!(err instanceof LinkDismissed)) notify('error', errorMessage(err));
  }
}
