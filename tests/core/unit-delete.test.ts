// units.delete names what keeps a unit alive instead of failing with INTERNAL on a foreign key.
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/shared/i18n';
import { errorMessage } from '../../src/cli/messages';
import type { ApiError } from '../../src/shared/errors';
import { openTestCore } from '../support/db';
import { seedSmallOrg } from '../support/seed';

describe('units.delete', () => {
  it('refuses a unit with stage progress, a training session and a support case with UNIT_REFERENCED naming each', async () => {
    const core = await openTestCore();
    const { heroy } = await seedSmallOrg(core);
    const [stage] = await core.call('stages.list');
    const [type] = await core.call('trainingTypes.list');
    await core.call('rollout.setStage', { unitId: heroy.id, stageId: stage?.id ?? 0, state: 'done', doneDate: '2026-01-10' });
    await core.call('trainingSessions.create', { typeId: type?.id ?? 0, date: '2026-02-01', unitId: heroy.id, format: 'digital' });
    await core.call('cases.open', { unitId: heroy.id, reporterName: 'Kari Nordmann' });
    const del = await core.raw('units.delete', { id: heroy.id });
    const error = (del.ok ? null : del.error) as ApiError;
    expect(error).toMatchObject({
      code: 'UNIT_REFERENCED',
      details: {
        code: '1515', stageProgress: 1, trainingSessions: 1, supportCases: 1, children: 0,
        references: ['stageProgress', 'trainingSessions', 'supportCases'],
      },
    });
    const t = (await createI18n('nb')).t;
    expect(errorMessage(t, error)).toBe(
      '1515 er i bruk og kan ikke slettes (1 registrering av framdrift, 1 opplæringsøkt, 1 sak). Arkiver enheten i stedet.',
    );
    expect((await core.call('units.tree', {})).some((u) => u.id === heroy.id)).toBe(true);
  });
});
