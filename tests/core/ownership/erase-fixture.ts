// A person who appears everywhere free text can hold them: as the reporter of two
// support cases (by name, and by phone as the contact), in another reporter's case and
// its events, as a trainer and as an attendee, in stage notes and a blocked reason
// (and so in the activity log's snapshots), as the actor of changes (the actor-name
// setting holds her name at the end), in a wave move's
// reason and a unit's contact notes. Ola is the control: nothing of his may change.
import { join } from 'node:path';
import { openCore } from '../../../src/core';
import { openTestCore, RESOURCES_DIR, tempDir, type TestCore } from '../../support/db';
import { ON_POSTGRES } from '../../support/postgres';
import { seedSmallOrg } from '../../support/seed';

export const KARI = { name: 'Kari Ødegård', email: 'kari.odegard@example.no', phone: '+47 412 34 567' };
const NOW = () => new Date('2026-03-15T12:00:00Z');

export async function openAt(dbPath: string): Promise<TestCore> {
  const core = await openCore({ dbPath, resourcesDir: RESOURCES_DIR, version: 'test', now: NOW });
  const raw = async (method: string, input?: unknown) => core.dispatch(method, input ?? {});
  const call = async (method: string, input?: unknown) => {
    const env = await raw(method, input);
    if (!env.ok) throw new Error(`${method} failed: ${env.error.code} ${JSON.stringify(env.error.details)}`);
    return env.value;
  };
  return Object.assign(core, { call, raw }) as TestCore;
}

export async function seedTraces(core: TestCore) {
  const { heroy, mr } = await seedSmallOrg(core);
  const kari = await core.call('people.create', { ...KARI, homeUnitId: heroy.id, note: 'Foretrekker SMS' });
  const ola = await core.call('people.create', { name: 'Ola Nordmann', email: 'ola@example.no', phone: '90000000', homeUnitId: heroy.id });

  const byName = await core.call('cases.open', { unitId: heroy.id, reporterName: 'KARI ØDEGÅRD', reporterContact: 'Kari.Odegard@Example.no', description: 'Får ikke logget inn' });
  const byPhone = await core.call('cases.open', { unitId: heroy.id, reporterName: 'Kari Ø.', reporterContact: '41234567', description: 'Glemt passord' });
  const olas = await core.call('cases.open', {
    unitId: heroy.id, reporterName: 'Ola Nordmann', reporterContact: 'ola@example.no',
    description: 'Samme feil som Kari Ødegård, ring 0047 41 23 45 67',
  });
  await core.call('cases.respond', { id: olas.id, note: 'Snakket med kari.odegard@EXAMPLE.no og Ola' });
  await core.call('cases.escalate', { id: olas.id, reason: 'Kari  Ødegård får heller ikke tilgang' });
  await core.call('cases.resolve', { id: olas.id, resolution: 'Løst for Ola og for Kari Ødegård' });

  const [type] = await core.call('trainingTypes.list');
  const trained = await core.call('trainingSessions.create', {
    typeId: type?.id ?? 0, date: '2026-02-01', unitId: heroy.id, format: 'in_person', trainer: 'Kari Ødegård', attendeeIds: [ola.id],
  });
  const attended = await core.call('trainingSessions.create', {
    typeId: type?.id ?? 0, date: '2026-02-02', unitId: heroy.id, format: 'digital', trainer: 'Ola Nordmann', attendeeIds: [kari.id, ola.id],
  });

  const [stage, second] = await core.call('stages.list');
  await core.call('settings.update', { actorName: 'Kari Ødegård' });
  await core.call('rollout.setStage', { unitId: heroy.id, stageId: stage?.id ?? 0, state: 'in_progress', note: 'Kari Ødegård følger opp, tlf. +4741234567' });
  await core.call('settings.update', { actorName: 'Kontoret' });
  await core.call('rollout.setStage', { unitId: heroy.id, stageId: stage?.id ?? 0, state: 'done', doneDate: '2026-03-01', note: 'Ferdig, takk til Kari Ødegård og Ola' });
  // She works the app at the end, so the actor-name setting holds her name when she is erased.
  await core.call('settings.update', { actorName: 'Kari Ødegård' });
  await core.call('rollout.setStage', { unitId: heroy.id, stageId: second?.id ?? 0, state: 'blocked', blockedReason: 'Venter på kari.odegard@example.no' });
  const wave = await core.call('waves.create', { name: 'Bølge 1', plannedStart: '2026-04-01', plannedEnd: '2026-05-01' });
  await core.call('waves.moveUnit', { unitId: heroy.id, waveId: wave.id, reason: 'Kari Ødegård ba om det' });
  await core.call('units.update', { id: mr.id, contactNotes: 'Kontakt: 412 34 567 eller Ola' });
  return { heroy, mr, kari, ola, cases: { byName, byPhone, olas }, sessions: { trained, attended }, stage, second };
}

/** A real file in a fresh directory (on PostgreSQL a fresh database, dbPath ''), with the traces seeded. */
export async function openTraces() {
  if (ON_POSTGRES) {
    const core = await openTestCore({ now: NOW });
    return { dbPath: '', core, ...(await seedTraces(core)) };
  }
  const dbPath = join(tempDir('forankring-erase-'), 'erase.sqlite');
  const core = await openAt(dbPath);
  return { dbPath, core, ...(await seedTraces(core)) };
}
