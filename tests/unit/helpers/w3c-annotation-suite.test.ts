// The W3C suite runner (tests/helpers/w3c-annotation-suite.ts) judged on the suite's own
// samples (tools/samples): every correct annotation passes every MUST assertion, every
// incorrect one that is JSON fails at least one — so a pass of Glossa's export means what the
// suite means by it. Also the runner's group semantics (nested lists, …AndSkip / …AndAbort).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MUST_TESTS, runSuiteTest, runSuiteAssertions, SUITE_DIR } from '../../helpers/w3c-annotation-suite';

const samples = (kind: 'correct' | 'incorrect') => {
  const dir = path.join(SUITE_DIR, 'tools', 'samples', kind);
  return fs.readdirSync(dir).filter((f) => f.startsWith('anno')).map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
};

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

describe('the W3C suite runner on the suite samples', () => {
  it('passes every correct sample annotation but the three whose targets the final model dropped', () => {
    const correct = samples('correct');
    expect(correct.length).toBeGreaterThan(30);
    // anno11-13 target a Composite, List and Independents: sets the Recommendation removed, so
    // the suite's own schemas (choiceSet.json knows Choice only) reject them too.
    const stale = ['anno11.json', 'anno12.json', 'anno13.json'];
    for (const s of correct) {
      const failed = runSuiteTest(MUST_TESTS.annotation, parse(s.text)).filter((r) => r.outcome === 'fail');
      expect(failed.map((r) => r.file), s.name).toEqual(stale.includes(s.name) ? ['annotations/3.2-targetObjectsRecognized.json'] : []);
    }
  });

  it('fails every incorrect sample that is JSON on at least one MUST assertion', () => {
    // 17 of the 39 incorrect samples are not JSON at all (the suite's runner stops at the parse).
    const incorrect = samples('incorrect').filter((s) => parse(s.text) !== undefined);
    expect(incorrect).toHaveLength(22);
    for (const s of incorrect) {
      const failed = runSuiteTest(MUST_TESTS.annotation, parse(s.text)).filter((r) => r.outcome === 'fail');
      expect(failed.length, s.name).toBeGreaterThan(0);
    }
  });

  it('applies onUnexpectedResult within a group: skip the rest of the group, abort everything', () => {
    const bad = { assertionFile: 'annotations/3.1-annotationContextValidated.json' };
    const good = { assertionFile: 'annotations/3.1-targetKeyFound.json' };
    const input = { type: 'Annotation', target: 'http://example.org/t' };
    const skip = runSuiteAssertions([[{ ...bad, onUnexpectedResult: 'failAndSkip' }, good], good], input);
    expect(skip.map((r) => r.outcome)).toEqual(['fail', 'skipped', 'pass']);
    const abort = runSuiteAssertions([[{ ...bad, onUnexpectedResult: 'failAndAbort' }, good], good], input);
    expect(abort.map((r) => r.outcome)).toEqual(['fail', 'skipped', 'skipped']);
    const expectInvalid = runSuiteAssertions([{ ...bad, expectedResult: 'invalid' }], input);
    expect(expectInvalid.map((r) => r.outcome)).toEqual(['pass']);
  });
});

describe('the W3C suite runner on the suite collection samples', () => {
  it('passes the correct collection and page samples (model examples 41-43) as the suite does', () => {
    const dir = path.join(SUITE_DIR, 'tools', 'samples', 'correct');
    // The suite's page assertions read partOf as an object (collections.json totalDefinition is
    // "type": "object"), so model examples 42 and 43, whose partOf is an IRI, fail their own suite on the
    // seven of them that look into partOf. Glossa's export embeds partOf as an object.
    const partOfAsObject = ['Total', 'Label', 'First', 'Last'].map((k) => `collections/pages/5.2-page${k}Validated.json`)
      .concat(['Created', 'Modified'].map((k) => `collections/pages/3.3.1-page${k}Validated.json`), ['collections/pages/3.3.6-pageRightsValidated.json']);
    for (const name of ['collection1.json', 'example41.json', 'example42.json', 'example43.json']) {
      const v = parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { type?: string };
      const test = v.type === 'AnnotationCollection' ? MUST_TESTS.collection : MUST_TESTS.page;
      const failed = runSuiteTest(test, v).filter((r) => r.outcome === 'fail').map((r) => r.file);
      expect(failed.sort(), name).toEqual(name === 'example42.json' || name === 'example43.json' ? partOfAsObject.sort() : []);
    }
  });
});
