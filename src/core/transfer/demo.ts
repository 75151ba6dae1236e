// demo.load: a realistic organization to try the app on: one national office,
// a region per county (fylke) and a chapter per municipality (kommune), 2024.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { EntityManager } from 'typeorm';
import { Level, Unit } from '../db/entities';
import { AppError } from '../errors';
import { levelKey } from './units-levels';
import { insertLevels, nextUnitIds, writeUnits, type UnitWrite } from './units-write';

interface Kommune {
  kommunenummer: string;
  kommune: string;
  fylkesnummer: string;
  fylke: string;
  population: string;
}

const LEVELS = [
  { name: 'Landsforbund', rank: 0 },
  { name: 'Fylkeslag', rank: 1 },
  { name: 'Lokallag', rank: 2 },
] as const;

const NATIONAL = { code: 'NO', name: 'Landsforbundet' };

/** About 1 % of the population: a plausible membership, and never an empty chapter. */
export function demoMembers(population: number): number {
  return Math.max(1, Math.round(population / 100));
}

async function readKommuner(resourcesDir: string): Promise<Kommune[]> {
  const text = await readFile(join(resourcesDir, 'kommuner-2024.csv'), 'utf8');
  // Every column is read as text: kommunenummer 0301 and fylkesnummer 03 keep their zeros.
  return Papa.parse<Kommune>(text, { header: true, skipEmptyLines: 'greedy', dynamicTyping: false }).data;
}

/** Existing levels of the demo's names are reused; the others are created. */
async function demoLevelIds(em: EntityManager): Promise<number[]> {
  const existing = new Map((await em.find(Level)).map((l) => [levelKey(l.name), l.id]));
  const missing = LEVELS.filter((l) => !existing.has(levelKey(l.name)));
  const created = await insertLevels(em, missing);
  missing.forEach((l, i) => existing.set(levelKey(l.name), created[i] as number));
  return LEVELS.map((l) => existing.get(levelKey(l.name)) as number);
}

export async function loadDemo(em: EntityManager, resourcesDir: string): Promise<{ units: number }> {
  const count = await em.count(Unit);
  if (count > 0) throw new AppError('ORG_NOT_EMPTY', `The organization already has ${count} units`, { units: count });
  const kommuner = await readKommuner(resourcesDir);
  const [national, region, chapter] = await demoLevelIds(em);
  const nextId = await nextUnitIds(em);

  const top: UnitWrite = { id: nextId(), ...NATIONAL, levelId: national as number, parentId: null, members: null, contactNotes: '' };
  const regions = new Map<string, UnitWrite>();
  for (const k of kommuner) {
    if (regions.has(k.fylkesnummer)) continue;
    regions.set(k.fylkesnummer, {
      id: nextId(), code: k.fylkesnummer, name: k.fylke, levelId: region as number, parentId: top.id, members: null, contactNotes: '',
    });
  }
  const chapters = kommuner.map((k): UnitWrite => ({
    id: nextId(), code: k.kommunenummer, name: k.kommune, levelId: chapter as number,
    parentId: regions.get(k.fylkesnummer)?.id ?? top.id, members: demoMembers(Number(k.population)), contactNotes: '',
  }));
  const all = [top, ...regions.values(), ...chapters];
  await writeUnits(em, all);
  return { units: all.length };
}
