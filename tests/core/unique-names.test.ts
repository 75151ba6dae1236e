// Names and codes are unique by one rule (NFC, trimmed, Norwegian lower case), kept
// by the database's unique indexes, so neither a race nor another spelling slips through.
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/cli/messages';
import type { ApiError, Envelope } from '../../src/shared/errors';
import { createI18n } from '../../src/shared/i18n';
import { openTestCore } from '../support/db';
import { seedSmallOrg } from '../support/seed';
import { fileOf } from '../fixtures/transfer';

function errorOf(env: Envelope<unknown>): ApiError | null {
  return env.ok ? null : env.error;
}

describe('unique names and codes', () => {
  it('refuses a level, wave or role whose name differs only by Norwegian case or Unicode form', async () => {
    const core = await openTestCore();
    await core.call('levels.create', { name: 'Østlandet' });
    expect(errorOf(await core.raw('levels.create', { name: 'ØSTLANDET' }))).toMatchObject({ code: 'LEVEL_NAME_TAKEN', details: { name: 'ØSTLANDET' } });
    // "Å" typed as A + combining ring is the same name once in NFC.
    await core.call('levels.create', { name: 'Åsen' });
    expect(errorOf(await core.raw('levels.create', { name: 'A\u030Asen' }))).toMatchObject({ code: 'LEVEL_NAME_TAKEN' });
    await core.call('waves.create', { name: 'Etappe Ærøy', plannedStart: '2026-01-01', plannedEnd: '2026-02-01' });
    expect(errorOf(await core.raw('waves.create', { name: ' etappe ÆRØY ', plannedStart: '2026-01-01', plannedEnd: '2026-02-01' })))
      .toMatchObject({ code: 'NAME_TAKEN' });
    const role = { descriptionNb: '', descriptionEn: '', requirements: [{ levelRank: 0, minimum: 1 }] };
    await core.call('roles.create', { nameNb: 'Økonomiansvarlig', nameEn: 'Treasurer', ...role });
    expect(errorOf(await core.raw('roles.create', { nameNb: 'ØKONOMIANSVARLIG', nameEn: 'Finance', ...role }))).toMatchObject({ code: 'ROLE_NAME_TAKEN' });
  });

  it('maps a unique-index refusal to the *_TAKEN code, not INTERNAL, when a row the check did not see holds the key', async () => {
    const core = await openTestCore();
    // Another writer's row that the role check (which compares names) passes over: its name differs, its key does not.
    await core.ds.query(`INSERT INTO role (name_nb, name_nb_key, name_en, name_en_key, sort_order) VALUES ('Kasserer (gammel)', 'kasserer', 'Old treasurer', 'old treasurer', 99)`);
    const env = await core.raw('roles.create', { nameNb: 'Kasserer', nameEn: 'Treasurer', requirements: [{ levelRank: 0, minimum: 1 }] });
    expect(errorOf(env)).toMatchObject({ code: 'ROLE_NAME_TAKEN', details: { name: 'Kasserer', context: 'byIndex' } });
    const t = (await createI18n('nb')).t;
    expect(errorMessage(t, errorOf(env) as ApiError)).toBe('Rollen «Kasserer» finnes allerede.');
  });

  it('keeps unit codes unique regardless of case, in create, update and import', async () => {
    const core = await openTestCore();
    const { mr, levels } = await seedSmallOrg(core);
    await core.call('units.create', { code: 'ÅL01', name: 'Ål', levelId: levels.chapter.id, parentId: mr.id });
    const clash = await core.raw('units.create', { code: 'ål01', name: 'Ål igjen', levelId: levels.chapter.id, parentId: mr.id });
    expect(errorOf(clash)).toMatchObject({ code: 'CODE_TAKEN', details: { code: 'ål01', name: 'Ål' } });
    const renamed = await core.raw('units.update', { id: mr.id, code: 'ål01' });
    expect(errorOf(renamed)).toMatchObject({ code: 'CODE_TAKEN' });
    // An import row in another case updates the stored unit instead of failing or adding a second.
    const csv = 'kode;navn;overordnet\nål01;Ål kommune;15\nx9;Ny;15\nX9;Ny igjen;15\n';
    const dup = await core.raw('units.import', {
      ...fileOf('enheter.csv', Buffer.from(csv)), mapping: { code: 0, name: 1, parent: 2, level: null, members: null, contactNotes: null },
    });
    expect(errorOf(dup)?.details?.issues).toEqual([{ line: 4, field: 'code', code: 'DUPLICATE_CODE', value: 'X9', params: { firstLine: 3 } }]);
    const ok = await core.call('units.import', {
      ...fileOf('enheter.csv', Buffer.from(csv.split('\n').slice(0, 3).join('\n'))),
      mapping: { code: 0, name: 1, parent: 2, level: null, members: null, contactNotes: null },
    });
    expect(ok).toMatchObject({ created: 1, updated: 1 });
    const tree = await core.call('units.tree', {});
    expect(tree.filter((u) => u.code.toLowerCase() === 'ål01').map((u) => [u.code, u.name])).toEqual([['ÅL01', 'Ål kommune']]);
    expect(tree.find((u) => u.code === 'x9')?.parentId).toBe(mr.id);
  });

  it('refuses a second root unit in create, move and import', async () => {
    const core = await openTestCore();
    const { top, mr, levels } = await seedSmallOrg(core);
    const created = await core.raw('units.create', { code: 'ANNEN', name: 'Et annet forbund', levelId: levels.national.id, parentId: null });
    expect(errorOf(created)).toMatchObject({ code: 'SECOND_ROOT', details: { code: 'ANNEN', root: '00', rootName: 'Landsforbundet' } });
    const t = (await createI18n('nb')).t;
    expect(errorMessage(t, errorOf(created) as ApiError)).toBe('ANNEN må ha en overordnet enhet: 00 (Landsforbundet) er allerede øverst i organisasjonen.');
    expect(errorOf(await core.raw('units.move', { id: mr.id, parentId: null }))).toMatchObject({ code: 'SECOND_ROOT', details: { code: '15' } });
    // The root itself may be "moved" to the top it already holds.
    expect((await core.call('units.move', { id: top.id, parentId: null })).parentId).toBeNull();
    const csv = 'kode;navn;overordnet\n15;Møre og Romsdal;\n99;Nytt lag;15\n';
    const env = await core.raw('units.import', {
      ...fileOf('enheter.csv', Buffer.from(csv)), mapping: { code: 0, name: 1, parent: 2, level: null, members: null, contactNotes: null },
    });
    // (Line 3 is refused too: with no level column it would sit at its parent's own level.)
    expect(errorOf(env)?.details?.issues).toContainEqual({ line: 2, field: 'parent', code: 'SECOND_ROOT', value: '15', params: { root: '00' } });
  });
});
