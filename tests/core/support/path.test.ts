// The escalation path for a unit: chapter support, region super-user, the
// national functional and technical owners, then the vendor. Missing steps
// stay in the path as gaps.
import { describe, expect, it } from 'vitest';
import { toStoredInstant } from '../../../src/core/db/instants';
import { openFixture, smallOrg, type Fixture } from '../ownership/coverage-fixture';

const DEFAULT_SLA = {
  chapter: { tier: 'chapter', firstResponseMinutes: 240, resolutionMinutes: 960, businessHours: true },
  region: { tier: 'region', firstResponseMinutes: 240, resolutionMinutes: 960, businessHours: true },
  national: { tier: 'national', firstResponseMinutes: 120, resolutionMinutes: 960, businessHours: true },
  vendor: { tier: 'vendor', firstResponseMinutes: 120, resolutionMinutes: 1440, businessHours: true },
};

/** The small org with every step staffed for the east region and its chapter Herøy (but not Våler). */
async function staffed(f: Fixture) {
  const org = await smallOrg(f.core);
  const liv = await f.person('Liv Lokal', { email: 'liv@example.no', phone: '+47 400 00 001' });
  const ola = await f.person('Ola Superbruker', { email: 'ola@example.no' });
  const frode = await f.person('Frode Fag', { email: 'frode@example.no', phone: '22 00 00 00' });
  const tone = await f.person('Tone Teknisk', { phone: '55 00 00 00' });
  await f.assign(liv, 'local_support', org.herøy.id, '2025-02-01');
  await f.assign(ola, 'super_user', org.east.id, '2024-01-01');
  await f.assign(frode, 'functional_owner', org.top.id, '2023-01-01');
  await f.assign(tone, 'technical_owner', org.top.id, '2022-01-01');
  return { org, liv, ola, frode, tone };
}

