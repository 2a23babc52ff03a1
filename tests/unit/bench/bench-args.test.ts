// `npm run bench -- …` options: --only picks sections by short name in the runner's order, unknown names and options fail.
import { describe, expect, it } from 'vitest';
import { chooseSections, parseBenchArgs, shortName } from '../../bench/bench-args';

const sections = [{ name: 'import (600 pages)' }, { name: 'search (50 documents)' }, { name: 'open (20 documents)' }];

describe('parseBenchArgs', () => {
  it('defaults to every section, no JSON, the default baseline', () => {
    expect(parseBenchArgs([])).toEqual({ only: null, json: null, label: 'run', baseline: 'default' });
  });

  it('takes --name value and --name=value', () => {
    expect(parseBenchArgs(['--only', 'search,open', '--json=/tmp/x.json', '--label', 'loaded'])).toEqual({
      only: ['search', 'open'],
      json: '/tmp/x.json',
      label: 'loaded',
      baseline: 'default',
    });
    expect(parseBenchArgs(['--only=search']).only).toEqual(['search']);
    expect(parseBenchArgs(['--baseline', 'none']).baseline).toBeNull();
    expect(parseBenchArgs(['--baseline', 'b.json']).baseline).toBe('b.json');
  });

  it('refuses unknown options and options without a value', () => {
    expect(() => parseBenchArgs(['--onyl', 'search'])).toThrow(/unknown bench option "--onyl"/);
    expect(() => parseBenchArgs(['search'])).toThrow(/unknown bench option/);
    expect(() => parseBenchArgs(['--only'])).toThrow(/--only needs a value/);
    expect(() => parseBenchArgs(['--only', '--json', 'x'])).toThrow(/--only needs a value/);
    expect(() => parseBenchArgs(['--only=,'])).toThrow(/--only needs section names/);
  });
});

describe('chooseSections', () => {
  it('names a section by the first word of its title', () => {
    expect(shortName(sections[1])).toBe('search');
  });

  it('keeps every section without --only, and the runner order with it', () => {
    expect(chooseSections(sections, null)).toEqual(sections);
    expect(chooseSections(sections, ['open', 'import']).map(shortName)).toEqual(['import', 'open']);
  });

  it('refuses unknown names and lists the known ones', () => {
    expect(() => chooseSections(sections, ['search', 'serch'])).toThrow('--only takes section names among: import, search, open (unknown: serch)');
  });
});
