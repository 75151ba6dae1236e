// Random writes for the derived-state property tests: every kind of write that changes a
// unit's rollout inputs, through the dispatcher as the UI makes them. Ids are picked by
// index from what exists when the write runs, so any sequence is meaningful.
import fc from 'fast-check';
import type { TestCore } from '../../support/db';
import { NB_HEADER, utf8Csv } from '../../fixtures/transfer';

const day = fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
const pick = fc.nat({ max: 1000 });
const state = fc.constantFrom('not_started', 'in_progress', 'blocked', 'done');
const rule = fc.constantFrom(null, 'super_user_filled', 'basic_training');

export const writeArb = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('setStage' as const), unit: pick, stage: pick, state, planned: fc.option(day), done: fc.option(day) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('bulk' as const), byWave: fc.boolean(), scope: pick, stage: pick, action: fc.constantFrom('done', 'dates', 'block', 'confirm'), date: day }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undoBulk' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('createWave' as const), start: day, length: fc.integer({ min: 0, max: 120 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('updateWave' as const), wave: pick, end: day }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('setStageDate' as const), wave: pick, stage: pick, date: day }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteWave' as const), wave: pick, undo: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('addRegion' as const), wave: pick, region: pick, remove: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('moveToWave' as const), unit: pick, wave: fc.option(pick) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('createStage' as const), rule }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('changeStage' as const), stage: pick, rule, op: fc.constantFrom('rule', 'up', 'down', 'delete') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('tree' as const), unit: pick, region: pick, op: fc.constantFrom('create', 'move', 'archive', 'restore', 'delete') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('import' as const), region: fc.constantFrom('01', '02') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('assign' as const), unit: pick, role: fc.constantFrom('super_user', 'chapter_leader'), start: day, erase: fc.boolean() }) },
);
export type Write = typeof writeArb extends fc.Arbitrary<infer T> ? T : never;

const at = <T>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);
const ids = async (core: TestCore, sql: string): Promise<number[]> => ((await core.ds.query(sql)) as Array<{ id: number }>).map((r) => Number(r.id));

/** The levels writes create units at, a counter for fresh names, and how many writes were taken. */
export interface Org { chapterLevel: number; made: number; taken: number }

/** Runs one write; a refused write (a business error) is part of the sequence, an internal error fails the test. */
export async function runWrite(core: TestCore, org: Org, w: Write): Promise<void> {
  const units = await ids(core, 'SELECT id FROM unit WHERE archived = FALSE AND parent_id IS NOT NULL ORDER BY id');
  const regions = await ids(core, 'SELECT u.id FROM unit u JOIN level l ON l.id = u.level_id WHERE l.rank = 1 ORDER BY u.id');
  const waves = await ids(core, 'SELECT id FROM wave ORDER BY id');
  const stages = await ids(core, 'SELECT id FROM stage ORDER BY sort_order, id');
  const answers: Array<{ ok: boolean; error?: { code: string } }> = [];
  const send = async (method: string, input: unknown) => {
    const env: { ok: boolean; value?: unknown; error?: { code: string } } = await core.raw(method as 'rollout.setStage', input);
    answers.push(env);
    return env;
  };
  switch (w.kind) {
    case 'setStage':
      await send('rollout.setStage', {
        unitId: at(units, w.unit), stageId: at(stages, w.stage), state: w.state, blockedReason: w.state === 'blocked' ? 'Venter' : '',
        ...(w.planned === null ? {} : { plannedDate: w.planned }), ...(w.done === null || w.state !== 'done' ? {} : { doneDate: w.done }),
      });
      break;
    case 'bulk':
      await send('rollout.bulk', {
        scope: w.byWave ? 'wave' : 'region', scopeId: w.byWave ? at(waves, w.scope) : at(regions, w.scope), stageId: at(stages, w.stage),
        action: w.action, doneDate: w.action === 'done' ? w.date : null, plannedDate: w.action === 'dates' ? w.date : null,
        reason: w.action === 'block' ? 'Venter på tilgang' : '',
      });
      break;
    case 'undoBulk':
      await send('rollout.undoBulk', {});
      break;
    case 'createWave': {
      const end = new Date(Date.parse(w.start) + w.length * 86_400_000).toISOString().slice(0, 10);
      await send('waves.create', { name: `Etappe ${org.made++}`, plannedStart: w.start, plannedEnd: end < w.start ? w.start : end });
      break;
    }
    case 'updateWave':
      await send('waves.update', { id: at(waves, w.wave), plannedStart: '2026-01-01', plannedEnd: w.end });
      break;
    case 'setStageDate':
      await send('waves.setStageDate', { waveId: at(waves, w.wave), stageId: at(stages, w.stage), plannedDate: w.date });
      break;
    case 'deleteWave': {
      const env = await send('waves.delete', { id: at(waves, w.wave), freeUnits: true });
      if (w.undo && env.ok) await send('waves.undoDelete', { id: (env.value as { undoId: number }).undoId });
      break;
    }
    case 'addRegion':
      await send(w.remove ? 'waves.removeRegion' : 'waves.addRegion', { waveId: at(waves, w.wave), regionId: at(regions, w.region) });
      break;
    case 'moveToWave':
      await send('waves.moveUnit', { unitId: at(units, w.unit), waveId: w.wave === null ? null : (at(waves, w.wave) ?? null), reason: 'Flyttet' });
      break;
    case 'createStage':
      await send('stages.create', { nameNb: `Steg ${org.made}`, nameEn: `Stage ${org.made++}`, rule: w.rule });
      break;
    case 'changeStage': {
      const id = at(stages, w.stage);
      if (w.op === 'rule') await send('stages.update', { id, rule: w.rule });
      else if (w.op === 'delete') await send('stages.delete', { id });
      else await send('stages.move', { id, direction: w.op });
      break;
    }
    case 'tree': {
      const all = await ids(core, 'SELECT id FROM unit WHERE parent_id IS NOT NULL ORDER BY id');
      const unit = at(all, w.unit);
      const region = at(regions, w.region);
      if (w.op === 'create') await send('units.create', { code: `9${org.made}`, name: `Lag ${org.made++}`, levelId: org.chapterLevel, parentId: region });
      else if (w.op === 'move') await send('units.move', { id: unit, parentId: region });
      else await send(`units.${w.op}`, { id: unit });
      break;
    }
    case 'import': {
      // A unit file that moves Våler to the region and adds a chapter there.
      const file = utf8Csv(`${[NB_HEADER, `0102;Våler;${w.region};Lokallag;;`, `8${org.made};Lag ${org.made++};${w.region};Lokallag;;`].join('\r\n')}\r\n`);
      const preview = await send('units.importPreview', file);
      if (preview.ok) await send('units.import', { ...file, mapping: (preview.value as { mapping: unknown }).mapping });
      break;
    }
    case 'assign': {
      const person = await send('people.create', { name: `Person ${org.made++}` });
      if (!person.ok) break;
      const personId = (person.value as { id: number }).id;
      const [role] = await core.ds.query('SELECT id FROM role WHERE key = ?', [w.role]);
      await send('assignments.create', { personId, roleId: role.id, unitId: at(units, w.unit), startDate: w.start });
      if (w.erase) await send('people.erase', { id: personId });
      break;
    }
  }
  for (const a of answers) {
    if (!a.ok && a.error?.code === 'INTERNAL') throw new Error(`${w.kind} failed inside: ${JSON.stringify(a)}`);
    if (a.ok) org.taken += 1;
    else if (process.env.FORANKRING_PROPERTY_LOG) console.log(w.kind, a.error?.code);
  }
}
