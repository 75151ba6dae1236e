import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { createLevel, deleteLevel, levelDto, listLevels, renameLevel } from './levels';
import { getSettings, updateSettings } from './settings';
import { Level, Unit } from '../db/entities';
import { dialectOf } from '../db/sql';
import { getLogo, setLogo } from './logo';

type OrgMethods = 'app.status' | 'settings.get' | 'settings.update' | 'organization.logo' | 'organization.setLogo' | 'levels.list' | 'levels.create' | 'levels.rename' | 'levels.delete';

export function orgHandlers({ ds, dbPath, version, db }: CoreContext): HandlersFor<OrgMethods> {
  return {
    'app.status': async () => {
      const em = ds.manager;
      // A damaged file may fail even these reads; the status must still say it is damaged.
      const [unitCount, levelCount, settings] = await Promise.all([em.count(Unit), em.count(Level), getSettings(em)])
        .catch((err: unknown) => {
          if (db.mode !== 'damaged') throw err;
          return [0, 0, { demoDeclined: true }] as const;
        });
      return { unitCount, levelCount, offerDemo: unitCount === 0 && !settings.demoDeclined, dbPath, version, db, teamServer: dialectOf(ds) === 'postgres' };
    },
    'settings.get': async () => getSettings(ds.manager),
    'settings.update': async (input) => ds.transaction((em) => updateSettings(em, input)),
    'organization.logo': async () => getLogo(ds.manager),
    'organization.setLogo': async ({ base64 }) => ds.transaction((em) => setLogo(em, base64)),
    'levels.list': async () => listLevels(ds.manager),
    'levels.create': async ({ name }) =>
      ds.transaction(async (em) => levelDto(em, (await createLevel(em, name)).id)),
    'levels.rename': async ({ id, name }) => ds.transaction((em) => renameLevel(em, id, name)),
    'levels.delete': async ({ id }) => ds.transaction((em) => deleteLevel(em, id)),
  };
}
