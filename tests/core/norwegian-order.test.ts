// Names sort as a Norwegian reads them: z, æ, ø, å — not in byte order, which
// would put å first. Unit search, the people list and its export all agree.
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../support/db';
import { seedSmallOrg } from '../support/seed';

describe('Norwegian alphabetical order', () => {
  it('orders unit search hits z, æ, ø, å', async () => {
    const core = await openTestCore();
    const org = await seedSmallOrg(core);
    const units: Array<[string, string]> = [['9001', 'Åland'], ['9002', 'Øland'], ['9003', 'Zland'], ['9004', 'Æland'], ['9006', 'Aland']];
    for (const [code, name] of units) {
      await core.call('units.create', { code, name, levelId: org.levels.chapter.id, parentId: org.mr.id });
    }
    // Names that start with the query come first by design (Landsforbundet); the rest in order.
    const hits = (await core.call('units.search', { query: 'land' })).filter((h) => h.code.startsWith('900'));
    expect(hits.map((h) => h.name)).toEqual(['Aland', 'Zland', 'Æland', 'Øland', 'Åland']);
  });

  it('lists and exports people z, æ, ø, å', async () => {
    const core = await openTestCore();
    for (const name of ['Åse Berg', 'Øystein Lie', 'Zara Holm', 'Ærlig Dal', 'Anne Vik']) await core.call('people.create', { name });
    const page = await core.call('people.search', {});
    expect(page.rows.map((r) => r.name)).toEqual(['Anne Vik', 'Zara Holm', 'Ærlig Dal', 'Øystein Lie', 'Åse Berg']);
    const file = await core.call('people.export', { format: 'csv' });
    const names = Buffer.from(file.base64, 'base64').toString('utf8').split('\r\n').slice(1, 6).map((l) => l.split(';')[0]);
    expect(names).toEqual(['Anne Vik', 'Zara Holm', 'Ærlig Dal', 'Øystein Lie', 'Åse Berg']);
  });
});
