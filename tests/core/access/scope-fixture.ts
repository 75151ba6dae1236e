// Two regions with two chapters each, and people whose roles give them access of every
// kind. Everything in region B carries the marker QXZ in its names, so a test can tell
// whether anything of it reached a user scoped to region A by searching the answer.
import type { Caller } from '../../../src/core/call-context';
import { openFixture, type Fixture } from '../ownership/coverage-fixture';
import { UndoEntry } from '../../../src/core/db/entities';

export const MARKER = 'Qxz';

export interface ScopeFixture extends Fixture {
  units: { top: number; a: number; a1: number; a2: number; b: number; b1: number; b2: number };
  codes: { b: string; b1: string; a1: string };
  people: { outsider: number; insider: number };
  rows: { caseB1: number; caseA1: number; assignmentB1: number; sessionB1: number; waveId: number; typeId: number; stageId: number; undoRoleB1: number; undoSessionB1: number; undoWave: number; feedbackB1: number; feedbackA1: number; messageId: number; chapterLevelId: number };
  callers: { chapter: Caller; region: Caller; national: Caller; expired: Caller; grantedRegion: Caller; nobody: Caller; deactivated: Caller };
  /** Region B's chapter leader's account, for the user methods' samples. */
  accounts: { outsider: number };
}

/** A signed-in user: an account for the person, as the team server's host resolves a session to. */
async function userOf(fx: Fixture, personId: number, active = true): Promise<Caller> {
  await fx.core.ds.query(`INSERT INTO user_account (person_id, password_hash, active) VALUES (?, NULL, ?)`, [personId, active]);
  const [row] = await fx.core.ds.query(`SELECT id FROM user_account WHERE person_id = ?`, [personId]);
  return { userId: Number(row.id), personId, local: false };
}

