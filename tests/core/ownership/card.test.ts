// The unit card: the chapter, its region and the national office, with who
// holds what, their contact details, and each required role's state.
import { describe, expect, it } from 'vitest';
import { openFixture } from './coverage-fixture';

describe('units.card', () => {
  it("shows a chapter's owners, then its region's, then the national office's, with contact details", async () => {
    const f = await openFixture();
    await f.core.call('demo.load');
    const units: Array<{ id: number; code: string }> = await f.core.ds.query("SELECT id, code FROM unit WHERE code IN ('NO', '46', '4601')");
    const id = (code: string) => units.find((u) => u.code === code)?.id ?? NaN;
    const chapter = id('4601');
    const liv = await f.person('Liv Lokal', { email: 'liv@example.no', phone: '+47 400 00 001' });
    const ola = await f.person('Ola Superbruker', { email: 'ola@example.no' });
    const tone = await f.person('Tone Teknisk', { phone: '55 00 00 00' });
    const fag = await f.person('Frode Fag', { email: 'frode@example.no' });
    await f.assign(liv, 'local_support', chapter, '2025-02-01');
    await f.assign(liv, 'chapter_leader', chapter, '2024-03-01', '2026-04-01');
    await f.assign(ola, 'super_user', id('46'), '2023-05-01');
    await f.assign(tone, 'technical_owner', id('NO'), '2022-01-01');
    await f.assign(fag, 'functional_owner', id('NO'), '2021-01-01', '2026-01-01');

    const card = await f.core.call('units.card', { id: chapter });
    expect(card.today).toBe('2026-03-15');
    expect(card.levels.map((l) => [l.code, l.name, l.levelName, l.levelRank])).toEqual([
      ['4601', 'Bergen', 'Lokallag', 2],
      ['46', 'Vestland', 'Fylkeslag', 1],
      ['NO', 'Landsforbundet', 'Landsforbund', 0],
    ]);
    const roles = card.levels.map((l) => l.roles.map((r) => [r.roleKey, r.state, r.vacantSince ?? r.expiresOn, r.holders.map((h) => h.name)]));
    expect(roles).toEqual([
      [
        ['super_user', 'missing', null, []],
        ['local_support', 'filled', null, ['Liv Lokal']],
        ['chapter_leader', 'expiring', '2026-04-01', ['Liv Lokal']],
      ],
      [
        ['sponsor', 'missing', null, []],
        ['super_user', 'filled', null, ['Ola Superbruker']],
      ],
      [
        ['system_owner', 'missing', null, []],
        ['technical_owner', 'filled', null, ['Tone Teknisk']],
        ['functional_owner', 'vacant', '2026-01-01', []],
        ['functional_group', 'missing', null, []],
      ],
    ]);
    expect(card.levels[0]?.roles[1]?.holders).toEqual([
      { personId: liv, name: 'Liv Lokal', email: 'liv@example.no', phone: '+47 400 00 001', startDate: '2025-02-01', endDate: null },
    ]);
    expect(card.levels[1]?.roles[1]?.holders[0]).toMatchObject({ email: 'ola@example.no', phone: null, startDate: '2023-05-01' });
    expect(card.levels[2]?.roles[1]).toMatchObject({ nameNb: 'Teknisk ansvarlig', nameEn: 'Technical owner', minimum: 1 });
  });

  it('shows roles merely allowed at a level only when someone holds them, and erased holders without personal data', async () => {
    const f = await openFixture();
    await f.core.call('demo.load');
    const [chapter]: Array<{ id: number }> = await f.core.ds.query("SELECT id FROM unit WHERE code = '0301'");
    if (!chapter) throw new Error('no Oslo chapter');
    await f.core.ds.query('INSERT INTO role_requirement (role_id, level_rank, minimum) VALUES (?, 2, 0), (?, 2, 0)', [
      f.roles.sponsor, f.roles.functional_group,
    ]);
    const kim = await f.person('Kim Sponsor', { email: 'kim@example.no' });
    await f.assign(kim, 'sponsor', chapter.id, '2025-01-01');
    await f.core.ds.query(
      "UPDATE person SET name = 'gammelt navn', email = NULL, phone = NULL, erased_at = '2026-03-15 12:00:00.000' WHERE id = ?",
      [kim],
    );
    const card = await f.core.call('units.card', { id: chapter.id });
    const local = card.levels[0]?.roles ?? [];
    // The functional group is allowed here but unheld, so it is left out.
    expect(local.map((r) => r.roleKey)).toEqual(['sponsor', 'super_user', 'local_support', 'chapter_leader']);
    expect(local[0]).toMatchObject({ minimum: 0, state: 'filled' });
    expect(local[0]?.holders).toEqual([{ personId: kim, name: '', email: null, phone: null, startDate: '2025-01-01', endDate: null }]);
  });

  it('refuses an unknown unit with NOT_FOUND', async () => {
    const f = await openFixture();
    const env = await f.core.raw('units.card', { id: 4242 });
    expect(env.ok ? null : env.error).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'unit', id: 4242 } });
  });
});
