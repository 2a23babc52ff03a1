// The rules for the records a project file keeps about its own past — History entries and the
// merge conflicts waiting for a decision. Glossa writes them itself, but a file from a
// colleague is untrusted: its History is shown in the History panel and its conflicts'
// stored versions are rendered side by side, so both are held to these rules before the file
// is opened (main/db/row-check.ts). Pure functions.
import type { ConflictResolution } from '../domain/share';
import { GlossaError } from '../errors';

/** A History summary or action is a line, a conflict label a title: 2,000 characters is plenty. */
export const MAX_RECORD_LINE = 2_000;
/** Stored details and conflict versions are rows, not documents. */
export const MAX_RECORD_JSON = 1_000_000;

function bad(message: string, field: string): GlossaError {
  return new GlossaError('record.badInput', message, { field });
}

export function checkRecordLine(value: unknown, field: string): string {
  if (typeof value !== 'string') throw bad(`The ${field} must be text.`, field);
  if (value.length > MAX_RECORD_LINE) throw bad(`The ${field} is limited to ${MAX_RECORD_LINE} characters.`, field);
  return value;
}

/** An ISO 8601 time as Glossa writes them (2026-12-01T12:00:00.000Z). */
export function checkRecordTime(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw bad(`The ${field} must be a time like 2026-12-01T12:00:00Z.`, field);
  }
  return value;
}

/** JSON text holding one plain object (not an array, null or a number). */
export function checkJsonObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'string') throw bad(`The ${field} must be JSON text.`, field);
  if (value.length > MAX_RECORD_JSON) throw bad(`The ${field} is limited to ${MAX_RECORD_JSON} characters.`, field);
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw bad(`The ${field} is not JSON.`, field);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw bad(`The ${field} must be a JSON object.`, field);
  return parsed as Record<string, unknown>;
}

/** The ways a merge conflict can be resolved (the conflicts handler offers a subset per kind). */
export const CONFLICT_RESOLUTIONS: readonly ConflictResolution[] = ['mine', 'theirs', 'both', 'merge'];

export function checkConflictStatus(status: unknown, resolution: unknown): void {
  if (status !== 'open' && status !== 'resolved') throw bad('A conflict is open or resolved.', 'status');
  if (status === 'open' && resolution !== null) throw bad('An open conflict has no resolution.', 'resolution');
  if (status === 'resolved' && !(CONFLICT_RESOLUTIONS as readonly unknown[]).includes(resolution)) {
    throw bad(`A resolution is one of ${CONFLICT_RESOLUTIONS.join(', ')}.`, 'resolution');
  }
}