describe('support.path', () => {
  it('runs from the chapter to the vendor with contacts and each tier\'s SLA', async () => {
    const f = await openFixture();
    const { org, liv, ola, frode, tone } = await staffed(f);
    await f.core.call('settings.update', { vendorName: 'CRM-leverandøren AS', vendorEmail: 'support@vendor.example', vendorPhone: '+47 800 00 000' });

    const path = await f.core.call('support.path', { unitId: org.herøy.id });
    expect(path.unitId).toBe(org.herøy.id);
    expect(path.steps).toEqual([
      {
        tier: 'chapter', roleKey: 'local_support', roleNameNb: 'Lokal supportkontakt', roleNameEn: 'Local support contact',
        unitId: org.herøy.id, unitName: 'Herøy', vendor: null, gap: false, sla: DEFAULT_SLA.chapter,
        contacts: [{ personId: liv, name: 'Liv Lokal', email: 'liv@example.no', phone: '+47 400 00 001' }],
      },
      {
        tier: 'region', roleKey: 'super_user', roleNameNb: 'Superbruker', roleNameEn: 'Super-user',
        unitId: org.east.id, unitName: 'Østlandet', vendor: null, gap: false, sla: DEFAULT_SLA.region,
        contacts: [{ personId: ola, name: 'Ola Superbruker', email: 'ola@example.no', phone: null }],
      },
      {
        tier: 'national', roleKey: 'functional_owner', roleNameNb: 'Fagansvarlig', roleNameEn: 'Functional owner',
        unitId: org.top.id, unitName: 'Landsforbundet', vendor: null, gap: false, sla: DEFAULT_SLA.national,
        contacts: [{ personId: frode, name: 'Frode Fag', email: 'frode@example.no', phone: '22 00 00 00' }],
      },
      {
        tier: 'national', roleKey: 'technical_owner', roleNameNb: 'Teknisk ansvarlig', roleNameEn: 'Technical owner',
        unitId: org.top.id, unitName: 'Landsforbundet', vendor: null, gap: false, sla: DEFAULT_SLA.national,
        contacts: [{ personId: tone, name: 'Tone Teknisk', email: null, phone: '55 00 00 00' }],
      },
      {
        tier: 'vendor', roleKey: null, roleNameNb: null, roleNameEn: null, unitId: null, unitName: null, contacts: [],
        vendor: { name: 'CRM-leverandøren AS', email: 'support@vendor.example', phone: '+47 800 00 000' },
        gap: false, sla: DEFAULT_SLA.vendor,
      },
    ]);
  });

  it('keeps a chapter without a support contact as a gap, with the steps above it intact', async () => {
    const f = await openFixture();
    const { org, ola } = await staffed(f);
    const path = await f.core.call('support.path', { unitId: org.våler.id });
    expect(path.steps.map((s) => [s.tier, s.roleKey, s.gap, s.contacts.map((c) => c.name)])).toEqual([
      ['chapter', 'local_support', true, []],
      ['region', 'super_user', false, ['Ola Superbruker']],
      ['national', 'functional_owner', false, ['Frode Fag']],
      ['national', 'technical_owner', false, ['Tone Teknisk']],
      // No vendor in the settings: a gap, not a missing step.
      ['vendor', null, true, []],
    ]);
    expect(path.steps[0]).toMatchObject({ unitId: org.våler.id, unitName: 'Våler', roleNameNb: 'Lokal supportkontakt', sla: DEFAULT_SLA.chapter });
    expect(path.steps[1]?.contacts[0]?.personId).toBe(ola);
    expect(path.steps[4]).toMatchObject({ vendor: null, sla: DEFAULT_SLA.vendor });
  });

  it('leaves out ended, future and erased holders, and marks the step a gap when nobody is left', async () => {
    const f = await openFixture();
    const { org, tone } = await staffed(f);
    const old = await f.person('Gammel Lokal', { email: 'gammel@example.no' });
    const next = await f.person('Neste Lokal', { email: 'neste@example.no' });
    await f.assign(old, 'local_support', org.bø.id, '2024-01-01', '2026-03-01');
    await f.assign(next, 'local_support', org.bø.id, '2026-04-01');
    // people.erase also ends the roles; blanking the row by hand keeps the assignment
    // current, which is what an erased holder looks like in imported history.
    await f.core.ds.query("UPDATE person SET name = 'x', email = NULL, phone = NULL, erased_at = ? WHERE id = ?", [toStoredInstant(new Date()), tone]);
    // Only the vendor's phone is set: that is enough to call them.
    await f.core.call('settings.update', { vendorPhone: '+47 800 11 111' });

    const path = await f.core.call('support.path', { unitId: org.bø.id });
    expect(path.steps.map((s) => [s.tier, s.roleKey, s.gap, s.contacts.map((c) => c.name)])).toEqual([
      ['chapter', 'local_support', true, []],
      // The western region has no super-user at all.
      ['region', 'super_user', true, []],
      ['national', 'functional_owner', false, ['Frode Fag']],
      ['national', 'technical_owner', true, []],
      ['vendor', null, false, []],
    ]);
    expect(path.steps[1]).toMatchObject({ unitId: org.west.id, unitName: 'Vestlandet' });
    expect(path.steps[4]?.vendor).toEqual({ name: '', email: '', phone: '+47 800 11 111' });
  });

  it('for a region and the national unit, starts at their own level: no chapter step, no chapter card', async () => {
    const f = await openFixture();
    const { org } = await staffed(f);
    const path = await f.core.call('support.path', { unitId: org.east.id });
    expect(path.steps.map((s) => [s.tier, s.unitId, s.gap])).toEqual([
      ['region', org.east.id, false], ['national', org.top.id, false], ['national', org.top.id, false], ['vendor', null, true],
    ]);
    expect(path.chapterLevel).toBe(false);

    const national = await f.core.call('support.path', { unitId: org.top.id });
    expect(national.steps.map((s) => [s.tier, s.roleKey, s.unitId, s.gap])).toEqual([
      ['national', 'functional_owner', org.top.id, false], ['national', 'technical_owner', org.top.id, false], ['vendor', null, null, true],
    ]);
    expect(national.chapterLevel).toBe(false);
    expect((await f.core.call('support.path', { unitId: org.herøy.id })).chapterLevel).toBe(true);
  });

  it("for a group below a chapter, uses the chapter's support contact", async () => {
    const f = await openFixture();
    const { org, liv } = await staffed(f);
    const groupLevel = await f.core.call('levels.create', { name: 'Gruppe' });
    const group = await f.core.call('units.create', { code: '0101-1', name: 'Herøy ungdom', levelId: groupLevel.id, parentId: org.herøy.id });
    const path = await f.core.call('support.path', { unitId: group.id });
    expect(path.unitId).toBe(group.id);
    expect(path.steps[0]).toMatchObject({ tier: 'chapter', unitId: org.herøy.id, unitName: 'Herøy', gap: false });
    expect(path.steps[0]?.contacts.map((c) => c.personId)).toEqual([liv]);
    expect(path.steps[1]).toMatchObject({ unitId: org.east.id, gap: false });
    // A group prints no chapter card: it is not a chapter.
    expect(path.chapterLevel).toBe(false);
  });

  it('carries the current SLA policy on each step, and refuses an unknown unit', async () => {
    const f = await openFixture();
    const { org } = await staffed(f);
    const region = { tier: 'region' as const, firstResponseMinutes: 60, resolutionMinutes: 480, businessHours: false };
    await f.core.call('sla.update', region);
    const path = await f.core.call('support.path', { unitId: org.herøy.id });
    expect(path.steps.map((s) => s.sla)).toEqual([DEFAULT_SLA.chapter, region, DEFAULT_SLA.national, DEFAULT_SLA.national, DEFAULT_SLA.vendor]);
    const env = await f.core.raw('support.path', { unitId: 4242 });
    expect(env.ok ? null : env.error).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'unit', id: 4242 } });
  });
});
