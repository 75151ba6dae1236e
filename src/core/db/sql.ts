// The few places where SQLite's and PostgreSQL's SQL differ, in one small helper,
// so the core's hand-written queries are written once. Everything else the core
// writes is SQL both accept: quoted "camelCase" aliases (PostgreSQL folds unquoted
// names to lower case), TRUE/FALSE for booleans, COALESCE, CASE, CAST(? AS TEXT)
// where PostgreSQL cannot infer a parameter's type, and INSERT … ON CONFLICT.
// The `?` placeholders are numbered for PostgreSQL by the driver (placeholders.ts).
import type { DataSource, EntityManager } from 'typeorm';

export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(db: EntityManager | DataSource): Dialect {
  const options = 'connection' in db ? db.connection.options : db.options;
  return options.type === 'postgres' ? 'postgres' : 'sqlite';
}

/**
 * A subquery over one JSON array parameter (pass JSON.stringify(ids)): `x IN ${jsonIds(d)}`.
 * One parameter instead of one per id, so any number of ids fits either driver's limits.
 */
export function jsonIds(d: Dialect): string {
  return d === 'postgres'
    ? '(SELECT CAST(value AS INTEGER) FROM json_array_elements_text(CAST(? AS JSON)))'
    : '(SELECT value FROM json_each(?))';
}

/** jsonIds for a query builder, with a named parameter instead of `?`. */
export function jsonIdsNamed(d: Dialect, name: string): string {
  return jsonIds(d).replace('?', `:${name}`);
}

/** The same for an array of strings. */
export function jsonTexts(d: Dialect): string {
  return d === 'postgres' ? '(SELECT value FROM json_array_elements_text(CAST(? AS JSON)))' : '(SELECT value FROM json_each(?))';
}

/** A number at the top level of a JSON text column ('{"changed": 3}'), or NULL. */
export function jsonNumber(d: Dialect, column: string, key: string): string {
  return d === 'postgres' ? `CAST(CAST(${column} AS JSON) ->> '${key}' AS NUMERIC)` : `json_extract(${column}, '$.${key}')`;
}

/** The values of a group joined with commas (NULLs left out). */
export function stringAgg(d: Dialect, expr: string): string {
  return d === 'postgres' ? `string_agg(CAST(${expr} AS TEXT), ',')` : `GROUP_CONCAT(${expr})`;
}

/** The larger of two or more values in one row (SQLite's scalar MAX). */
export function greatest(d: Dialect, ...exprs: string[]): string {
  return `${d === 'postgres' ? 'GREATEST' : 'MAX'}(${exprs.join(', ')})`;
}

/** The smaller of two or more values in one row (SQLite's scalar MIN). */
export function least(d: Dialect, ...exprs: string[]): string {
  return `${d === 'postgres' ? 'LEAST' : 'MIN'}(${exprs.join(', ')})`;
}

/**
 * An ORDER BY expression that sorts a lower-cased search key (text.ts searchKey) in
 * Norwegian order: z, æ, ø, å. PostgreSQL has ICU's Norwegian collation. SQLite
 * compares bytes, which puts å (C3 A5) before æ and ø, and node-sqlite3 cannot
 * register a collation; '{' follows 'z', so æ/ä, ø/ö and å stand in as '{0', '{1'
 * and '{2' for the comparison only.
 */
export function norwegianOrder(d: Dialect, column: string): string {
  if (d === 'postgres') return `${column} COLLATE "nb-NO-x-icu"`;
  const pairs: ReadonlyArray<[string, string]> = [['æ', '{0'], ['ä', '{0'], ['ø', '{1'], ['ö', '{1'], ['å', '{2']];
  return pairs.reduce((sql, [from, to]) => `replace(${sql}, '${from}', '${to}')`, column);
}

/**
 * A SQLite query-planner hint (`NOT INDEXED`, `CROSS` before JOIN to fix the join
 * order), or nothing on PostgreSQL, whose planner takes no hints.
 */
export function sqliteHint(d: Dialect, hint: string): string {
  return d === 'sqlite' ? hint : '';
}
