// Erasure reaches every trace of the person (GDPR art. 17), and leaves no copy in the
// file: not in freed pages, not in the -wal. The access export (art. 15) shows the same traces.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../../support/db';
import { ON_POSTGRES } from '../../support/postgres';
import { KARI, openAt, openTraces } from './erase-fixture';

const open: TestCore[] = [];
afterEach(async () => {
  for (let core = open.pop(); core; core = open.pop()) await core.close();
});

async function traces() {
  const t = await openTraces();
  // On PostgreSQL openTestCore closes it after the test; a second close there fails.
  if (!ON_POSTGRES) open.push(t.core);
  return t;
}

type Counts = Record<string, number>;
async function counts(core: TestCore): Promise<Counts> {
  const tables = ['person', 'support_case', 'case_event', 'training_session', 'attendance', 'stage_progress', 'activity_log', 'wave_member', 'unit'];
  const out: Counts = {};
  for (const t of tables) out[t] = Number((await core.ds.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n);
  return out;
}

/** Every text cell in the database, as "table.column: value". */
async function allText(core: TestCore): Promise<string[]> {
  const tables: Array<{ name: string }> = await core.ds.query(ON_POSTGRES
    ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
    : "SELECT name FROM sqlite_master WHERE type = 'table'");
  const out: string[] = [];
  for (const { name } of tables) {
    for (const row of await core.ds.query(`SELECT * FROM "${name}"`) as Array<Record<string, unknown>>) {
      for (const [col, v] of Object.entries(row)) if (typeof v === 'string') out.push(`${name}.${col}: ${v}`);
    }
  }
  return out;
}

// The person as the tests look for them: whole name, surname alone, lower case (the
// search key), the address, and the phone in the forms it was written in.
const NEEDLES = ['Kari Ødegård', 'kari ødegård', 'KARI ØDEGÅRD', 'Ødegård', KARI.email, 'Kari.Odegard@Example.no', '41234567', '412 34 567', '41 23 45 67'];

describe('people.erase', () => {
  it('replaces the person in every case, session, note and log entry with «slettet person», and the counts stay true', async () => {
    const { core, kari, ola, cases, sessions, heroy, mr } = await traces();
    const before = await counts(core);
    const olaCaseBefore = await core.call('cases.get', { id: cases.olas.id });

    await core.call('people.erase', { id: kari.id });

    expect(await counts(core)).toEqual(before);
    const byName = await core.call('cases.get', { id: cases.byName.id });
    expect(byName).toMatchObject({ reporterName: 'slettet person', reporterContact: 'slettet person', description: 'Får ikke logget inn' });
    expect(await core.call('cases.get', { id: cases.byPhone.id })).toMatchObject({ reporterName: 'slettet person', reporterContact: 'slettet person' });
    const olas = await core.call('cases.get', { id: cases.olas.id });
    expect(olas).toMatchObject({
      reporterName: 'Ola Nordmann', reporterContact: 'ola@example.no',
      description: 'Samme feil som slettet person, ring slettet person', resolution: 'Løst for Ola og for slettet person',
    });
    expect(olas.events.map((e) => e.note)).toEqual(olaCaseBefore.events.map((e) => e.note
      .replace('kari.odegard@EXAMPLE.no', 'slettet person').replace('Kari  Ødegård', 'slettet person').replace('Kari Ødegård', 'slettet person')));
    expect(olas.events.map((e) => e.note)).toContain('Snakket med slettet person og Ola');

    expect((await core.call('trainingSessions.get', { id: sessions.trained.id })).trainer).toBe('slettet person');
    const attended = await core.call('trainingSessions.get', { id: sessions.attended.id });
    expect(attended).toMatchObject({ trainer: 'Ola Nordmann', attendeeCount: 2 });

    const rollout = await core.call('rollout.unit', { unitId: heroy.id });
    const notes = JSON.stringify(rollout);
    expect(notes).toContain('slettet person følger opp, tlf. slettet person');
    expect(notes).toContain('Ferdig, takk til slettet person og Ola');
    expect(notes).toContain('Venter på slettet person');
    expect(notes).toContain('slettet person ba om det');
    // The actor of the first change was her; the log keeps the row, with her name replaced.
    expect(rollout.history.map((h) => h.actor)).toContain('slettet person');
    expect((await core.call('settings.get')).actorName).toBe('slettet person');
    expect((await core.call('units.get', { id: mr.id })).contactNotes).toBe('Kontakt: slettet person eller Ola');
    // Every snapshot stays valid JSON.
    for (const { detail } of await core.ds.query('SELECT detail FROM activity_log') as Array<{ detail: string }>) expect(() => JSON.parse(detail)).not.toThrow();

    const cells = await allText(core);
    const left = cells.filter((c) => NEEDLES.some((n) => c.toLocaleLowerCase('nb').includes(n.toLocaleLowerCase('nb'))));
    expect(left).toEqual([]);
    // Ola is untouched.
    expect(await core.call('people.get', { id: ola.id })).toMatchObject({ name: 'Ola Nordmann', email: 'ola@example.no', phone: '90000000' });
    const rewritten = cells.filter((c) => c.includes('slettet person')).length;
    console.log(`erase: ${rewritten} text cells now «slettet person» in ${new Set(cells.filter((c) => c.includes('slettet person')).map((c) => c.split('.')[0])).size} tables, 3 cases, 2 sessions, ${before.activity_log} log entries kept; 0 of ${NEEDLES.length} forms of the person left in ${cells.length} text cells`);
  });

  // About the SQLite file's bytes: a server's storage is the server's.
  it.skipIf(ON_POSTGRES)('leaves no copy of the name, e-mail or phone in the raw .sqlite or -wal file', async () => {
    const { core, dbPath, kari } = await traces();
    expect((await core.ds.query('PRAGMA secure_delete'))[0]).toEqual({ secure_delete: 1 });
    const bytesOf = (path: string) => (existsSync(path) ? readFileSync(path) : Buffer.alloc(0));
    const found = (buf: Buffer) => NEEDLES.flatMap((n) => ['utf8', 'utf16le'].filter((enc) => buf.includes(Buffer.from(n, enc as BufferEncoding))).map((enc) => `${n} (${enc})`));
    // Before the erasure the person is in the file: the search can see them.
    expect(found(Buffer.concat([bytesOf(dbPath), bytesOf(`${dbPath}-wal`)])).length).toBeGreaterThan(0);

    await core.call('people.erase', { id: kari.id });
    // While the app is still open: the erase ended with a checkpoint that emptied the -wal.
    expect(statSync(`${dbPath}-wal`).size).toBe(0);
    expect(found(bytesOf(dbPath))).toEqual([]);
    await core.close();
    const closed = Buffer.concat([bytesOf(dbPath), bytesOf(`${dbPath}-wal`)]);
    expect(found(closed)).toEqual([]);
    console.log(`erase on disk: 0 of ${NEEDLES.length * 2} needles (${NEEDLES.length} forms × UTF-8/UTF-16) in ${closed.length} bytes of .sqlite + -wal`);

    // And the file still opens, with the person's row kept as erased.
    const again = await openAt(dbPath);
    open.push(again);
    expect(await again.call('people.get', { id: kari.id })).toMatchObject({ name: '', email: null, erased: true });
  });
});

describe('people.exportData', () => {
  it('holds the cases they reported, the sessions they attended or trained, and the notes and log entries that name them', async () => {
    const { core, kari, cases, sessions } = await traces();
    const file = await core.call('people.exportData', { id: kari.id });
    const data = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(Object.keys(data).sort()).toEqual([
      'activityLog', 'assignments', 'caseNotes', 'exportedAt', 'person', 'stageNotes', 'supportCases', 'trainingSessions', 'unitNotes', 'waveNotes',
    ]);
    expect(data.supportCases.map((c: { id: number }) => c.id)).toEqual([cases.byName.id, cases.byPhone.id]);
    expect(data.supportCases[0]).toMatchObject({
      reporterName: 'KARI ØDEGÅRD', reporterContact: 'Kari.Odegard@Example.no', description: 'Får ikke logget inn',
      unit: { code: '1515', name: 'Herøy' }, state: 'open', events: [{ kind: 'opened' }],
    });
    // Ola's case is his; what names her there is listed, not the whole case.
    expect(data.caseNotes).toEqual(expect.arrayContaining([
      { caseId: cases.olas.id, description: 'Samme feil som Kari Ødegård, ring 0047 41 23 45 67', resolution: 'Løst for Ola og for Kari Ødegård' },
      expect.objectContaining({ caseId: cases.olas.id, event: expect.objectContaining({ kind: 'first_response', note: 'Snakket med kari.odegard@EXAMPLE.no og Ola' }) }),
      expect.objectContaining({ caseId: cases.olas.id, event: expect.objectContaining({ kind: 'escalated', note: 'Kari  Ødegård får heller ikke tilgang' }) }),
    ]));
    expect(JSON.stringify(data.caseNotes)).not.toContain('ola@example.no');
    expect(data.trainingSessions).toEqual([
      expect.objectContaining({ id: sessions.trained.id, trainer: 'Kari Ødegård', attended: false, trained: true, format: 'in_person' }),
      expect.objectContaining({ id: sessions.attended.id, trainer: 'Ola Nordmann', attended: true, trained: false, unit: { code: '1515', name: 'Herøy' } }),
    ]);
    expect(data.stageNotes.map((s: { note: string; blockedReason: string }) => s.note || s.blockedReason))
      .toEqual(['Ferdig, takk til Kari Ødegård og Ola', 'Venter på kari.odegard@example.no']);
    expect(data.waveNotes).toEqual([expect.objectContaining({ unit: { code: '1515', name: 'Herøy' }, wave: 'Bølge 1', reason: 'Kari Ødegård ba om det' })]);
    expect(data.unitNotes).toEqual([{ unit: { code: '15', name: 'Møre og Romsdal' }, contactNotes: 'Kontakt: 412 34 567 eller Ola' }]);
    // Both stage notes' changes, the blocked one, the wave move: each log entry names her in its snapshots or as actor.
    expect(data.activityLog.length).toBeGreaterThanOrEqual(4);
    expect(data.activityLog[0]).toMatchObject({ actor: 'Kari Ødegård', kind: 'progress', unit: { code: '1515', name: 'Herøy' } });
    expect(JSON.stringify(data.activityLog[0].detail)).toContain('følger opp');

    // After erasure nothing names her: only the attendance (by id) remains, without her name.
    await core.call('people.erase', { id: kari.id });
    const after = JSON.parse(Buffer.from((await core.call('people.exportData', { id: kari.id })).base64, 'base64').toString('utf8'));
    expect(after).toMatchObject({ supportCases: [], caseNotes: [], stageNotes: [], waveNotes: [], unitNotes: [], activityLog: [] });
    expect(after.trainingSessions.map((s: { id: number }) => s.id)).toEqual([sessions.attended.id]);
  });
});
