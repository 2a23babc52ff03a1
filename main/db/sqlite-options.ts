// better-sqlite3 constructor options shared by every connection Glossa opens: read-only or
// read-write, must the file exist, and which native binding to load (Electron's ABI differs
// from Node's, so Electron's main sets its build once at start-up).
import type Database from 'better-sqlite3';

export interface OpenOptions {
  /** Create the file if it does not exist (and refuse if it does). */
  create?: boolean;
  /** Path to a better-sqlite3 native binding (Electron's ABI differs from Node's). */
  nativeBinding?: string;
}

let defaultNativeBinding: string | undefined;

/** The binding every open uses (worker threads are told it: they do not share this module). */
export function currentNativeBinding(): string | undefined {
  return defaultNativeBinding;
}

/** Electron's main sets this once so every open uses the Electron build of better-sqlite3. */
export function setNativeBinding(path: string | undefined): void {
  defaultNativeBinding = path;
}

export function dbOptions(opts: OpenOptions, readonly: boolean): Database.Options {
  const nativeBinding = opts.nativeBinding ?? defaultNativeBinding;
  return { readonly, fileMustExist: !opts.create || readonly, ...(nativeBinding ? { nativeBinding } : {}) };
}
