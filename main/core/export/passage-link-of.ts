// The link back to an exported passage (glossa://open?project=…&annotation=…), or '' when the
// export has no project id (a hand-made bundle) or an id a link could not carry: a report is
// never refused for want of a link, it just prints the passage without one.
import { buildPassageLink, isLinkId } from '../../../shared/links/passage-link';

export function passageLinkOf(projectId: string | undefined, annotationId: string): string {
  return projectId && isLinkId(projectId) && isLinkId(annotationId) ? buildPassageLink({ projectId, annotationId }) : '';
}
