// The unit import done by hand: papaparse plus prepared statements in one transaction.
import Papa from 'papaparse';
import { searchKey } from '../../src/core/text';
import type { RawDb } from '../support/raw-sqlite';

export interface Row {
  code: string;
  name: string;
  parent: string | null;
  level: string;
  members: number | null;
}

export function readRows(bytes: Uint8Array): Row[] {
  const text = new TextDecoder('utf-8').decode(bytes);
  const { data } = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true });
  const [header = [], ...lines] = data;
  const col = (name: string) => {
    const i = header.findIndex((h) => h.trim().toLocaleLowerCase('nb') === name);
    if (i < 0) throw new Error(`column ${name} missing`);
    return i;
  };
  const [code, name, parent, level, members] = ['kode', 'navn', 'overordnet', 'nivå', 'medlemmer'].map(col) as [number, number, number, number, number];
  return lines.map((l) => {
    const m = (l[members] ?? '').trim();
    return {
      code: (l[code] ?? '').trim(),
      name: (l[name] ?? '').trim(),
      parent: (l[parent] ?? '').trim() || null,
      level: (l[level] ?? '').trim(),
      members: m === '' ? null : Number.parseInt(m, 10),
    };
  });
}

/** Rows grouped by depth in the tree, so every parent is inserted before its children. */
export function byDepth(rows: Row[]): Row[][] {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const depth = new Map<string, number>();
  const depthOf = (r: Row, seen: number): number => {
    const known = depth.get(r.code);
    if (known !== undefined) return known;
    if (seen > rows.length) throw new Error(`cycle at ${r.code}`);
    const parent = r.parent === null ? undefined : byCode.get(r.parent);
    if (r.parent !== null && !parent) throw new Error(`unknown parent ${r.parent}`);
    const d = parent ? depthOf(parent, seen + 1) + 1 : 0;
    depth.set(r.code, d);
    return d;
  };
  const groups: Row[][] = [];
  for (const r of rows) (groups[depthOf(r, 0)] ??= []).push(r);
  return groups;
}

/** Levels in order of first appearance from the top, so rank follows depth. */
async function insertLevels(db: RawDb, groups: Row[][]): Promise<Map<string, number>> {
  const levelIds = new Map<string, number>();
  const insertLevel = await db.prepare('INSERT INTO level (name, name_key, rank) VALUES (?, ?, ?)');
  for (const r of groups.flat()) {
    if (!levelIds.has(r.level)) levelIds.set(r.level, (await insertLevel.run([r.level, searchKey(r.level), levelIds.size])).lastID);
  }
  await insertLevel.finalize();
  return levelIds;
}

/** Row by row: one prepared INSERT per unit, each parent's id taken from its own insert. */
export async function rawImportUnits(db: RawDb, bytes: Uint8Array): Promise<void> {
  const groups = byDepth(readRows(bytes));
  await db.exec('BEGIN');
  const levelIds = await insertLevels(db, groups);
  const unitIds = new Map<string, number>();
  const insertUnit = await db.prepare(
    'INSERT INTO unit (code, code_key, name, search_name, level_id, parent_id, members) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  // One depth at a time: the statement queues its runs, and the next depth needs this one's ids.
  for (const group of groups) {
    const results = await Promise.all(
      group.map((r) =>
        insertUnit.run([r.code, searchKey(r.code), r.name, searchKey(r.name), levelIds.get(r.level), r.parent === null ? null : unitIds.get(r.parent), r.members]),
      ),
    );
    group.forEach((r, i) => unitIds.set(r.code, results[i]?.lastID ?? NaN));
  }
  await insertUnit.finalize();
  await db.exec('COMMIT');
}

const UNIT_COLUMNS = 8;
// 8 bound values per row; 124 rows stay under 999, the lowest variable limit SQLite has had.
const ROWS_PER_STATEMENT = 124;

function multiRowInsert(db: RawDb, rows: number) {
  const one = `(${Array.from({ length: UNIT_COLUMNS }, () => '?').join(', ')})`;
  return db.prepare(
    `INSERT INTO unit (id, code, code_key, name, search_name, level_id, parent_id, members) VALUES ${Array.from({ length: rows }, () => one).join(', ')}`,
  );
}

/**
 * The same import the fastest plain way: ids assigned up front (past any
 * existing ones) and multi-row prepared INSERTs, parents before children,
 * so a few dozen statements do the work of 5,000.
 */
export async function rawImportUnitsBatched(db: RawDb, bytes: Uint8Array): Promise<void> {
  const rows = byDepth(readRows(bytes)).flat();
  await db.exec('BEGIN');
  const levelIds = await insertLevels(db, [rows]);
  const [top] = await db.all<{ top: number }>(
    "SELECT MAX(COALESCE((SELECT MAX(id) FROM unit), 0), COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'unit'), 0)) AS top",
  );
  let next = top?.top ?? 0;
  const ids = new Map(rows.map((r) => [r.code, ++next]));
  const values = (r: Row) => [
    ids.get(r.code), r.code, searchKey(r.code), r.name, searchKey(r.name), levelIds.get(r.level), r.parent === null ? null : ids.get(r.parent), r.members,
  ];
  const full = await multiRowInsert(db, ROWS_PER_STATEMENT);
  let start = 0;
  for (; start + ROWS_PER_STATEMENT <= rows.length; start += ROWS_PER_STATEMENT) {
    await full.run(rows.slice(start, start + ROWS_PER_STATEMENT).flatMap(values));
  }
  await full.finalize();
  if (start < rows.length) {
    const rest = await multiRowInsert(db, rows.length - start);
    await rest.run(rows.slice(start).flatMap(values));
    await rest.finalize();
  }
  await db.exec('COMMIT');
}
