// Path suggestions and extensions for the sharing commands' in-app path prompt (web host).
import { describe, expect, it } from 'vitest';
import { isSavePurpose, suggestSharePath, withShareExtension } from '../../../../renderer/features/share/share-paths';

describe('share paths', () => {
  it('suggests files next to the open project, named after it', () => {
    expect(suggestSharePath('send', '/home/ana/research/osce.glossa')).toBe('/home/ana/research/osce-to-send.glossa');
    expect(suggestSharePath('qdpxExport', '/home/ana/research/osce.glossa')).toBe('/home/ana/research/osce.qdpx');
    expect(suggestSharePath('merge', '/home/ana/research/osce.glossa')).toBe('/home/ana/research/');
    expect(suggestSharePath('qdpxTarget', '/home/ana/research/osce.glossa', '/tmp/in/nvivo-export.qdpx')).toBe('/tmp/in/nvivo-export.glossa');
    expect(suggestSharePath('send', 'C:\\Users\\ana\\osce.glossa')).toBe('C:\\Users\\ana\\osce-to-send.glossa');
    expect(suggestSharePath('send', '')).toBe('project-to-send.glossa');
  });

  it('adds the missing extension only to files being written', () => {
    expect(withShareExtension('send', ' /tmp/for-boris ')).toBe('/tmp/for-boris.glossa');
    expect(withShareExtension('qdpxExport', '/tmp/x.QDPX')).toBe('/tmp/x.QDPX');
    expect(withShareExtension('qdpxExport', '/tmp/x')).toBe('/tmp/x.qdpx');
    expect(withShareExtension('merge', '/tmp/boris')).toBe('/tmp/boris');
    expect(isSavePurpose('qdpxTarget')).toBe(true);
    expect(isSavePurpose('openReceived')).toBe(false);
  });
});
