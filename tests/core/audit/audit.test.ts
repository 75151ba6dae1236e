import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../../src/shared/contract';
import { METHOD_NAMES, isReadMethod } from '../../../src/shared/method-names';
import { AUDIT_TARGETS, auditTarget, type AuditTarget, type From } from '../../../src/core/audit/targets';
import { openTestCore, type TestCore } from '../../support/db';
import { seedSmallOrg } from '../../support/seed';
import { NB_HEADER, utf8Csv } from '../../fixtures/transfer';

type EventRow = { method: string; module: string; kind: string; unit_id: number | null; entity: string | null; entity_id: string | null; actor_label: string; actor_user_id: number | null; changes: string; summary: string };

async function events(core: TestCore): Promise<EventRow[]> {
  return core.ds.query(`SELECT method, module, kind, unit_id, entity, entity_id, actor_label, actor_user_id, changes, summary FROM audit_event ORDER BY id`);
}

function inputKeys(schema: z.ZodType): Set<string> {
  // An object schema, possibly behind a refine (cases.correct, sla.update).
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return new Set(Object.keys(shape ?? {}));
}

function inputsOf(target: AuditTarget): string[] {
  const froms: From[] = [];
  if ('row' in target) {
    froms.push(...Object.values(target.row.where));
    const u = target.row.unit;
    if (u !== null && u !== 'self' && !('column' in u)) froms.push(u);
  }
  if ('summary' in target && target.unit) froms.push(target.unit);
  return froms.flatMap((f) => ('input' in f ? [f.input] : []));
}

describe('the audit trail', () => {
  it('declares what every write method changes, from input fields the method has', () => {
    const writes = METHOD_NAMES.filter((m) => !isReadMethod(m));
    expect(Object.keys(AUDIT_TARGETS).sort()).toEqual([...writes].sort());
    for (const m of writes) {
      const target = auditTarget(m);
      expect(target, m).toBeDefined();
      const keys = inputKeys(contract[m].input);
      for (const key of inputsOf(target as AuditTarget)) expect(keys.has(key), `${m}: ${key}`).toBe(true);
    }
  });

  it('records a committed write once, with the fields before and after and the unit, as the local owner', async () => {
    const core = await openTestCore();
    const { heroy } = await seedSmallOrg(core);
    await core.call('settings.update', { actorName: 'Kari Revisor' });
    const before = (await events(core)).length;
    await core.call('units.update', { id: heroy.id, name: 'Herøy lokallag' });
    const after = await events(core);
    expect(after.length).toBe(before + 1);
    const event = after.at(-1);
    expect(event).toMatchObject({ method: 'units.update', module: 'units', kind: 'change', unit_id: heroy.id, entity: 'unit', entity_id: String(heroy.id), actor_label: 'Kari Revisor', actor_user_id: null });
    expect(JSON.parse(event?.changes ?? '{}')).toMatchObject({ name: ['Herøy', 'Herøy lokallag'] });
    const settings = after.find((e) => e.method === 'settings.update');
    expect(JSON.parse(settings?.changes ?? '{}')).toEqual({ actorName: ['', 'Kari Revisor'] });
  });

  it('records assignments as role events on their unit', async () => {
    const core = await openTestCore();
    const { heroy, role } = await seedSmallOrg(core);
    const person = await core.call('people.create', { name: 'Ola Nordmann' });
    await core.call('assignments.create', { personId: person.id, roleId: role('chapter_leader'), unitId: heroy.id, startDate: '2026-01-01' });
    const event = (await events(core)).at(-1);
    expect(event).toMatchObject({ method: 'assignments.create', kind: 'role', unit_id: heroy.id, entity: 'assignment' });
    expect(JSON.parse(event?.changes ?? '{}')).toMatchObject({ person_id: [null, person.id], start_date: [null, '2026-01-01'] });
  });

  it('leaves no trace of a refused write or a rolled-back import', async () => {
    const core = await openTestCore();
    const { heroy, levels } = await seedSmallOrg(core);
    const before = await events(core);
    expect((await core.raw('units.update', { id: 9999, name: 'Ingen' })).ok).toBe(false);
    expect((await core.raw('units.create', { code: '1515', name: 'Igjen', levelId: levels.chapter.id, parentId: heroy.id })).ok).toBe(false);
    const file = utf8Csv(`${[NB_HEADER, '1516;Sande;15;Lokallag;;', '1517;Ulstein;XX;Lokallag;;'].join('\r\n')}\r\n`);
    const preview = await core.call('units.importPreview', file);
    expect((await core.raw('units.import', { ...file, mapping: preview.mapping })).ok).toBe(false);
    expect(await events(core)).toEqual(before);
    expect((await core.call('units.tree', { includeArchived: true })).length).toBe(3);
  });

  it('records an import as its counts, never the file', async () => {
    const core = await openTestCore();
    await seedSmallOrg(core);
    const file = utf8Csv(`${[NB_HEADER, '1516;Sande;15;Lokallag;;'].join('\r\n')}\r\n`);
    const preview = await core.call('units.importPreview', file);
    await core.call('units.import', { ...file, mapping: preview.mapping });
    const event = (await events(core)).at(-1);
    expect(event?.method).toBe('units.import');
    expect(event?.changes).toBe('{}');
    expect(Object.values(JSON.parse(event?.summary ?? '{}')).every((v) => typeof v === 'number')).toBe(true);
    expect(event?.summary).not.toContain('Sande');
  });

  it('refuses a raw UPDATE or DELETE of the trail', async () => {
    const core = await openTestCore();
    await seedSmallOrg(core);
    await expect(core.ds.query(`UPDATE audit_event SET method = 'x'`)).rejects.toThrow(/append-only/);
    await expect(core.ds.query(`UPDATE audit_event SET redacted = ?, unit_id = 5`, [true])).rejects.toThrow(/append-only/);
    await expect(core.ds.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only|permission denied/);
    expect((await events(core)).length).toBeGreaterThan(0);
  });

  it('replaces an erased person in the trail with «slettet person»', async () => {
    const core = await openTestCore();
    await seedSmallOrg(core);
    const person = await core.call('people.create', { name: 'Kari Nordmann', email: 'kari@example.no', phone: '+47 900 11 222' });
    await core.call('people.update', { id: person.id, name: 'Kari Nordmann Berg' });
    await core.call('people.erase', { id: person.id });
    const all = JSON.stringify(await events(core));
    expect(all).not.toMatch(/Kari|kari@example|900 11 222/);
    const update = (await events(core)).find((e) => e.method === 'people.update');
    expect(JSON.parse(update?.changes ?? '{}')).toMatchObject({ name: ['slettet person', 'slettet person'] });
    const erase = (await events(core)).find((e) => e.method === 'people.erase');
    expect(erase?.changes).toBe('{}');
  });
});
