// Path suggestions for the in-app path dialog of the web host.
import { describe, expect, it } from 'vitest';
import type { ProjectInfo, RecentProject } from '../../../../shared/domain/project';
import { dirnameOf, suggestProjectPath, withGlossaExt } from '../../../../renderer/features/shell/path-suggest';

const project = (path: string): ProjectInfo => ({
  path, name: 'p', id: '1', createdAt: '', schemaVersion: 1, documentCount: 0, pageCount: 0, byteSize: 0,
});
const recent = (path: string, exists = true): RecentProject => ({ path, name: 'r', openedAt: '', exists });

describe('suggestProjectPath', () => {
  it('suggests a new project next to the open or most recent one', () => {
    expect(suggestProjectPath('new', project('/home/ana/thesis/tip.glossa'), [])).toBe('/home/ana/thesis/new-project.glossa');
    expect(suggestProjectPath('new', null, [recent('/gone/x.glossa', false), recent('/data/a.glossa')])).toBe('/data/new-project.glossa');
    expect(suggestProjectPath('new', null, [])).toBe('research.glossa');
  });

  it('suggests a -copy name for Save As, with Windows separators kept', () => {
    expect(suggestProjectPath('saveAs', project('/home/ana/tip.glossa'), [])).toBe('/home/ana/tip-copy.glossa');
    expect(suggestProjectPath('saveAs', project('C:\\Users\\ana\\tip.glossa'), [])).toBe('C:\\Users\\ana\\tip-copy.glossa');
  });

  it('suggests the most recent existing other project to open', () => {
    const cur = project('/a/cur.glossa');
    expect(suggestProjectPath('open', cur, [recent('/a/cur.glossa'), recent('/b/old.glossa', false), recent('/c/ok.glossa')])).toBe('/c/ok.glossa');
  });
});

describe('path helpers', () => {
  it('adds .glossa when missing', () => {
    expect(withGlossaExt('/tmp/study')).toBe('/tmp/study.glossa');
    expect(withGlossaExt('/tmp/study.GLOSSA')).toBe('/tmp/study.GLOSSA');
    expect(withGlossaExt('  ')).toBe('');
  });

  it('dirnameOf handles both separators and the root', () => {
    expect(dirnameOf('/a/b.glossa')).toBe('/a');
    expect(dirnameOf('/b.glossa')).toBe('/');
    expect(dirnameOf('C:\\x\\b.glossa')).toBe('C:\\x');
    expect(dirnameOf('b.glossa')).toBe('');
  });
});
