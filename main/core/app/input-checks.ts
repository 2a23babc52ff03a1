// Boundary checks for handler inputs. Everything arriving over IPC or HTTP is untrusted JSON:
// a handler first turns it into the typed shape or throws GlossaError('api.badInput') with a
// message naming the field, so deeper modules can rely on their signatures.
import type { AttributeFilterTerm } from '../../../shared/domain/attribute';
import { GlossaError } from '../../../shared/errors';

export function badInput(message: string): GlossaError {
  return new GlossaError('api.badInput', message);
}

export function asObject(input: unknown, what = 'input'): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw badInput(`${what} must be an object`);
  }
  return input as Record<string, unknown>;
}

/** For channels declared with `input: void`: accept undefined/null/{} and nothing else. */
export function asVoid(input: unknown): void {
  if (input === undefined || input === null) return;
  if (typeof input === 'object' && !Array.isArray(input) && Object.keys(input).length === 0) return;
  throw badInput('this call takes no input');
}

/** Paths and ids longer than 4096 characters are never legitimate here (PATH_MAX on Linux). */
const MAX_STRING = 4096;

export function str(obj: Record<string, unknown>, key: string, opts?: { optional?: false; max?: number }): string;
export function str(obj: Record<string, unknown>, key: string, opts: { optional: true; max?: number }): string | undefined;
export function str(obj: Record<string, unknown>, key: string, opts: { optional?: boolean; max?: number } = {}): string | undefined {
  const v = obj[key];
  if (v === undefined && opts.optional) return undefined;
  if (typeof v !== 'string' || v.length === 0) throw badInput(`"${key}" must be a non-empty string`);
  if (v.length > (opts.max ?? MAX_STRING)) throw badInput(`"${key}" is too long`);
  if (v.includes('\u0000')) throw badInput(`"${key}" contains a NUL character`);
  return v;
}

export function int(obj: Record<string, unknown>, key: string, opts: { min?: number; max?: number; optional?: boolean } = {}): number | undefined {
  const v = obj[key];
  if (v === undefined && opts.optional) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw badInput(`"${key}" must be an integer`);
  if (opts.min !== undefined && v < opts.min) throw badInput(`"${key}" must be at least ${opts.min}`);
  if (opts.max !== undefined && v > opts.max) throw badInput(`"${key}" must be at most ${opts.max}`);
  return v;
}

export function reqInt(obj: Record<string, unknown>, key: string, opts: { min?: number; max?: number } = {}): number {
  return int(obj, key, opts) as number;
}

export function stringArray(value: unknown, key: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.length > MAX_STRING)) {
    throw badInput(`"${key}" must be a list of strings`);
  }
  return value as string[];
}

/** A filter's attribute terms: at most 50, each a definition id and up to 1,000 values. */
export function parseAttributeTerms(value: unknown): AttributeFilterTerm[] {
  if (!Array.isArray(value) || value.length > 50) throw badInput('"attributes" must be a list of at most 50 terms');
  return value.map((t) => {
    const o = asObject(t, 'attributes');
    const values = stringArray(o.values, 'values');
    if (values.length > 1000) throw badInput('"values" has more than 1000 entries');
    return { definitionId: str(o, 'definitionId', { max: 100 }), values };
  });
}
