// Report filters are checked when the export starts, so a bad filter fails
// the call itself with a REPORT_FILTER error that names the value, in words.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/shared/i18n';
import type { ApiError } from '../../../src/shared/errors';
import { openTestCore, type TestCore } from '../../support/db';
import { seedSmallOrg } from '../../support/seed';

async function refusal(core: TestCore, input: Record<string, unknown>): Promise<ApiError> {
  const env = await core.raw('reports.start', { format: 'csv', ...input });
  if (env.ok) throw new Error(`expected a refusal for ${JSON.stringify(input)}`);
  return env.error;
}

async function setup() {
  const core = await openTestCore({ now: () => new Date('2026-11-22T10:00:00Z') });
  const org = await seedSmallOrg(core);
  await core.call('waves.create', { name: 'Etappe 1', plannedStart: '2026-12-01', plannedEnd: '2027-02-28' });
  return { core, org };
}

describe('report filters', () => {
  it('refuses missing, unused and unknown filters with the context that picks the sentence', async () => {
    const { core } = await setup();
    const cases: Array<[Record<string, unknown>, string, Record<string, unknown>]> = [
      [{ kind: 'region' }, 'unit_required', {}],
      [{ kind: 'chapter' }, 'unit_required', {}],
      [{ kind: 'wave' }, 'wave_required', {}],
      [{ kind: 'national', unit: '15' }, 'unit_unused', { value: '15' }],
      [{ kind: 'chapter', unit: '1515', wave: 'Etappe 1' }, 'wave_unused', { value: 'Etappe 1' }],
      [{ kind: 'wave', wave: 'Etappe 1', from: '2026-11-01', to: '2026-11-30' }, 'period_unused', {}],
      [{ kind: 'national', appendix: true }, 'appendix_unused', {}],
      [{ kind: 'chapter', unit: '1515', appendix: true }, 'appendix_unused', {}],
      [{ kind: 'region', unit: '9999' }, 'unit_unknown', { value: '9999' }],
      [{ kind: 'region', unit: '1515' }, 'unit_not_region', { value: '1515', name: 'Herøy' }],
      [{ kind: 'support', unit: '1515' }, 'unit_not_region', { value: '1515' }],
      [{ kind: 'national', wave: 'Etappe 1', unit: '15' }, 'unit_unused', { value: '15' }],
      [{ kind: 'wave', wave: 'Etappe 9' }, 'wave_unknown', { value: 'Etappe 9' }],
      [{ kind: 'support', from: '2026-11-01' }, 'period_half', { value: '2026-11-01' }],
      [{ kind: 'support', from: '2026-11-30', to: '2026-11-01' }, 'period_order', { from: '2026-11-30', to: '2026-11-01' }],
    ];
    for (const [input, context, details] of cases) {
      const error = await refusal(core, input);
      expect(error.code, JSON.stringify(input)).toBe('REPORT_FILTER');
      expect(error.details).toMatchObject({ context, kind: input.kind, ...details });
    }
  });

  it('takes only a region for a support report, and refuses an archived unit', async () => {
    const { core, org } = await setup();
    expect((await refusal(core, { kind: 'support', unit: '00' })).details).toMatchObject({ context: 'unit_not_region' });
    await core.call('units.archive', { id: org.heroy.id });
    const error = await refusal(core, { kind: 'chapter', unit: '1515' });
    expect(error.details).toMatchObject({ context: 'unit_archived', value: '1515', name: 'Herøy' });
  });

  it('refuses a PDF where the shell has no printer', async () => {
    const { core } = await setup();
    const error = await refusal(core, { kind: 'national', format: 'pdf' });
    expect(error.code).toBe('PDF_UNAVAILABLE');
  });

  it('translates every refusal, naming the value and the kind of report', async () => {
    const { core } = await setup();
    const nb = await createI18n('nb');
    const en = await createI18n('en');
    const say = (i: typeof nb, e: ApiError): string => (i.t as unknown as (key: string, options?: object) => string)(`errors:code.${e.code}`, e.details);
    const unknown = await refusal(core, { kind: 'region', unit: '9999' });
    expect(say(nb, unknown)).toBe('Fant ingen enhet med koden 9999.');
    expect(say(en, unknown)).toBe('No unit has the code 9999.');
    const required = await refusal(core, { kind: 'wave' });
    expect(say(nb, required)).toBe('Rapporten «Etappestatus» trenger en etappe.');
    expect(say(en, required)).toBe('The report “Wave status” needs a wave.');
    const notRegion = await refusal(core, { kind: 'region', unit: '1515' });
    expect(say(nb, notRegion)).toContain('Herøy (1515) er ikke en region');
    const appendix = await refusal(core, { kind: 'national', appendix: true });
    expect(say(nb, appendix)).toBe('Rapporten «Nasjonal status» har ikke noe vedlegg.');
    expect(say(en, appendix)).toBe('The report “National status” has no appendix.');
  });
});
