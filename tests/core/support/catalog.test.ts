// The problem catalog (seeded, editable) and the SLA policies per tier.
import { describe, expect, it } from 'vitest';
import { PROBLEM_SEED as FIRST_SEED } from '../../../src/core/db/migrations/1764100000000-Support.seed';
import { MORE_GUIDES } from '../../../src/core/db/migrations/1765500000000-MoreGuides.seed';

/** The catalog a new database gets: the first seed, then the guides added later. */
const PROBLEM_SEED = [...FIRST_SEED, ...MORE_GUIDES];
import { openTestCore, type TestCore } from '../../support/db';

async function oneChapter(core: TestCore): Promise<number> {
  const national = await core.call('levels.create', { name: 'Landsforbund' });
  const region = await core.call('levels.create', { name: 'Fylkeslag' });
  const chapter = await core.call('levels.create', { name: 'Lokallag' });
  const top = await core.call('units.create', { code: 'NO', name: 'Landsforbundet', levelId: national.id, parentId: null });
  const west = await core.call('units.create', { code: '46', name: 'Vestland', levelId: region.id, parentId: top.id });
  return (await core.call('units.create', { code: '4601', name: 'Bergen', levelId: chapter.id, parentId: west.id })).id;
}

const NEW_PROBLEM = {
  titleNb: 'Skriveren skriver ikke ut kvitteringen',
  titleEn: 'The printer does not print the receipt',
  symptomsNb: 'Kvitteringen kommer ikke ut.',
  symptomsEn: 'The receipt does not come out.',
  stepsNb: ['Slå skriveren av og på.', 'Prøv igjen.'],
  stepsEn: ['Turn the printer off and on.', 'Try again.'],
  resolveTier: 'region' as const,
  needsNb: 'Tilgang til skriveroppsettet.',
  needsEn: 'Access to the printer setup.',
  codes: [' prn-0042 ', 'PRN-0042', 'Prn-7'],
  fragments: ['Paper JAM', 'paper jam', '  Papirstopp  i  skriveren '],
};

