// The CRM's usage export in: per unit and month or per person and month (rolled up by home
// unit), CSV or XLSX, nb or en headers, all or nothing, each bad row named by line, field and value.
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../src/shared/errors';
import { csv, importRows, rawRows, UNIT_MAPPING, usageSetup, xlsx } from './usage-fixture';

async function stored(fx: Awaited<ReturnType<typeof usageSetup>>) {
  const rows: Array<{ code: string; month: string; a: number | string; s: number | string }> = await fx.core.ds.query(
    `SELECT u.code AS code, m.month AS month, m.active_users AS a, m.sign_ins AS s FROM usage_month m JOIN unit u ON u.id = m.unit_id ORDER BY u.code, m.month`,
  );
  return rows.map((r) => [r.code, r.month, Number(r.a), Number(r.s)]);
}

async function issuesOf(promise: Promise<Envelope<unknown>>) {
  const answer = await promise;
  if (answer.ok) throw new Error('the file was taken');
  expect(answer.error.code).toBe('IMPORT_INVALID');
  return answer.error.details?.issues;
}

describe('usage.import per unit', () => {
  it('previews nb headers, takes codes or names, and replaces a re-imported month for the units in the file only', async () => {
    const fx = await usageSetup();
    const file = csv('Enhet;Måned;Aktive brukere;Innlogginger\n0101;2026-01;6;120\nVåler;2026-1;2;30\n0201;01.2026;4;80\n');
    const preview = await fx.core.call('usage.importPreview', file);
    expect(preview).toMatchObject({ mapping: UNIT_MAPPING, rowCount: 3, format: 'csv', separator: ';' });
    expect(await fx.core.call('usage.import', { ...file, mapping: preview.mapping })).toEqual({ rows: 3, units: 3, months: ['2026-01'] });
    // January again for Herøy alone, with February: Våler and Bø keep their January.
    expect(await importRows(fx, ['0101;2026-01;9;150', '0101;2026-02;8;100'])).toEqual({ rows: 2, units: 1, months: ['2026-01', '2026-02'] });
    expect(await stored(fx)).toEqual([
      ['0101', '2026-01', 9, 150], ['0101', '2026-02', 8, 100], ['0102', '2026-01', 2, 30], ['0201', '2026-01', 4, 80],
    ]);
  });

  it('reads an XLSX file with English headers and Excel date cells for the month', async () => {
    const fx = await usageSetup();
    const file = await xlsx([['Unit code', 'Month', 'Active users', 'Sign-ins'], ['0101', '2026-02', 7, 90], ['0201', new Date(Date.UTC(2026, 1, 1)) as unknown as string, 1, 5]]);
    const preview = await fx.core.call('usage.importPreview', file);
    expect(preview.mapping).toEqual(UNIT_MAPPING);
    await fx.core.call('usage.import', { ...file, mapping: preview.mapping });
    expect(await stored(fx)).toEqual([['0101', '2026-02', 7, 90], ['0201', '2026-02', 1, 5]]);
  });

  it('refuses the whole file, naming each bad row: unknown unit, bad or future month, negative and broken numbers, duplicates', async () => {
    const fx = await usageSetup();
    await importRows(fx, ['0101;2026-01;1;1']);
    const issues = await issuesOf(rawRows(fx, [
      '9999;2026-01;1;1',
      '0102;2026-13;1;1',
      // 15 March 2026 in Oslo: April is still to come.
      '0102;2026-04;1;1',
      '0201;2026-02;-3;1',
      '0201;2026-03;2;mange',
      '0101;2026-02;1;1',
      'Herøy;2026-02;1;1',
    ]));
    expect(issues).toEqual([
      { line: 2, field: 'unit', code: 'UNKNOWN_UNIT', value: '9999' },
      { line: 3, field: 'month', code: 'BAD_MONTH', value: '2026-13' },
      { line: 4, field: 'month', code: 'BAD_MONTH', value: '2026-04' },
      { line: 5, field: 'activeUsers', code: 'NEGATIVE_NUMBER', value: '-3' },
      { line: 6, field: 'signIns', code: 'BAD_NUMBER', value: 'mange' },
      { line: 8, field: 'unit', code: 'DUPLICATE_ROW', value: 'Herøy', params: { firstLine: 7 } },
    ]);
    expect(await stored(fx)).toEqual([['0101', '2026-01', 1, 1]]);
  });

  it('names an empty file, a header without rows, and headers it does not know', async () => {
    const fx = await usageSetup();
    expect(await issuesOf(fx.core.raw('usage.import', { ...csv(''), mapping: UNIT_MAPPING }))).toEqual([{ line: 1, code: 'EMPTY_FILE' }]);
    expect(await issuesOf(rawRows(fx, []))).toEqual([{ line: 2, code: 'EMPTY_FILE' }]);
    const wrong = csv('kolonne a;kolonne b\n0101;2026-01\n');
    const preview = await fx.core.call('usage.importPreview', wrong);
    expect(preview.mapping).toEqual({ unit: null, person: null, month: null, activeUsers: null, signIns: null });
    expect(await issuesOf(fx.core.raw('usage.import', { ...wrong, mapping: preview.mapping }))).toEqual([
      { line: 1, field: 'unit', code: 'MISSING_COLUMN' }, { line: 1, field: 'month', code: 'MISSING_COLUMN' },
      { line: 1, field: 'activeUsers', code: 'MISSING_COLUMN' }, { line: 1, field: 'signIns', code: 'MISSING_COLUMN' },
    ]);
  });
});

