// Which archive entry holds the project XML. REFI-QDA says it is `project.qde`, but ATLAS.ti 26
// names it after the project inside ATLAS.ti (`Trial.qde` in a file saved as `Project.qdpx`;
// github.com/Ornio-app/qdpx-toolkit, conformance/fixtures/atlasti/README.md). So: project.qde
// when the archive has one, otherwise the one .qde file at its top level; none, or several
// with none called project.qde, is not a project Glossa can read without guessing.
import { GlossaError } from '../../../shared/errors';

/** The stored name of the project XML among `names` (lower-case name -> stored name). */
export function qdeEntryName(names: Map<string, string>): string {
  const standard = names.get('project.qde');
  if (standard) return standard;
  const top = [...names.entries()].filter(([key]) => key.endsWith('.qde') && !key.includes('/')).map(([, stored]) => stored);
  if (top.length === 1) return top[0];
  if (top.length === 0) throw new GlossaError('qdpx.badArchive', 'This .qdpx file has no project.qde; it is not a REFI-QDA project.');
  throw new GlossaError('qdpx.badArchive', `This .qdpx file has no project.qde but ${top.length} other .qde files (${top.slice(0, 3).join(', ')}); Glossa cannot tell which is the project. Nothing was imported.`);
}
