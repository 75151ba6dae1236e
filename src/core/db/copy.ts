// Copies a whole organization from one database to another of the other driver:
// a solo SQLite file onto an empty team database (copy-to-server), or a team
// database into a new SQLite file (copy-from-server, an offline copy). Both sides
// are migrated to this build first, so their tables are the same. The target is
// written in one transaction: its seeded catalogs are replaced by the source's, and
// nothing is left half-copied if a row is refused.
import type { DataSource, EntityManager, EntityMetadata } from 'typeorm';
import { AppError } from '../errors';
import { dialectOf } from './sql';

export interface TableCount {
  table: string;
  rows: number;
}

// Both drivers allow far more; this keeps one statement's parameters well inside either limit.
const MAX_PARAMS = 30_000;

/** The tables the organization lives in: every entity's and junction table, parents before children. */
export function tablesInOrder(ds: DataSource): EntityMetadata[] {
  const all = ds.entityMetadatas;
  const done = new Set<string>();
  const ordered: EntityMetadata[] = [];
  while (ordered.length < all.length) {
    const ready = all.filter((m) => !done.has(m.tableName)
      && m.foreignKeys.every((fk) => fk.referencedEntityMetadata.tableName === m.tableName || done.has(fk.referencedEntityMetadata.tableName)));
    if (ready.length === 0) throw new Error('The entities have a cycle of foreign keys between tables');
    for (const m of ready.sort((a, b) => a.tableName.localeCompare(b.tableName))) {
      done.add(m.tableName);
      ordered.push(m);
    }
  }
  return ordered;
}

/** Rows of a table that refers to itself (a unit's parent), ordered so every row comes after the one it names. */
function parentsFirst(meta: EntityMetadata, rows: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const self = meta.foreignKeys.filter((fk) => fk.referencedEntityMetadata.tableName === meta.tableName);
  if (self.length === 0) return rows;
  const key = meta.primaryColumns[0]?.databaseName ?? 'id';
  const columns = self.flatMap((fk) => fk.columnNames);
  const placed = new Set<unknown>();
  const ordered: Array<Record<string, unknown>> = [];
  let left = rows;
  while (left.length > 0) {
    const ready = left.filter((r) => columns.every((c) => r[c] === null || r[c] === r[key] || placed.has(r[c])));
    if (ready.length === 0) throw new Error(`${meta.tableName} has rows whose parent is missing`);
    for (const r of ready) placed.add(r[key]);
    ordered.push(...ready);
    const taken = new Set(ready);
    left = left.filter((r) => !taken.has(r));
  }
  return ordered;
}

async function rowCount(em: EntityManager, table: string): Promise<number> {
  const [row] = (await em.query(`SELECT COUNT(*) AS n FROM "${table}"`)) as Array<{ n: number }>;
  return Number(row?.n ?? 0);
}

/** Refuses a target that holds an organization already: units, people or levels of its own. */
async function assertEmpty(em: EntityManager): Promise<void> {
  for (const table of ['unit', 'level', 'person']) {
    const rows = await rowCount(em, table);
    if (rows > 0) throw new AppError('ORG_NOT_EMPTY', `The target already has ${rows} rows in ${table}`, { context: 'copy', table, rows });
  }
}

/** A value as the target driver takes it: booleans are 0/1 in SQLite and true/false in PostgreSQL. */
function toTarget(value: unknown, type: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'boolean') return value === true || value === 1 || value === '1';
  return value;
}

async function insertAll(em: EntityManager, meta: EntityMetadata, rows: Array<Record<string, unknown>>): Promise<void> {
  const columns = meta.columns.map((c) => ({ name: c.databaseName, type: c.type }));
  const head = `INSERT INTO "${meta.tableName}" (${columns.map((c) => `"${c.name}"`).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    await em.query(`${head}${batch.map(() => tuple).join(', ')}`, batch.flatMap((r) => columns.map((c) => toTarget(r[c.name], c.type))));
  }
}

/** PostgreSQL's id sequences do not move for ids given explicitly: each is set past the copied rows. */
async function advanceSequences(em: EntityManager, tables: EntityMetadata[]): Promise<void> {
  if (dialectOf(em) !== 'postgres') return;
  for (const meta of tables) {
    const generated = meta.primaryColumns.find((c) => c.isGenerated && c.generationStrategy === 'increment');
    if (!generated) continue;
    const column = generated.databaseName;
    await em.query(
      `SELECT setval(pg_get_serial_sequence('"${meta.tableName}"', '${column}'), COALESCE((SELECT MAX("${column}") FROM "${meta.tableName}"), 0) + 1, FALSE)`,
    );
  }
}

/**
 * Copies every table of `source` into `target` in one transaction of the target,
 * after checking that the target holds no organization. Returns the rows per table,
 * counted again in the target before the commit.
 */
export async function copyOrganization(source: DataSource, target: DataSource): Promise<TableCount[]> {
  const tables = tablesInOrder(target);
  // One read transaction on the source, so the copy is one moment of it.
  const runner = source.createQueryRunner();
  await runner.connect();
  try {
    // PostgreSQL's default (read committed) would read each table at a different moment.
    await runner.startTransaction(dialectOf(source) === 'postgres' ? 'REPEATABLE READ' : undefined);
    const read = new Map<string, Array<Record<string, unknown>>>();
    for (const meta of tables) read.set(meta.tableName, (await runner.query(`SELECT * FROM "${meta.tableName}"`)) as Array<Record<string, unknown>>);
    await runner.commitTransaction();
    return await target.transaction(async (em) => {
      await assertEmpty(em);
      // The target's seeded catalogs make way for the source's (which the organization may have edited).
      for (const meta of [...tables].reverse()) await em.query(`DELETE FROM "${meta.tableName}"`);
      for (const meta of tables) await insertAll(em, meta, parentsFirst(meta, read.get(meta.tableName) ?? []));
      await advanceSequences(em, tables);
      const counts: TableCount[] = [];
      for (const meta of tables) counts.push({ table: meta.tableName, rows: await rowCount(em, meta.tableName) });
      return counts;
    });
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
}