describe('problems catalog', () => {
  it('lists the seeded catalog in order, with steps in both languages and normalized codes', async () => {
    const core = await openTestCore();
    const problems = await core.call('problems.list');
    expect(problems.map((p) => p.key)).toEqual(PROBLEM_SEED.map((p) => p.key));
    expect(problems.length).toBeGreaterThanOrEqual(30);
    for (const p of problems) {
      expect(p.stepsNb.length, p.key ?? '').toBeGreaterThanOrEqual(3);
      expect(p.stepsNb.length, p.key ?? '').toBeLessThanOrEqual(6);
      expect(p.stepsEn.length, p.key ?? '').toBe(p.stepsNb.length);
      expect(p.needsNb && p.needsEn && p.symptomsNb && p.symptomsEn, p.key ?? '').toBeTruthy();
      for (const code of p.codes) expect(code).toBe(code.toUpperCase());
      for (const fragment of p.fragments) expect(fragment).toBe(fragment.toLocaleLowerCase('nb'));
      expect(p.caseCount).toBe(0);
    }
    // Every title is unique in its language, as the editor will demand.
    expect(new Set(problems.map((p) => p.titleNb)).size).toBe(problems.length);
    expect(new Set(problems.map((p) => p.titleEn)).size).toBe(problems.length);
    const locked = problems.find((p) => p.codes.includes('AADSTS50053'));
    expect(locked).toMatchObject({ key: 'entra_account_locked', resolveTier: 'chapter' });
    expect(problems.find((p) => p.codes.includes('AADSTS50057'))?.resolveTier).toBe('national');
    expect(problems.find((p) => p.codes.includes('BID-1433'))?.resolveTier).toBe('vendor');
  });

  it('creates a problem at the end of the catalog, upper-casing codes and lower-casing fragments once each', async () => {
    const core = await openTestCore();
    const created = await core.call('problems.create', NEW_PROBLEM);
    expect(created).toMatchObject({
      key: null, sortOrder: PROBLEM_SEED.length, resolveTier: 'region', caseCount: 0,
      codes: ['PRN-0042', 'PRN-7'], fragments: ['paper jam', 'papirstopp i skriveren'],
      stepsNb: ['Slå skriveren av og på.', 'Prøv igjen.'],
    });
    const listed = await core.call('problems.list');
    expect(listed.at(-1)).toEqual(created);
    // The new code is found by the lookup straight away.
    const [match] = (await core.call('problems.lookup', { text: 'Feil prn-7 på skriveren' })).guides;
    expect(match).toMatchObject({ matchedBy: 'code', matched: 'PRN-7', problem: { id: created.id } });
  });

  it('refuses a title already used in the same language, ignoring case, but allows it in the other language', async () => {
    const core = await openTestCore();
    const seeded = (await core.call('problems.list'))[0];
    if (!seeded) throw new Error('empty catalog');
    const sameNb = await core.raw('problems.create', { ...NEW_PROBLEM, titleNb: seeded.titleNb.toLocaleUpperCase('nb') });
    expect(sameNb.ok ? null : sameNb.error).toMatchObject({ code: 'NAME_TAKEN', details: { name: seeded.titleNb.toLocaleUpperCase('nb') } });
    const sameEn = await core.raw('problems.create', { ...NEW_PROBLEM, titleEn: seeded.titleEn });
    expect(sameEn.ok ? null : sameEn.error).toMatchObject({ code: 'NAME_TAKEN', details: { name: seeded.titleEn } });
    // An English title reused as a Norwegian one is not a clash: the lists are per language.
    const crossed = await core.call('problems.create', { ...NEW_PROBLEM, titleNb: seeded.titleEn });
    expect(crossed.titleNb).toBe(seeded.titleEn);
    const renamed = await core.raw('problems.update', { id: crossed.id, titleEn: seeded.titleEn });
    expect(renamed.ok ? null : renamed.error?.code).toBe('NAME_TAKEN');
  });

  // Fails while src/shared/contract-support.ts makes the update fields `.default(...).optional()`:
  // zod 4 still applies the default, so a partial update would blank the fields left out.
  it('updates only the fields given, keeps its own title, and normalizes new codes', async () => {
    const core = await openTestCore();
    const created = await core.call('problems.create', NEW_PROBLEM);
    const updated = await core.call('problems.update', {
      id: created.id, titleNb: NEW_PROBLEM.titleNb, codes: ['aadsts99999'], fragments: ['Blekk TOMT'], resolveTier: 'national',
    });
    expect(updated).toEqual({
      ...created, codes: ['AADSTS99999'], fragments: ['blekk tomt'], resolveTier: 'national',
    });
    const missing = await core.raw('problems.update', { id: 9999, titleNb: 'x' });
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'problem', id: 9999 } });
  });

  it('counts cases per problem, and deleting a problem keeps its cases without a problem', async () => {
    const core = await openTestCore();
    const unitId = await oneChapter(core);
    const problem = await core.call('problems.create', NEW_PROBLEM);
    for (const name of ['Ola', 'Kari']) {
      await core.ds.query(
        `INSERT INTO support_case (unit_id, reporter_name, problem_id, tier, state, opened_at) VALUES (?, ?, ?, 'chapter', 'open', '2026-03-02 08:00:00')`,
        [unitId, name, problem.id],
      );
    }
    expect((await core.call('problems.list')).find((p) => p.id === problem.id)?.caseCount).toBe(2);

    expect(await core.call('problems.delete', { id: problem.id })).toEqual({ id: problem.id });
    expect((await core.call('problems.list')).some((p) => p.id === problem.id)).toBe(false);
    expect(await core.ds.query('SELECT reporter_name AS name, problem_id AS "problemId" FROM support_case ORDER BY id')).toEqual([
      { name: 'Ola', problemId: null }, { name: 'Kari', problemId: null },
    ]);
    const again = await core.raw('problems.delete', { id: problem.id });
    expect(again.ok ? null : again.error?.code).toBe('NOT_FOUND');
  });
});

describe('SLA policies', () => {
  it('lists the four tiers from chapter to vendor with the seeded defaults', async () => {
    const core = await openTestCore();
    expect(await core.call('sla.list')).toEqual([
      { tier: 'chapter', firstResponseMinutes: 240, resolutionMinutes: 960, businessHours: true },
      { tier: 'region', firstResponseMinutes: 240, resolutionMinutes: 960, businessHours: true },
      { tier: 'national', firstResponseMinutes: 120, resolutionMinutes: 960, businessHours: true },
      { tier: 'vendor', firstResponseMinutes: 120, resolutionMinutes: 1440, businessHours: true },
    ]);
  });

  it('updates one tier and leaves the others, refusing a response target after the resolution target', async () => {
    const core = await openTestCore();
    const vendor = { tier: 'vendor' as const, firstResponseMinutes: 60, resolutionMinutes: 2880, businessHours: false };
    expect(await core.call('sla.update', vendor)).toEqual(vendor);
    const list = await core.call('sla.list');
    expect(list.map((p) => p.tier)).toEqual(['chapter', 'region', 'national', 'vendor']);
    expect(list[3]).toEqual(vendor);
    expect(list[0]).toMatchObject({ firstResponseMinutes: 240, businessHours: true });
    const bad = await core.raw('sla.update', { ...vendor, firstResponseMinutes: 3000 });
    expect(bad.ok ? null : bad.error.code).toBe('INVALID_INPUT');
    expect((await core.call('sla.list'))[3]).toEqual(vendor);
  });
});
