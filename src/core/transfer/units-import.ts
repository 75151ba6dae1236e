// units.importPreview and units.import: read the file once, check everything in
// memory, then write it all in one transaction, or write nothing and name every problem.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { ImportIssue } from '../../shared/errors';
import type { ImportPreview, ImportResult } from '../../shared/types';
import { Level, Unit } from '../db/entities';
import { AppError } from '../errors';
import type { Table } from './parse-table';
import { guessMapping } from './unit-columns';
import { levelKey, planLevels, type DbLevel, type LevelRef } from './units-levels';
import { readCell, readRows, storedSpelling, type Mapping } from './units-rows';
import { checkTree, indexUnits, type DbUnit } from './units-tree';
import { checkLevelOrder } from './units-level-order';
import { insertLevels, nextUnitIds, writeUnits, type UnitColumn, type UnitWrite } from './units-write';

const SAMPLE_ROWS = 10;

/** IMPORT_INVALID with every issue, in file order. */
export function invalid(issues: ImportIssue[]): AppError {
  const sorted = [...issues].sort((a, b) => a.line - b.line);
  return new AppError('IMPORT_INVALID', `The file has ${sorted.length} problem(s)`, { issues: sorted });
}

export function assertHeader(table: Table): void {
  if (table.headers.every((h) => h === '')) throw invalid([{ line: 1, code: 'EMPTY_FILE' }]);
}

async function loadLevels(em: EntityManager): Promise<DbLevel[]> {
  return em.createQueryBuilder(Level, 'l').select(['l.id AS id', 'l.name AS name', 'l.rank AS rank']).getRawMany<DbLevel>();
}

async function loadUnits(em: EntityManager): Promise<DbUnit[]> {
  const rows = await em
    .createQueryBuilder(Unit, 'u')
    .select(['u.id AS id', 'u.code AS code', 'u.parent_id AS "parentId"', 'u.archived AS archived', 'u.level_id AS "levelId"'])
    .getRawMany<Omit<DbUnit, 'archived'> & { archived: number | boolean }>();
  return rows.map((r) => ({ ...r, archived: Boolean(r.archived) }));
}

export async function previewUnits(em: EntityManager, table: Table): Promise<ImportPreview> {
  assertHeader(table);
  const mapping = guessMapping(table.headers);
  const levels: ImportPreview['levels'] = [];
  if (mapping.level !== null) {
    const existing = new Map((await loadLevels(em)).map((l) => [levelKey(l.name), l.id]));
    const seen = new Map<string, ImportPreview['levels'][number]>();
    for (const row of table.rows) {
      const name = readCell(row, mapping.level);
      if (name === '') continue;
      const key = levelKey(name);
      const entry = seen.get(key) ?? { name, levelId: existing.get(key) ?? null, count: 0 };
      entry.count += 1;
      if (!seen.has(key)) {
        seen.set(key, entry);
        levels.push(entry);
      }
    }
  }
  return {
    encoding: table.encoding, separator: table.separator, format: table.format, headers: table.headers, mapping,
    sampleRows: sampleRows(table),
    rowCount: table.rows.length, levels,
  };
}

/** The first rows as the preview shows them, one cell per header. */
export function sampleRows(table: Table): string[][] {
  return table.rows.slice(0, SAMPLE_ROWS).map((r) => table.headers.map((_, i) => r.cells[i] ?? ''));
}

/** Drops column indexes past the header, and names the required columns that are missing. */
export function checkMapping<F extends string>(
  table: Table,
  requested: Record<F, number | null>,
  required: readonly F[],
): { mapping: Record<F, number | null>; issues: ImportIssue[] } {
  const inRange = (i: number | null) => (i !== null && i < table.headers.length ? i : null);
  const mapping = Object.fromEntries(Object.entries<number | null>(requested).map(([f, i]) => [f, inRange(i)])) as Record<F, number | null>;
  const issues: ImportIssue[] = [];
  for (const field of required) {
    if (mapping[field] === null) issues.push({ line: table.headerLine, field, code: 'MISSING_COLUMN' });
  }
  if (issues.length === 0 && table.rows.length === 0) issues.push({ line: table.headerLine + 1, code: 'EMPTY_FILE' });
  return { mapping, issues };
}

/** Imports the table read from input's file; the caller reads it, so a preview's reading can be reused. */
export async function importUnits(em: EntityManager, input: InputOf<'units.import'>, table: Table): Promise<ImportResult> {
  assertHeader(table);
  const { mapping, issues: columnIssues } = checkMapping<keyof Mapping>(table, input.mapping, ['code', 'name']);
  if (columnIssues.length > 0) throw invalid(columnIssues);

  const [levels, units] = await Promise.all([loadLevels(em), loadUnits(em)]);
  const db = indexUnits(units);
  const parsed = readRows(table.rows, mapping);
  const read = { ...parsed, rows: storedSpelling(parsed.rows, units.map((u) => u.code)) };
  const tree = checkTree(read.rows, db, mapping.parent !== null);
  const plan = planLevels({
    rows: read.rows, depth: tree.depth, levelMapped: mapping.level !== null, levels, levelMap: input.levelMap, db,
  });
  const order = checkLevelOrder({ rows: read.rows, parentOf: tree.parentOf, depth: tree.depth, plan, levels, db });
  const issues = [...read.issues, ...tree.issues, ...plan.issues, ...order];
  if (issues.length > 0) throw invalid(issues);

  const createdIds = await insertLevels(em, plan.newLevels);
  const newLevelId = new Map(plan.newLevels.map((l, i) => [levelKey(l.name), createdIds[i] as number]));
  const levelId = (ref: LevelRef) => ('id' in ref ? ref.id : (newLevelId.get(levelKey(ref.create)) as number));

  const nextId = await nextUnitIds(em);
  const idOf = new Map<string, number>();
  for (const row of read.rows) idOf.set(row.code, db.byCode.get(row.code)?.id ?? nextId());
  const idOfCode = (code: string | null) => (code === null ? null : (idOf.get(code) ?? db.byCode.get(code)?.id ?? null));

  const depthOf = (code: string) => tree.depth.get(code) ?? 0;
  const writes: UnitWrite[] = [...read.rows]
    .sort((a, b) => depthOf(a.code) - depthOf(b.code))
    .map((row) => ({
      id: idOf.get(row.code) as number, code: row.code, name: row.name,
      levelId: levelId(plan.levelOf.get(row.code) as LevelRef),
      parentId: idOfCode(tree.parentOf.get(row.code) ?? null),
      members: row.members, contactNotes: row.contactNotes,
    }));
  const overwrite: UnitColumn[] = ['name', 'levelId'];
  if (mapping.parent !== null) overwrite.push('parentId');
  if (mapping.members !== null) overwrite.push('members');
  if (mapping.contactNotes !== null) overwrite.push('contactNotes');
  await writeUnits(em, writes, overwrite);

  const updated = read.rows.filter((r) => db.byCode.has(r.code)).length;
  return { created: read.rows.length - updated, updated, levelsCreated: plan.newLevels.map((l) => l.name) };
}
