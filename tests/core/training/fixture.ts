// Shared setup for the training tests: the demo organization, people and
// assignments made through the API, and sessions by type key and unit code.
import { openTestCore, type TestCore } from '../../support/db';
import type { TrainingFormat } from '../../../src/shared/types-rollout';

/** 2026-03-15 in Oslo, midday. */
export const NOON_MARCH_15 = new Date('2026-03-15T12:00:00Z');
export const TODAY = '2026-03-15';

export type TypeKey = 'basic' | 'advanced' | 'focus' | 'refresher' | 'newcomer' | 'gathering';

export interface TrainingFixture {
  core: TestCore;
  setNow(instant: Date): void;
  unit(code: string): number;
  /** Codes of the demo's chapters (four digits), in code order. */
  chapters: string[];
  role(key: string): number;
  type(key: TypeKey): number;
  person(name: string): Promise<number>;
  assign(personId: number, roleKey: string, unitCode: string, startDate: string, endDate?: string | null): Promise<void>;
  session(typeKey: TypeKey, date: string, unitCode: string, attendeeIds: number[], format?: TrainingFormat): Promise<number>;
}

export async function openTrainingFixture(now: Date = NOON_MARCH_15): Promise<TrainingFixture> {
  let clock = now;
  const core = await openTestCore({ now: () => clock });
  await core.call('demo.load', {});
  const tree = await core.call('units.tree', {});
  const units = new Map(tree.map((u) => [u.code, u.id]));
  const roles = new Map((await core.call('roles.list')).map((r) => [r.key, r.id]));
  const types = new Map((await core.call('trainingTypes.list')).map((t) => [t.key, t.id]));
  const lookup = (map: Map<string | null, number>, what: string) => (key: string): number => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`no ${what} ${key}`);
    return id;
  };
  const unit = lookup(units, 'unit');
  const role = lookup(roles, 'role');
  const type = lookup(types, 'training type');
  return {
    core,
    setNow: (instant) => {
      clock = instant;
    },
    unit,
    chapters: tree.map((u) => u.code).filter((c) => c.length === 4).sort(),
    role,
    type,
    person: async (name) => (await core.call('people.create', { name })).id,
    assign: async (personId, roleKey, unitCode, startDate, endDate = null) => {
      await core.call('assignments.create', { personId, roleId: role(roleKey), unitId: unit(unitCode), startDate, endDate });
    },
    session: async (typeKey, date, unitCode, attendeeIds, format = 'in_person') =>
      (await core.call('trainingSessions.create', { typeId: type(typeKey), date, unitId: unit(unitCode), format, attendeeIds })).id,
  };
}
