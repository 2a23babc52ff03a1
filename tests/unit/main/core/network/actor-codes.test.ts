// Which codes are partners and instruments, and which organisation a Partner code stands for:
// the default codebook's fixed ids (its "Council of Europe / GRETA" is the coe-greta issuer),
// a renamed branch still found by id, a hand-made codebook found by the branch's name.
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../../../shared/domain/code';
import { actorCodes, DEFAULT_PARTNER_BRANCH_ID, organisationOfPartner } from '../../../../../main/core/network/actor-codes';
import { listCodes } from '../../../../../main/db/repositories/codes';
import { tempProject } from '../../../../helpers/temp-project';

const code = (id: string, en: string, parentId: string | null = null, ru = ''): Code => ({
  id, parentId, color: '#888888', position: 0, createdAt: '', updatedAt: '',
  text: { en: { name: en, definition: '', inclusion: '', exclusion: '' }, ru: { name: ru, definition: '', inclusion: '', exclusion: '' } },
});

describe('actor codes', () => {
  it('maps the default codebook\'s partners to the issuing organisations', () => {
    const p = tempProject('glossa-actors-');
    try {
      const actors = actorCodes(listCodes(p.db));
      expect(actors.partners.size).toBe(10);
      expect(actors.partners.get('f3732b93-21de-495a-aab5-5d32b5e63be7')).toBe('coe-greta');
      expect(actors.partners.get('de00e160-87ec-4703-b126-212a80b2a3e9')).toBe('un-other');
      expect(actors.partners.get('69846b88-4809-43f2-b9d8-05dea7222a28')).toBe('ngo');
      expect(actors.instruments.map((c) => c.text.en.name)).toContain('Naming and shaming');
      expect(actors.instruments).toHaveLength(9);
      // Renamed, the branch is still found by its fixed id.
      p.db.prepare("UPDATE codes SET name_en = 'Allies', name_ru = 'Союзники' WHERE id = ?").run(DEFAULT_PARTNER_BRANCH_ID);
      expect(actorCodes(listCodes(p.db)).partners.size).toBe(10);
    } finally {
      p.close();
    }
  });

  it('finds a hand-made Partner branch by name and matches partners by organisation label', () => {
    const codes = [
      code('root', 'Evidence'), code('p', 'Партнёры', 'root'), code('a', 'Whoever', 'p', 'ОБСЕ'), code('b', 'Local NGO', 'p'),
      code('i', 'Instruments'), code('f', 'Funding', 'i'),
    ];
    const actors = actorCodes(codes);
    expect(actors.partnerRoot?.id).toBe('p');
    expect(Object.fromEntries(actors.partners)).toEqual({ a: 'osce', b: null });
    expect(actors.instruments.map((c) => c.id)).toEqual(['f']);
    expect(organisationOfPartner(code('x', 'unodc'))).toBe('unodc');
    expect(actorCodes([code('z', 'Funding')]).partnerRoot).toBeNull();
  });
});
