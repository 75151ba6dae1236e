// Text and dates at the zod boundary: lone surrogates, years outside 1900–2200 and
// unknown keys on an upload are refused with a translated sentence naming field and value.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/cli/messages';
import type { ApiError } from '../../src/shared/errors';
import { createI18n } from '../../src/shared/i18n';
import { openTestCore } from '../support/db';

async function nb() {
  return (await createI18n('nb')).t;
}

describe('text input', () => {
  it('refuses a lone surrogate in any text field, names the field, and keeps a paired one', async () => {
    const core = await openTestCore();
    const level = await core.call('levels.create', { name: 'Landsforbund' });
    const bad = await core.raw('units.create', { code: '00', name: 'Her\uD800øy', levelId: level.id, parentId: null });
    const error = (bad.ok ? null : bad.error) as ApiError;
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { context: 'loneSurrogate', field: 'name', value: 'HerU+D800øy' } });
    expect(errorMessage(await nb(), error)).toBe(
      'Feltet name har et ødelagt tegn (HerU+D800øy): en halv UTF-16-surrogat. Skriv eller lim inn teksten på nytt.',
    );
    const lowHalf = await core.raw('cases.open', { unitId: 1, reporterName: 'Kari', description: 'x\uDC00' });
    expect(lowHalf.ok ? null : lowHalf.error).toMatchObject({ code: 'INVALID_INPUT', details: { context: 'loneSurrogate', field: 'description' } });
    const levelName = await core.raw('levels.create', { name: '\uDBFF' });
    expect(levelName.ok ? null : levelName.error).toMatchObject({ details: { context: 'loneSurrogate' } });
    const ok = await core.call('units.create', { code: '00', name: 'Herøy 👍', levelId: level.id, parentId: null });
    expect(ok.name).toBe('Herøy 👍');
    console.log('lone surrogates: 3 refused at the boundary (name, description, level), 1 paired emoji kept');
  });

  it('builds every contract text field from the one text() helper', () => {
    const dir = join(__dirname, '../../src/shared');
    const raw = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'schemas.ts')
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => /z\.string\(\)/.test(l) && !l.includes("'job id'")).map((l) => `${f}: ${l.trim()}`));
    expect(raw).toEqual([]);
  });

  it('refuses dates outside 1900–2200 and keeps the edges', async () => {
    const core = await openTestCore();
    for (const [start, end] of [['1899-12-31', '1900-02-01'], ['2026-01-01', '2201-01-01'], ['0226-03-01', '2026-04-01']] as const) {
      const env = await core.raw('waves.create', { name: `Etappe ${start}`, plannedStart: start, plannedEnd: end });
      expect(env.ok ? null : env.error).toMatchObject({ code: 'INVALID_INPUT', details: { context: 'yearRange' } });
    }
    const env = await core.raw('waves.create', { name: 'Etappe', plannedStart: '2026-01-01', plannedEnd: '20260-01-01' });
    expect(env.ok).toBe(false);
    const far = await core.raw('waves.create', { name: 'Langt fram', plannedStart: '2026-01-01', plannedEnd: '2201-05-17' });
    expect(errorMessage(await nb(), (far.ok ? null : far.error) as ApiError)).toBe(
      'Datoen 2201-05-17 i feltet plannedEnd har et år utenfor 1900–2200.',
    );
    const edges = await core.call('waves.create', { name: 'Kanter', plannedStart: '1900-01-01', plannedEnd: '2200-12-31' });
    expect([edges.plannedStart, edges.plannedEnd]).toEqual(['1900-01-01', '2200-12-31']);
  });

  it('refuses unknown keys on an uploaded file', async () => {
    const core = await openTestCore();
    const base64 = Buffer.from('kode;navn\n00;Landsforbundet\n').toString('base64');
    const env = await core.raw('units.importPreview', { fileName: 'enheter.csv', base64, path: '/etc/passwd' });
    expect(env.ok ? null : env.error).toMatchObject({ code: 'INVALID_INPUT', details: { issues: [{ code: 'unrecognized_keys' }] } });
    expect((await core.call('units.importPreview', { fileName: 'enheter.csv', base64 })).rowCount).toBe(1);
  });
});