describe('usage.import per person', () => {
  it('rolls people up by home unit: active when they signed in, sign-ins summed', async () => {
    const fx = await usageSetup();
    for (const [email, home] of [['kari@example.org', fx.org.herøy.id], ['ola@example.org', fx.org.herøy.id], ['per@example.org', fx.org.bø.id]] as const) {
      await fx.core.call('people.create', { name: email.split('@')[0] ?? email, email, homeUnitId: home });
    }
    const file = csv('E-post;Måned;Innlogginger\nkari@example.org;2026-02;12\nOLA@example.org;2026-02;0\nper@example.org;2026-02;3\n');
    const preview = await fx.core.call('usage.importPreview', file);
    expect(preview.mapping).toEqual({ unit: null, person: 0, month: 1, activeUsers: null, signIns: 2 });
    expect(await fx.core.call('usage.import', { ...file, mapping: preview.mapping })).toEqual({ rows: 2, units: 2, months: ['2026-02'] });
    expect(await stored(fx)).toEqual([['0101', '2026-02', 1, 12], ['0201', '2026-02', 1, 3]]);
  });

  it('names an unknown person, one without a home unit, and the same person twice in a month', async () => {
    const fx = await usageSetup();
    await fx.core.call('people.create', { name: 'Uten Hjem', email: 'uten@example.org' });
    await fx.core.call('people.create', { name: 'Kari', email: 'kari@example.org', homeUnitId: fx.org.herøy.id });
    const file = csv('e-post;måned;innlogginger\nukjent@example.org;2026-02;1\nuten@example.org;2026-02;1\nkari@example.org;2026-02;1\nKari@example.org;2026-02;2\n');
    const issues = await issuesOf(fx.core.raw('usage.import', { ...file, mapping: { unit: null, person: 0, month: 1, activeUsers: null, signIns: 2 } }));
    expect(issues).toEqual([
      { line: 2, field: 'person', code: 'UNKNOWN_PERSON', value: 'ukjent@example.org' },
      { line: 3, field: 'person', code: 'NO_HOME_UNIT', value: 'uten@example.org' },
      { line: 5, field: 'person', code: 'DUPLICATE_ROW', value: 'Kari@example.org', params: { firstLine: 4 } },
    ]);
    expect(await stored(fx)).toEqual([]);
  });
});
