// The access report says why a person has access (roles, grants, the administrator flag),
// from the same sources as the check; a grant gives staff access and ending it takes it away.
import { describe, expect, it } from 'vitest';
import { openScopeFixture } from '../access/scope-fixture';

describe('access report and grants', () => {
  it('lists a super-user’s role with its unit and start, and counts what it reaches', async () => {
    const fx = await openScopeFixture();
    const [row] = await fx.core.ds.query(`SELECT person_id AS "personId" FROM user_account WHERE id = ?`, [fx.callers.region.userId]);
    const report = await fx.core.call('users.access', { personId: Number(row.personId) });
    expect(report.sources).toEqual([expect.objectContaining({
      kind: 'role', level: 'edit_subtree', canExport: true, unitCode: '01', unitName: 'Innlandet', roleNb: 'Superbruker', since: '2025-01-01', until: null,
    })]);
    // Innlandet and its two chapters.
    expect(report).toMatchObject({ readable: 3, writable: 3, exportable: 3, administers: false });
  });

  it('gives staff with no role access by a grant, and ending it today takes the access away at once', async () => {
    const fx = await openScopeFixture();
    const person = await fx.person('Siri Stab');
    await fx.core.ds.query(`INSERT INTO user_account (person_id, password_hash) VALUES (?, NULL)`, [person]);
    const [account] = await fx.core.ds.query(`SELECT id FROM user_account WHERE person_id = ?`, [person]);
    const siri = { userId: Number(account.id), personId: person, local: false };
    expect((await fx.core.dispatch('units.get', { id: fx.units.b1 }, siri)).ok).toBe(false);

    const { grantId, report } = await fx.core.call('grants.create', { personId: person, unitId: fx.units.b, level: 'read', canExport: false, startDate: '2026-03-01', note: 'konsulent' });
    expect(report.sources).toEqual([expect.objectContaining({ kind: 'grant', level: 'read', unitCode: '02', note: 'konsulent', since: '2026-03-01', grantId })]);
    expect(report.readable).toBe(3);
    expect((await fx.core.dispatch('units.get', { id: fx.units.b1 }, siri)).ok).toBe(true);
    // Reading is not changing.
    expect(await fx.core.dispatch('units.update', { id: fx.units.b1, name: 'Nytt' }, siri)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const ended = await fx.core.call('grants.end', { id: grantId });
    expect(ended.sources).toEqual([]);
    expect((await fx.core.dispatch('units.get', { id: fx.units.b1 }, siri)).ok).toBe(false);
    // The grant and its end are access events in the trail.
    const trail = await fx.core.call('audit.list', { module: 'grants' });
    expect(trail.rows.map((r) => [r.method, r.kind])).toEqual([['grants.end', 'access'], ['grants.create', 'access']]);
  });

  it('refuses a grant that ends before it starts, naming the field', async () => {
    const fx = await openScopeFixture();
    const answer = await fx.core.raw('grants.create', { personId: fx.people.insider, unitId: fx.units.a, level: 'read', startDate: '2026-03-01', endDate: '2026-02-01' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'DATE_ORDER', details: { field: 'endDate' } } });
  });
});
