// Pass 3 of a unit import: each row's level. Level names match case-insensitively;
// the user's levelMap decides first, then an existing level of that name, else a
// new level is made. Without a level the unit's depth picks the level of that rank.
import type { ImportIssue } from '../../shared/errors';
import { notFound } from '../errors';
import type { DbIndex } from './units-tree';
import type { ImportRow } from './units-rows';

export interface DbLevel {
  id: number;
  name: string;
  rank: number;
}

/** An existing level's id, or the name of a level the import creates. */
export type LevelRef = { id: number } | { create: string };

export interface LevelPlan {
  issues: ImportIssue[];
  levelOf: Map<string, LevelRef>;
  /** New levels in rank order, below the existing ones. */
  newLevels: DbLevel[];
}

export const levelKey = (name: string): string => name.normalize('NFC').trim().toLocaleLowerCase('nb');

export interface LevelInput {
  rows: readonly ImportRow[];
  depth: ReadonlyMap<string, number>;
  levelMapped: boolean;
  levels: readonly DbLevel[];
  levelMap: Readonly<Record<string, number | null>>;
  db: DbIndex;
}

/** The level each file level name stands for; throws NOT_FOUND for a levelMap id that does not exist. */
function resolveNames(input: LevelInput): { named: Map<string, LevelRef>; minDepth: Map<string, number> } {
  const byKey = new Map(input.levels.map((l) => [levelKey(l.name), l]));
  const byId = new Map(input.levels.map((l) => [l.id, l]));
  const chosen = new Map(Object.entries(input.levelMap).map(([name, id]) => [levelKey(name), id]));
  const named = new Map<string, LevelRef>();
  const minDepth = new Map<string, number>();
  for (const row of input.rows) {
    if (row.levelName === null) continue;
    const key = levelKey(row.levelName);
    const d = input.depth.get(row.code) ?? Number.POSITIVE_INFINITY;
    minDepth.set(key, Math.min(d, minDepth.get(key) ?? Number.POSITIVE_INFINITY));
    if (named.has(key)) continue;
    const pick = chosen.get(key);
    if (pick !== undefined && pick !== null) {
      if (!byId.has(pick)) throw notFound('level', pick);
      named.set(key, { id: pick });
      continue;
    }
    // "Create" for a name that already exists would clash with the unique name; the existing level is meant.
    const existing = byKey.get(key);
    named.set(key, existing ? { id: existing.id } : { create: row.levelName });
  }
  return { named, minDepth };
}

export function planLevels(input: LevelInput): LevelPlan {
  const { named, minDepth } = resolveNames(input);
  const topRank = Math.max(-1, ...input.levels.map((l) => l.rank));
  const creating = [...named.entries()].filter((e): e is [string, { create: string }] => 'create' in e[1]);
  // Levels met higher up in the file rank higher; sort is stable, so ties keep file order.
  const depthOf = (key: string) => minDepth.get(key) ?? Number.POSITIVE_INFINITY;
  creating.sort((a, b) => (depthOf(a[0]) === depthOf(b[0]) ? 0 : depthOf(a[0]) < depthOf(b[0]) ? -1 : 1));
  const newLevels = creating.map(([, ref], i) => ({ id: 0, name: ref.create, rank: topRank + 1 + i }));

  const byRank = new Map<number, LevelRef>();
  for (const l of input.levels) if (!byRank.has(l.rank)) byRank.set(l.rank, { id: l.id });
  for (const l of newLevels) if (!byRank.has(l.rank)) byRank.set(l.rank, { create: l.name });

  const issues: ImportIssue[] = [];
  const levelOf = new Map<string, LevelRef>();
  for (const row of input.rows) {
    if (row.levelName !== null) {
      levelOf.set(row.code, named.get(levelKey(row.levelName)) as LevelRef);
      continue;
    }
    const existing = input.db.byCode.get(row.code);
    if (!input.levelMapped && existing) {
      levelOf.set(row.code, { id: existing.levelId });
      continue;
    }
    const d = input.depth.get(row.code);
    if (d === undefined) continue; // its parent already has an issue
    const ref = byRank.get(d);
    if (ref) levelOf.set(row.code, ref);
    else issues.push({ line: row.line, field: 'level', code: 'UNKNOWN_LEVEL', params: { depth: d } });
  }
  return { issues, levelOf, newLevels };
}
