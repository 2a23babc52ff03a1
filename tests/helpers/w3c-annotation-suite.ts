// The W3C Web Annotation test suite (tests/fixtures/web-annotation-tests, vendored with its
// licence and origin) applied the way its own runner applies it — web-platform-tests
// annotation-model/scripts/JSONtest.js: one Ajv (draft-04, allErrors, no meta-validation)
// holding every definitions/*.json schema by its id; a .test file lists assertion schemas,
// possibly as nested arrays (groups); each assertion is validated against the input, its
// result compared with `expectedResult` (default "valid"), and an unexpected result turns
// into the action of `onUnexpectedResult` (…AndContinue / …AndSkip the rest of this group /
// …AndAbort everything). An assertion given as { assertionFile, …overrides } is the file with
// the overrides applied. Results are plain data so a test can list every failure.
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

export const SUITE_DIR = path.join(__dirname, '..', 'fixtures', 'web-annotation-tests');

type Schema = Record<string, unknown>;
type AssertionRef = string | Schema | AssertionRef[];

export interface AssertionResult {
  file: string;
  title: string;
  assertionType: string;
  /** 'pass' | 'fail' | 'skipped' (a previous assertion's onUnexpectedResult said skip/abort). */
  outcome: 'pass' | 'fail' | 'skipped';
  errors: string;
}

const readJson = (rel: string): Schema => JSON.parse(fs.readFileSync(path.join(SUITE_DIR, rel), 'utf8')) as Schema;

let shared: Ajv | null = null;

/** One Ajv with the suite's definitions, compiled once (as the suite's runner keeps one). */
function suiteAjv(): Ajv {
  if (shared) return shared;
  // strict: false — the assertion files carry the suite's own keywords (assertionType, …).
  const ajv = new Ajv({ allErrors: true, validateSchema: false, strict: false });
  addFormats(ajv);
  for (const file of fs.readdirSync(path.join(SUITE_DIR, 'definitions'))) {
    if (file.endsWith('.json')) ajv.addSchema(readJson(path.join('definitions', file)));
  }
  shared = ajv;
  return ajv;
}

function loadAssertion(ref: string | Schema): Schema {
  if (typeof ref === 'string') return { ...readJson(ref), assertionFile: ref };
  if (typeof ref.assertionFile === 'string') {
    const external = readJson(ref.assertionFile);
    for (const [k, v] of Object.entries(ref)) if (k !== 'assertionFile') external[k] = v;
    return { ...external, assertionFile: ref.assertionFile };
  }
  return ref;
}

const ACTIONS: Record<string, 'continue' | 'skip' | 'abort'> = {
  failAndContinue: 'continue',
  failAndSkip: 'skip',
  failAndAbort: 'abort',
  passAndContinue: 'continue',
  passAndSkip: 'skip',
  passAndAbort: 'abort',
};

const compiled = new Map<string, ReturnType<Ajv['compile']>>();

function validatorFor(ajv: Ajv, assertion: Schema) {
  // The assertion's own id would clash when the same file is compiled twice: key by file.
  const key = String(assertion.assertionFile ?? JSON.stringify(assertion));
  let v = compiled.get(key);
  if (!v) {
    const { assertionFile: _file, ...schema } = assertion;
    v = ajv.compile(schema);
    compiled.set(key, v);
  }
  return v;
}

function runList(ajv: Ajv, list: AssertionRef[], content: unknown, results: AssertionResult[], inherited: 'continue' | 'skip' | 'abort'): 'continue' | 'skip' | 'abort' {
  let action = inherited;
  for (const item of list) {
    if (Array.isArray(item)) {
      const sub = runList(ajv, item, content, results, action);
      if (sub === 'abort') action = 'abort';
      continue;
    }
    const assertion = loadAssertion(item);
    const base = {
      file: String(assertion.assertionFile ?? 'inline'),
      title: String(assertion.title ?? ''),
      assertionType: String(assertion.assertionType ?? ''),
    };
    if (action !== 'continue') {
      results.push({ ...base, outcome: 'skipped', errors: '' });
      continue;
    }
    const validate = validatorFor(ajv, assertion);
    const valid = validate(content) as boolean;
    const expected = typeof assertion.expectedResult === 'string' ? assertion.expectedResult : 'valid';
    const asExpected = (expected === 'valid' && valid) || (expected === 'invalid' && !valid);
    if (!asExpected) {
      const on = typeof assertion.onUnexpectedResult === 'string' ? assertion.onUnexpectedResult : 'failAndContinue';
      action = ACTIONS[on] ?? 'continue';
    }
    // As JSONtest.js: an unexpected result fails this assertion whatever onUnexpectedResult
    // says; that key only decides whether the assertions after it still run.
    const failed = !asExpected;
    results.push({ ...base, outcome: failed ? 'fail' : 'pass', errors: validate.errors ? ajv.errorsText(validate.errors) : '' });
  }
  return action;
}

/** Runs one of the suite's .test files (path relative to the suite) against one JSON value. */
export function runSuiteTest(testFile: string, content: unknown): AssertionResult[] {
  const ajv = suiteAjv();
  const test = readJson(testFile);
  if (!Array.isArray(test.assertions)) throw new Error(`${testFile} has no assertion list`);
  const results: AssertionResult[] = [];
  runList(ajv, test.assertions as AssertionRef[], content, results, 'continue');
  return results;
}

/** Runs a list of assertions (file names, { assertionFile, …overrides }, nested lists). */
export function runSuiteAssertions(assertions: AssertionRef[], content: unknown): AssertionResult[] {
  const results: AssertionResult[] = [];
  runList(suiteAjv(), assertions, content, results, 'continue');
  return results;
}

/** The suite's MUST test files: per Annotation, per Annotation Collection, per Annotation Page. */
export const MUST_TESTS = {
  annotation: 'annotations/annotationMusts.test',
  collection: 'collections/collectionMusts.test',
  page: 'collections/pages/pageMusts.test',
} as const;
