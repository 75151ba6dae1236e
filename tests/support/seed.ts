import type { TestCore } from './db';

/**
 * A three-level organization: Landsforbundet (00) › Møre og Romsdal (15) ›
 * Herøy (1515), with the seeded role catalog looked up by key.
 */
export async function seedSmallOrg(core: TestCore) {
  const national = await core.call('levels.create', { name: 'Landsforbund' });
  const region = await core.call('levels.create', { name: 'Fylkeslag' });
  const chapter = await core.call('levels.create', { name: 'Lokallag' });
  const top = await core.call('units.create', { code: '00', name: 'Landsforbundet', levelId: national.id, parentId: null });
  const mr = await core.call('units.create', { code: '15', name: 'Møre og Romsdal', levelId: region.id, parentId: top.id });
  const heroy = await core.call('units.create', { code: '1515', name: 'Herøy', levelId: chapter.id, parentId: mr.id });
  const roles = new Map((await core.call('roles.list')).map((r) => [r.key, r]));
  const role = (key: string): number => roles.get(key)?.id ?? 0;
  return { levels: { national, region, chapter }, top, mr, heroy, role };
}
