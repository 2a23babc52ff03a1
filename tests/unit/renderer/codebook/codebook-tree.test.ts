// Codebook tree helpers: rows with depth and collapse, localized labels, paths, and where a
// drag-and-drop lands (refusing drops into the code's own subtree).
import { textOf } from '../../../helpers/code-text';
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../../shared/domain/code';
import { codeLabel, codePath, dropZoneAt, moveForDrop, treeRows } from '../../../../renderer/features/codebook/codebook-tree';

const code = (id: string, parentId: string | null, position: number, ru?: string): Code => ({
  id, parentId, text: textOf(id.toUpperCase(), ru), color: '#4e79a7', position, createdAt: '', updatedAt: '',
});
// a (a1, a2 (a2x)), b
const codes = [code('a', null, 0, 'А'), code('a1', 'a', 0), code('a2', 'a', 1), code('a2x', 'a2', 0), code('b', null, 1)];

describe('codebook tree', () => {
  it('lists rows depth first and hides collapsed children', () => {
    expect(treeRows(codes).map((r) => `${r.code.id}:${r.depth}`)).toEqual(['a:0', 'a1:1', 'a2:1', 'a2x:2', 'b:0']);
    expect(treeRows(codes, new Set(['a'])).map((r) => r.code.id)).toEqual(['a', 'b']);
    expect(treeRows(codes).find((r) => r.code.id === 'a2')?.hasChildren).toBe(true);
  });

  it('shows the language name when the code has one', () => {
    expect(codeLabel(codes[0], 'ru')).toBe('А');
    expect(codeLabel(codes[1], 'ru')).toBe('A1');
    expect(codePath(codes, 'a2x', 'en')).toBe('A › A2 › A2X');
  });

  it('computes the drop zone from the pointer position', () => {
    expect(dropZoneAt(2, 24)).toBe('before');
    expect(dropZoneAt(12, 24)).toBe('inside');
    expect(dropZoneAt(22, 24)).toBe('after');
  });

  it('turns drops into moves', () => {
    expect(moveForDrop(codes, 'b', 'a', 'inside')).toEqual({ id: 'b', parentId: 'a', position: 2 });
    expect(moveForDrop(codes, 'b', 'a1', 'after')).toEqual({ id: 'b', parentId: 'a', position: 1 });
    expect(moveForDrop(codes, 'a2', 'a1', 'before')).toEqual({ id: 'a2', parentId: 'a', position: 0 });
    expect(moveForDrop(codes, 'b', 'a', 'before')).toEqual({ id: 'b', parentId: null, position: 0 });
  });

  it('refuses drops onto itself, into its subtree, and no-op drops', () => {
    expect(moveForDrop(codes, 'a', 'a', 'inside')).toBeNull();
    expect(moveForDrop(codes, 'a', 'a2x', 'inside')).toBeNull();
    expect(moveForDrop(codes, 'a', 'a1', 'after')).toBeNull();
    expect(moveForDrop(codes, 'a2', 'a1', 'after')).toBeNull();
  });
});
