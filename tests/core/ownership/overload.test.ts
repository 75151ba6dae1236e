// Overloaded people: too many required roles, or one role in too many units.
import { describe, expect, it } from 'vitest';
import { openFixture, type Fixture } from './coverage-fixture';

async function demoUnits(f: Fixture) {
  await f.core.call('demo.load');
  const rows: Array<{ id: number; code: string; rank: number }> = await f.core.ds.query(
    'SELECT u.id AS id, u.code AS code, l.rank AS rank FROM unit u JOIN level l ON l.id = u.level_id ORDER BY u.code',
  );
  const id = (code: string) => rows.find((r) => r.code === code)?.id ?? NaN;
  return { id, chapters: rows.filter((r) => r.rank === 2).map((r) => r.id), regions: rows.filter((r) => r.rank === 1).map((r) => r.id) };
}

describe('coverage.overloaded', () => {
  it('lists one super-user for twelve chapters, and not someone at the limit', async () => {
    const f = await openFixture();
    const { chapters } = await demoUnits(f);
    const champion = await f.person('Sigrid Superbruker', { email: 'sigrid@example.no', phone: '+47 900 00 000' });
    for (const unit of chapters.slice(0, 12)) await f.assign(champion, 'super_user', unit, '2025-01-01');
    const steady = await f.person('Trygve Tre');
    for (const unit of chapters.slice(12, 15)) await f.assign(steady, 'super_user', unit, '2025-01-01');
    // Ended roles are no load.
    const former = await f.person('Frida Før');
    for (const unit of chapters.slice(15, 25)) await f.assign(former, 'super_user', unit, '2024-01-01', '2025-01-01');

    expect(await f.core.call('coverage.overloaded')).toEqual([
      {
        personId: champion, name: 'Sigrid Superbruker', email: 'sigrid@example.no', phone: '+47 900 00 000',
        requiredRoles: 12, busiestRoleNameNb: 'Superbruker', busiestRoleNameEn: 'Super-user', busiestRoleUnits: 12,
        reasons: ['roles', 'units'],
      },
    ]);
    await f.core.call('settings.update', { overloadLimit: 12 });
    expect(await f.core.call('coverage.overloaded')).toEqual([]);
  });

  it("tells 'roles' (many different required roles) from 'units' (one allowed role in many units)", async () => {
    const f = await openFixture();
    const { id, chapters } = await demoUnits(f);
    // Sponsors are allowed, not required, in chapters in this organization.
    await f.core.ds.query('INSERT INTO role_requirement (role_id, level_rank, minimum) VALUES (?, 2, 0)', [f.roles.sponsor]);
    const sponsor = await f.person('Solveig Sponsor');
    for (const unit of chapters.slice(0, 5)) await f.assign(sponsor, 'sponsor', unit, '2025-01-01');
    const busy = await f.person('Bjørn Travel');
    await f.assign(busy, 'system_owner', id('NO'), '2025-01-01');
    await f.assign(busy, 'technical_owner', id('NO'), '2025-01-01');
    await f.assign(busy, 'sponsor', id('03'), '2025-01-01');
    await f.assign(busy, 'chapter_leader', id('0301'), '2025-01-01');

    const rows = await f.core.call('coverage.overloaded');
    expect(rows.map((r) => [r.name, r.requiredRoles, r.busiestRoleNameEn, r.busiestRoleUnits, r.reasons])).toEqual([
      ['Bjørn Travel', 4, 'System owner', 1, ['roles']],
      ['Solveig Sponsor', 0, 'Sponsor', 5, ['units']],
    ]);
  });

  it('still counts an erased person, without their name or contact details', async () => {
    const f = await openFixture();
    const { chapters } = await demoUnits(f);
    const gone = await f.person('Slettes Snart', { email: 'snart@example.no' });
    for (const unit of chapters.slice(0, 4)) await f.assign(gone, 'local_support', unit, '2025-01-01');
    // What people.erase does: personal fields blanked, assignments kept.
    await f.core.ds.query(
      "UPDATE person SET name = '', search_name = '', email = NULL, phone = NULL, active = FALSE, erased_at = '2026-03-15 12:00:00.000' WHERE id = ?",
      [gone],
    );
    expect(await f.core.call('coverage.overloaded')).toMatchObject([
      { personId: gone, name: '', email: null, phone: null, requiredRoles: 4, busiestRoleUnits: 4, reasons: ['roles', 'units'] },
    ]);
  });
});
