// Erasure over a large history: every mention is found and only mentions change, also
// beside look-alikes (a longer surname, a longer number), and it stays quick because SQL
// narrows the rows before the matching rule reads them.
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../support/db';
import { ON_POSTGRES } from '../../support/postgres';
import { seedSmallOrg } from '../../support/seed';
import { KARI } from './erase-fixture';

const CASES = 10_000;
const EVENTS = 30_000;
const LOG = 10_000;
const range = (n: number) => Array.from({ length: n }, (_, k) => k + 1);

describe('people.erase at scale', () => {
  it(`rewrites exactly the mentions among ${CASES} cases, ${EVENTS} case events and ${LOG} log entries`, async () => {
    const core = await openTestCore({ now: () => new Date('2026-03-15T12:00:00Z') });
    const { heroy } = await seedSmallOrg(core);
    const kari = await core.call('people.create', KARI);
    await core.ds.transaction(async (em) => {
      await em.query(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${CASES})
        INSERT INTO support_case (unit_id, reporter_name, reporter_contact, description, tier, state, opened_at, resolution)
        SELECT CAST(? AS INTEGER), 'Ola ' || i, 'ola' || i || '@example.no',
               CASE WHEN i % 100 = 0 THEN 'Samme som Kari Ødegård' WHEN i % 150 = 0 THEN 'Samme som Kari Ødegårdsen' ELSE 'Kommer ikke inn ' || i END,
               'chapter', 'open', '2026-03-01 10:00:00.000', '' FROM n`, [heroy.id]);
      await em.query(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${EVENTS})
        INSERT INTO case_event (case_id, at, kind, note, actor)
        SELECT (SELECT MIN(id) FROM support_case) + i % ${CASES}, '2026-03-01 11:00:00.000', 'first_response',
               CASE WHEN i % 500 = 0 THEN 'Ring 412 34 567' WHEN i % 700 = 0 THEN 'Ring 412 34 5670' ELSE 'Svar ' || i END, 'Kontoret' FROM n`);
      await em.query(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${LOG})
        INSERT INTO activity_log (at, actor, kind, unit_id, detail)
        SELECT '2026-03-01 12:00:00.000', 'Kontoret', 'progress', CAST(? AS INTEGER),
               '{"before":{"note":"Notat ' || i || '"},"after":{"note":"'
                 || CASE WHEN i % 200 = 0 THEN 'Avtalt med KARI.ODEGARD@example.no' ELSE 'Notat ' || i || ' anne.kari.odegard@example.no' END
                 || '"}}' FROM n`, [heroy.id]);
    });
    const mentions = { cases: range(CASES).filter((i) => i % 100 === 0).length, events: range(EVENTS).filter((i) => i % 500 === 0).length, log: range(LOG).filter((i) => i % 200 === 0).length };
    const decoys = { cases: range(CASES).filter((i) => i % 100 !== 0 && i % 150 === 0).length, events: range(EVENTS).filter((i) => i % 500 !== 0 && i % 700 === 0).length };
    const count = async (sql: string) => Number((await core.ds.query(sql))[0].n);

    const started = performance.now();
    await core.call('people.erase', { id: kari.id });
    const ms = Math.round(performance.now() - started);

    expect(await count("SELECT COUNT(*) AS n FROM support_case WHERE description = 'Samme som slettet person'")).toBe(mentions.cases);
    expect(await count("SELECT COUNT(*) AS n FROM support_case WHERE description = 'Samme som Kari Ødegårdsen'")).toBe(decoys.cases);
    expect(await count("SELECT COUNT(*) AS n FROM case_event WHERE note = 'Ring slettet person'")).toBe(mentions.events);
    expect(await count("SELECT COUNT(*) AS n FROM case_event WHERE note = 'Ring 412 34 5670'")).toBe(decoys.events);
    expect(await count(`SELECT COUNT(*) AS n FROM activity_log WHERE detail LIKE '%"after":{"note":"Avtalt med slettet person"}}'`)).toBe(mentions.log);
    // Another address that merely contains hers as a suffix is somebody else's.
    expect(await count("SELECT COUNT(*) AS n FROM activity_log WHERE detail LIKE '%anne.kari.odegard@example.no%'")).toBe(LOG - mentions.log);
    expect(await count("SELECT COUNT(*) AS n FROM support_case WHERE reporter_name = 'slettet person'")).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM support_case')).toBe(CASES);
    expect(await count('SELECT COUNT(*) AS n FROM case_event')).toBe(EVENTS);
    if (!ON_POSTGRES) expect((await core.ds.query('PRAGMA integrity_check'))[0]).toEqual({ integrity_check: 'ok' });
    expect(ms).toBeLessThan(15_000);
    const rewritten = mentions.cases + mentions.events + mentions.log;
    console.log(`erase at scale: ${CASES} cases + ${EVENTS} case events + ${LOG} log entries, ${rewritten} mentions rewritten, 0 of ${decoys.cases + decoys.events + LOG - mentions.log} look-alikes touched, ${ms} ms`);
  }, 60_000);
});