export async function openScopeFixture(): Promise<ScopeFixture> {
  const fx = await openFixture();
  const { core } = fx;
  const national = await core.call('levels.create', { name: 'Landsforbund' });
  const region = await core.call('levels.create', { name: 'Fylkeslag' });
  const chapter = await core.call('levels.create', { name: 'Lokallag' });
  const unit = async (code: string, name: string, levelId: number, parentId: number | null) =>
    (await core.call('units.create', { code, name, levelId, parentId })).id;
  const top = await unit('00', 'Landsforbundet', national.id, null);
  const a = await unit('01', 'Innlandet', region.id, top);
  const b = await unit('02', `${MARKER}region`, region.id, top);
  const a1 = await unit('0101', 'Herøy', chapter.id, a);
  const a2 = await unit('0102', 'Våler', chapter.id, a);
  const b1 = await unit('0201', `${MARKER} lag én`, chapter.id, b);
  const b2 = await unit('0202', `${MARKER} lag to`, chapter.id, b);

  const leader = await fx.person('Lise Lagleder');
  const superUser = await fx.person('Sven Superbruker');
  const owner = await fx.person('Nina Nasjonal');
  const former = await fx.person('Frida Før');
  const staff = await fx.person('Stine Stab');
  const outsider = (await core.call('people.create', { name: `Olga ${MARKER}sen`, email: 'olga@example.org', homeUnitId: b1 })).id;
  const insider = (await core.call('people.create', { name: 'Ivar Innenfor', email: 'ivar@example.org', homeUnitId: a1 })).id;
  await fx.assign(leader, 'chapter_leader', a1, '2025-01-01');
  await fx.assign(superUser, 'super_user', a, '2025-01-01');
  await fx.assign(owner, 'system_owner', top, '2025-01-01');
  // Chapter leader in A1 until the end of 2025: no access in March 2026.
  await fx.assign(former, 'local_support', a1, '2024-01-01', '2026-01-01');
  await core.ds.query(
    `INSERT INTO access_grant (person_id, unit_id, level, can_export, start_date, end_date, note) VALUES (?, ?, 'read', ?, '2026-01-01', NULL, 'kontorstab')`,
    [staff, a, true],
  );
  const assignmentB1 = await fx.assign(outsider, 'chapter_leader', b1, '2025-01-01');
  await fx.assign(insider, 'super_user', a1, '2025-01-01');

  const caseB1 = (await core.call('cases.open', { unitId: b1, reporterName: `${MARKER} melder` })).id;
  const caseA1 = (await core.call('cases.open', { unitId: a1, reporterName: 'Anne Melder' })).id;
  const [type] = await core.call('trainingTypes.list');
  const [stage] = await core.call('stages.list');
  if (!type || !stage) throw new Error('the catalogs are seeded');
  const sessionB1 = (await core.call('trainingSessions.create', { typeId: type.id, date: '2026-02-01', unitId: b1, format: 'digital', trainer: `${MARKER} trener`, attendeeIds: [outsider] })).id;
  const wave = await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-01-01', plannedEnd: '2026-06-30' });
  await core.call('waves.addRegion', { waveId: wave.id, regionId: b });
  await core.call('waves.addRegion', { waveId: wave.id, regionId: a });
  await core.call('rollout.setStage', { unitId: b1, stageId: stage.id, state: 'blocked', blockedReason: `${MARKER} venter` });
  // Undo entries in region B (and one for the whole organization); their payload no longer
  // matches, so even an allowed caller gets UNDO_STALE and nothing changes.
  const stale = JSON.stringify({ restore: [], remove: [], revert: [{ table: 'assignment', id: assignmentB1, column: 'end_date', was: null, now: '1999-01-01' }] });
  const undoAt = async (kind: string, unitId: number | null) => (await core.ds.manager.save(UndoEntry, { at: new Date(), kind, unitId, payload: stale, undoneAt: null })).id;
  const undoRoleB1 = await undoAt('assignment.end', b1);
  const undoSessionB1 = await undoAt('session.delete', b1);
  const undoWave = await undoAt('wave.delete', null);
  const feedbackB1 = (await core.call('feedback.create', { unitId: b1, kind: 'worry', title: `${MARKER} bekymring`, raisedById: outsider })).id;
  const feedbackA1 = (await core.call('feedback.create', { unitId: a1, kind: 'need', title: 'Bedre opplæring', raisedById: insider })).id;
  // The chapter leaders' message for the first stage, where every chapter of the wave still is.
  const messageId = (await core.call('messages.create', {
    waveId: wave.id, timing: 'stage', stageId: stage.id, sendOn: '2026-01-15', roleId: fx.roles.chapter_leader, levelId: chapter.id,
    subjectNb: '{{unit}}: {{stage}}', bodyNb: 'Hei {{recipient}}\n{{role_holders}}\n{{escalation}}', subjectEn: '', bodyEn: '',
  })).id;

  return {
    ...fx,
    units: { top, a, a1, a2, b, b1, b2 },
    codes: { b: '02', b1: '0201', a1: '0101' },
    people: { outsider, insider },
    rows: { caseB1, caseA1, assignmentB1, sessionB1, waveId: wave.id, typeId: type.id, stageId: stage.id, undoRoleB1, undoSessionB1, undoWave, feedbackB1, feedbackA1, messageId, chapterLevelId: chapter.id },
    callers: {
      chapter: await userOf(fx, leader), region: await userOf(fx, superUser), national: await userOf(fx, owner),
      expired: await userOf(fx, former), grantedRegion: await userOf(fx, staff),
      nobody: await userOf(fx, await fx.person('Ola Uten Rolle')),
      // Holds a role in A1 today, but the account is closed: nothing at all.
      deactivated: await userOf(fx, await closedLeader(fx, a1), false),
    },
    accounts: { outsider: (await userOf(fx, outsider)).userId ?? 0 },
  };
}

async function closedLeader(fx: Fixture, unitId: number): Promise<number> {
  const person = await fx.person('Dag Deaktivert');
  await fx.assign(person, 'super_user', unitId, '2025-01-01');
  return person;
}
