// The rules of an exemplar flag (migration 0016), applied to the exemplars.set input and to
// every exemplars row of a project file (main/db/row-check.ts), so a colleague's file is held
// to what the interface can write.
import { GlossaError } from '../errors';

export function checkExemplarFlag(value: unknown): 0 | 1 {
  if (value === true || value === 1) return 1;
  if (value === false || value === 0) return 0;
  throw new GlossaError('annotation.badInput', 'An exemplar flag is yes or no.', { field: 'flagged' });
}
