// Random writes for the training-state property test: every kind of write that changes
// a training figure's inputs, through the dispatcher as the UI makes them. Ids are picked
// by index from what exists when the write runs, so any sequence is meaningful.
import fc from 'fast-check';
import type { TestCore } from '../../support/db';

/** Dates over two and a half years around the fixture's "now" (2026-03-15). */
const day = fc.integer({ min: 0, max: 900 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
const pick = fc.nat({ max: 1000 });
const typeKey = fc.constantFrom('basic', 'advanced', 'refresher', 'focus');
const people = fc.array(pick, { maxLength: 4 });

export const trainingWriteArb = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('assign' as const), person: fc.option(pick), unit: pick, role: fc.constantFrom('super_user', 'local_support', 'chapter_leader'), start: day, end: fc.option(day) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('end' as const), assignment: pick, end: day, undo: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const), person: pick }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('session' as const), type: typeKey, date: day, unit: pick, people }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('updateSession' as const), session: pick, type: fc.option(typeKey), date: fc.option(day), people: fc.option(people) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteSession' as const), session: pick, undo: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('validity' as const), type: typeKey, months: fc.option(fc.constantFrom(1, 6, 12, 24)) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tree' as const), unit: pick, op: fc.constantFrom('archive', 'restore') }) },
);
export type TrainingWrite = typeof trainingWriteArb extends fc.Arbitrary<infer T> ? T : never;

const at = <T>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);
const ids = async (core: TestCore, sql: string, params: unknown[] = []): Promise<number[]> =>
  ((await core.ds.query(sql, params)) as Array<{ id: number }>).map((r) => Number(r.id));

/** A counter for fresh names, and how many writes were taken. */
export interface Counts { made: number; taken: number }

/** Runs one write; a refused write (a business error) is part of the sequence, an internal error fails the test. */
export async function runTrainingWrite(core: TestCore, counts: Counts, w: TrainingWrite): Promise<void> {
  const units = await ids(core, 'SELECT id FROM unit WHERE parent_id IS NOT NULL ORDER BY id');
  const persons = await ids(core, 'SELECT id FROM person ORDER BY id');
  const sessions = await ids(core, 'SELECT id FROM training_session ORDER BY id');
  const typeId = async (key: string) => (await ids(core, 'SELECT id FROM training_type WHERE key = ?', [key]))[0];
  const answers: Array<{ ok: boolean; error?: { code: string } }> = [];
  const send = async (method: string, input: unknown) => {
    const env: { ok: boolean; value?: unknown; error?: { code: string } } = await core.raw(method as 'people.create', input);
    answers.push(env);
    return env;
  };
  const attendees = (picks: readonly number[]) => [...new Set(picks.map((i) => at(persons, i)).filter((id) => id !== undefined))];
  switch (w.kind) {
    case 'assign': {
      let personId = w.person === null ? undefined : at(persons, w.person);
      if (personId === undefined) {
        const person = await send('people.create', { name: `Person ${counts.made++}` });
        if (!person.ok) break;
        personId = (person.value as { id: number }).id;
      }
      const [role] = await core.ds.query('SELECT id FROM role WHERE key = ?', [w.role]);
      await send('assignments.create', {
        personId, roleId: role.id, unitId: at(units, w.unit), startDate: w.start, endDate: w.end !== null && w.end > w.start ? w.end : null,
      });
      break;
    }
    case 'end': {
      const id = at(await ids(core, 'SELECT id FROM assignment ORDER BY id'), w.assignment);
      const env = await send('assignments.end', { id, endDate: w.end });
      if (w.undo && env.ok) await send('assignments.undo', { id: (env.value as { undoId: number }).undoId });
      break;
    }
    case 'erase':
      await send('people.erase', { id: at(persons, w.person) });
      break;
    case 'session':
      await send('trainingSessions.create', {
        typeId: await typeId(w.type), date: w.date, unitId: at(units, w.unit), format: 'in_person', attendeeIds: attendees(w.people),
      });
      break;
    case 'updateSession':
      await send('trainingSessions.update', {
        id: at(sessions, w.session),
        ...(w.type === null ? {} : { typeId: await typeId(w.type) }),
        ...(w.date === null ? {} : { date: w.date }),
        ...(w.people === null ? {} : { attendeeIds: attendees(w.people) }),
      });
      break;
    case 'deleteSession': {
      const env = await send('trainingSessions.delete', { id: at(sessions, w.session) });
      if (w.undo && env.ok) await send('trainingSessions.undoDelete', { id: (env.value as { undoId: number }).undoId });
      break;
    }
    case 'validity':
      await send('trainingTypes.update', { id: await typeId(w.type), validityMonths: w.months });
      break;
    case 'tree':
      await send(`units.${w.op}`, { id: at(units, w.unit) });
      break;
  }
  for (const a of answers) {
    if (!a.ok && a.error?.code === 'INTERNAL') throw new Error(`${w.kind} failed inside: ${JSON.stringify(a)}`);
    if (a.ok) counts.taken += 1;
    else if (process.env.FORANKRING_PROPERTY_LOG) console.log(w.kind, a.error?.code);
  }
}
