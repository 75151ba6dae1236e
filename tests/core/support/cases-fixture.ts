// Shared setup for the case, clock and metrics tests: the small tree from the
// coverage tests, a "now" that each test moves on between calls, and Oslo
// wall-clock instants written the way people say them.
import { TZDate } from '@date-fns/tz';
import { Problem } from '../../../src/core/db/entities';
import { openFixture, smallOrg } from '../ownership/coverage-fixture';

/** 'YYYY-MM-DD HH:MM' on the wall clock in Oslo. */
export function oslo(wall: string): Date {
  const [date = '', time = '00:00'] = wall.split(' ');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, h, min, 'Europe/Oslo').getTime());
}

export async function openSupport(start = '2026-03-02 08:00') {
  const fixture = await openFixture(oslo(start));
  const org = await smallOrg(fixture.core);
  const { core } = fixture;
  /** Moves "now" to an Oslo wall-clock time. */
  const at = (wall: string) => fixture.setNow(oslo(wall));
  const problem = async (key: string, titleNb: string, titleEn: string) => {
    // save() runs the entity's listener, which fills the unique title keys.
    return (await core.ds.manager.save(core.ds.manager.create(Problem, { key, titleNb, titleEn, resolveTier: 'chapter', sortOrder: 1000 }))).id;
  };
  /** Opens a case at a wall-clock time. */
  const open = async (wall: string, unitId: number, problemId: number | null = null) => {
    at(wall);
    return core.call('cases.open', { unitId, reporterName: 'Ola Nordmann', problemId, description: 'Kommer ikke inn' });
  };
  return { ...fixture, org, at, problem, open };
}
