// Every contract method, called by users of every kind against region B's data: the
// users scoped to region A (a chapter leader, a super-user, staff with a grant), one whose
// role has ended and one with no role at all never see anything of region B and never
// change it; the national system owner is refused nothing. Generated from the contract:
// SAMPLES must name every method, so a new method cannot skip this test.
import { describe, expect, it } from 'vitest';
import { ACCESS } from '../../../src/shared/access';
import { METHOD_NAMES, type MethodName } from '../../../src/shared/contract';
import { isReadMethod } from '../../../src/shared/method-names';
import type { Caller } from '../../../src/core/call-context';
import { openScopeFixture, type ScopeFixture } from './scope-fixture';
import { answerText, MARKER, SAMPLES } from './samples';

async function callAs(fx: ScopeFixture, caller: Caller, method: MethodName, input: unknown) {
  return fx.core.dispatch(method, input, caller);
}

const SCOPED = ['chapter', 'region', 'grantedRegion', 'expired', 'nobody'] as const;

describe('access follows the role a person holds, for every method', () => {
  it('keeps every read and write of users outside region B out of it', { timeout: 120_000 }, async () => {
    const fx = await openScopeFixture();
    const trail = async () => Number((await fx.core.ds.query('SELECT COUNT(*) AS n FROM audit_event'))[0].n);
    const before = await trail();
    const leaks: string[] = [];
    const writes: string[] = [];
    for (const method of METHOD_NAMES) {
      const input = SAMPLES[method](fx);
      for (const who of SCOPED) {
        const answer = await callAs(fx, fx.callers[who], method, input);
        if (answerText(answer).includes(MARKER)) leaks.push(`${who} ${method}`);
        // Signing in and one's own sessions are everyone's (they reach no unit).
        const changes = !isReadMethod(method) && ACCESS[method].need !== 'signed_in' && ACCESS[method].need !== 'public';
        if (changes && (answer.ok || answer.error.code !== 'FORBIDDEN')) writes.push(`${who} ${method}: ${answer.ok ? 'ok' : answer.error.code}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(writes).toEqual([]);
    // A refused call leaves no trace in the audit trail.
    expect(await trail()).toBe(before);
    // Nothing of region B changed: its chapter keeps its name, its case its state, its leader.
    expect((await fx.core.call('units.get', { id: fx.units.b1 })).name).toBe(`${MARKER} lag én`);
    expect((await fx.core.call('cases.get', { id: fx.rows.caseB1 })).state).toBe('open');
    expect(await fx.core.call('assignments.list', { unitId: fx.units.b1 })).toHaveLength(1);
  });

  it('answers a deactivated account UNAUTHENTICATED for everything but signing in, though its role is current', async () => {
    const fx = await openScopeFixture();
    const answered: string[] = [];
    for (const method of METHOD_NAMES) {
      const answer = await callAs(fx, fx.callers.deactivated, method, SAMPLES[method](fx));
      if (ACCESS[method].need === 'public') continue;
      if (answer.ok || answer.error.code !== 'UNAUTHENTICATED') answered.push(`${method}: ${answer.ok ? 'ok' : answer.error.code}`);
    }
    expect(answered).toEqual([]);
  });

  it('refuses the national system owner nothing', { timeout: 120_000 }, async () => {
    const fx = await openScopeFixture();
    const refused: string[] = [];
    for (const method of METHOD_NAMES) {
      const answer = await callAs(fx, fx.callers.national, method, SAMPLES[method](fx));
      if (!answer.ok && answer.error.code === 'FORBIDDEN') refused.push(method);
    }
    expect(refused).toEqual([]);
  });

  it('a refusal is translated and names nothing outside the scope', async () => {
    const fx = await openScopeFixture();
    const answer = await callAs(fx, fx.callers.chapter, 'units.update', { id: fx.units.b1, name: 'Nytt' });
    expect(answer).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'No access for units.update', details: { method: 'units.update', context: 'write' } } });
  });
});

describe('what each kind of access allows inside the scope', () => {
  it('computes the organization-wide lists over the units a user may read', async () => {
    const fx = await openScopeFixture();
    const value = async (method: MethodName, input: unknown) => {
      const answer = await callAs(fx, fx.callers.region, method, input);
      if (!answer.ok) throw new Error(`${method}: ${answer.error.code}`);
      return answer.value as Record<string, unknown>;
    };
    const inA = new Set([fx.units.a, fx.units.a1, fx.units.a2]);
    const gaps = await value('coverage.gaps', {});
    const gapUnits = (gaps.rows as Array<{ unitId: number }>).map((r) => r.unitId);
    expect(gapUnits.length).toBeGreaterThan(0);
    expect(gapUnits.every((id) => inA.has(id))).toBe(true);
    expect((gaps.national as { total: number }).total).toBe(gapUnits.length);
    const cases = await value('cases.list', {});
    expect((cases.rows as Array<{ id: number }>).map((c) => c.id)).toEqual([fx.rows.caseA1]);
    expect(cases.total).toBe(1);
    const list = await value('rollout.list', { filter: 'all' });
    expect((list.rows as Array<{ unitId: number }>).map((r) => r.unitId).sort()).toEqual([...inA].sort());
    const people = await value('people.search', {});
    const names = (people.rows as Array<{ name: string }>).map((p) => p.name);
    expect(names).toContain('Ivar Innenfor');
    expect(names.some((n) => n.includes(MARKER))).toBe(false);
    expect(people.total).toBe(names.length);
    // The chapter leader's cases are the chapter's.
    const own = await callAs(fx, fx.callers.chapter, 'cases.list', {});
    expect(own.ok && (own.value as { rows: Array<{ id: number }> }).rows.map((c) => c.id)).toEqual([fx.rows.caseA1]);
  });

  it('lets a chapter leader read and change the own chapter, read nothing beside it, and handle its cases', async () => {
    const fx = await openScopeFixture();
    const me = fx.callers.chapter;
    expect((await callAs(fx, me, 'units.update', { id: fx.units.a1, contactNotes: 'Møtes tirsdager' })).ok).toBe(true);
    expect((await callAs(fx, me, 'cases.respond', { id: fx.rows.caseA1, note: 'Ringte' })).ok).toBe(true);
    // The trail names the signed-in person who did it.
    const trail = await fx.core.call('audit.list', { unitId: fx.units.a1, subtree: false });
    expect(trail.rows[0]).toMatchObject({ method: 'cases.respond' });
    expect(JSON.stringify(trail.rows[0])).toContain('Lise Lagleder');
    expect((await callAs(fx, me, 'units.card', { id: fx.units.a1 })).ok).toBe(true);
    // "Edit the own unit": the sister chapter is out of reach, to read as well as to change.
    expect(await callAs(fx, me, 'units.get', { id: fx.units.a2 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const tree = await callAs(fx, me, 'units.tree', {});
    expect(tree.ok && (tree.value as Array<{ id: number }>).map((u) => u.id)).toEqual([fx.units.a1]);
  });

  it('lets a region super-user change every unit of the region but not move one out of it', async () => {
    const fx = await openScopeFixture();
    const me = fx.callers.region;
    expect((await callAs(fx, me, 'units.update', { id: fx.units.a2, contactNotes: 'Ny leder i mai' })).ok).toBe(true);
    expect((await callAs(fx, me, 'units.get', { id: fx.units.a })).ok).toBe(true);
    // The move is checked against the new parent too.
    expect(await callAs(fx, me, 'units.move', { id: fx.units.a2, parentId: fx.units.b })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const tree = await callAs(fx, me, 'units.tree', {});
    expect(tree.ok && (tree.value as Array<{ id: number }>).map((u) => u.id).sort()).toEqual([fx.units.a, fx.units.a1, fx.units.a2].sort());
  });

  it('lets staff with a read grant read the region and export from it, but change nothing', async () => {
    const fx = await openScopeFixture();
    const me = fx.callers.grantedRegion;
    expect((await callAs(fx, me, 'units.card', { id: fx.units.a2 })).ok).toBe(true);
    expect((await callAs(fx, me, 'people.exportData', { id: fx.people.insider })).ok).toBe(true);
    expect(await callAs(fx, me, 'cases.respond', { id: fx.rows.caseA1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { context: 'write' } } });
  });

  it('moves access with the board on the day it is replaced', async () => {
    const fx = await openScopeFixture();
    const me = fx.callers.chapter;
    const leaderRow = (await fx.core.call('assignments.list', { unitId: fx.units.a1 })).find((a) => a.personId === me.personId);
    if (!leaderRow) throw new Error('the chapter leader holds the role');
    expect((await callAs(fx, me, 'units.get', { id: fx.units.a1 })).ok).toBe(true);
    await fx.core.call('assignments.end', { id: leaderRow.id, endDate: '2026-03-15' });
    // Ended today: the role's last day was yesterday, and so was its access.
    expect(await callAs(fx, me, 'units.get', { id: fx.units.a1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('leaves the local owner of the solo desktop unchanged: everything, without a caller', async () => {
    const fx = await openScopeFixture();
    expect((await fx.core.dispatch('units.update', { id: fx.units.b1, contactNotes: 'Lokalt' })).ok).toBe(true);
  });
});
