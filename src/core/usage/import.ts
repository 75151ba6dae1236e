// usage.importPreview and usage.import: the CRM's usage export, per unit and month or per
// person and month (rolled up by the person's home unit). Every row is checked in memory
// first; then, in the caller's transaction, each month in the file is replaced for the
// units the file names, or nothing is written and every problem is named.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { ImportIssue } from '../../shared/errors';
import type { UsageImportField, UsageImportPreview, UsageImportResult } from '../../shared/types-usage';
import { UsageMonth } from '../db/entities';
import { searchKey } from '../text';
import { parseCount } from '../transfer/count';
import type { Table } from '../transfer/parse-table';
import { assertHeader, checkMapping, invalid, sampleRows } from '../transfer/units-import';
import { readCell } from '../transfer/units-rows';
import { guessUsageMapping } from './columns';
import { parseMonth } from './months';

export function previewUsage(table: Table): UsageImportPreview {
  assertHeader(table);
  return {
    encoding: table.encoding, separator: table.separator, format: table.format, headers: table.headers,
    mapping: guessUsageMapping(table.headers), sampleRows: sampleRows(table), rowCount: table.rows.length,
  };
}

type UnitMatch = { id: number; archived: boolean } | 'ambiguous';

interface Lookups {
  byCode: Map<string, { id: number; archived: boolean }>;
  byName: Map<string, UnitMatch>;
  people: Map<string, number | null>;
}

async function lookups(em: EntityManager, perPerson: boolean): Promise<Lookups> {
  const units: Array<{ id: number; code: string; name: string; archived: number | boolean }> = await em.query('SELECT id, code, name, archived FROM unit');
  const byName = new Map<string, UnitMatch>();
  for (const u of units) {
    const key = searchKey(u.name);
    byName.set(key, byName.has(key) ? 'ambiguous' : { id: u.id, archived: Boolean(u.archived) });
  }
  const people: Array<{ email: string; homeUnitId: number | null }> = perPerson
    ? await em.query('SELECT email, home_unit_id AS "homeUnitId" FROM person WHERE email IS NOT NULL AND erased_at IS NULL')
    : [];
  return {
    byCode: new Map(units.map((u) => [u.code, { id: u.id, archived: Boolean(u.archived) }])),
    byName,
    people: new Map(people.map((p) => [p.email.toLowerCase(), p.homeUnitId])),
  };
}

interface Tally { activeUsers: number; signIns: number }

/** `month`: the current Oslo month; a later one is refused. */
export async function importUsage(em: EntityManager, input: InputOf<'usage.import'>, table: Table, month: string): Promise<UsageImportResult> {
  assertHeader(table);
  const perPerson = input.mapping.person !== null && input.mapping.person < table.headers.length;
  const required: UsageImportField[] = perPerson ? ['person', 'month', 'signIns'] : ['unit', 'month', 'activeUsers', 'signIns'];
  const checked = checkMapping<UsageImportField>(table, input.mapping, required);
  if (checked.issues.length > 0) throw invalid(checked.issues);
  const known = await lookups(em, perPerson);
  const issues: ImportIssue[] = [];
  const seen = new Map<string, number>();
  const tallies = new Map<number, Map<string, Tally>>();
  for (const row of table.rows) {
    const cell = (field: UsageImportField) => readCell(row, checked.mapping[field]);
    const add = (field: UsageImportField, code: ImportIssue['code'], value?: string, params?: ImportIssue['params']) =>
      issues.push({ line: row.line, field, code, ...(value ? { value } : {}), ...(params ? { params } : {}) });
    const before = issues.length;
    const unitId = perPerson ? personUnit(cell('person'), known, add) : unitOf(cell('unit'), known, add);
    const monthText = cell('month');
    const rowMonth = parseMonth(monthText);
    if (rowMonth === undefined || rowMonth > month) add('month', 'BAD_MONTH', monthText || '—');
    const count = (field: UsageImportField): number => {
      const text = cell(field);
      if (/^-\s*\d/.test(text)) add(field, 'NEGATIVE_NUMBER', text);
      else {
        const n = parseCount(text);
        if (typeof n === 'number') return n;
        add(field, 'BAD_NUMBER', text || '—');
      }
      return 0;
    };
    const signIns = count('signIns');
    const activeUsers = perPerson ? (signIns > 0 ? 1 : 0) : count('activeUsers');
    if (issues.length > before || unitId === null || rowMonth === undefined) continue;
    const who = perPerson ? cell('person').toLowerCase() : `#${unitId}`;
    const key = `${who}\u0000${rowMonth}`;
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      add(perPerson ? 'person' : 'unit', 'DUPLICATE_ROW', cell(perPerson ? 'person' : 'unit'), { firstLine });
      continue;
    }
    seen.set(key, row.line);
    const months = tallies.get(unitId) ?? new Map<string, Tally>();
    tallies.set(unitId, months);
    const tally = months.get(rowMonth) ?? { activeUsers: 0, signIns: 0 };
    months.set(rowMonth, { activeUsers: tally.activeUsers + activeUsers, signIns: tally.signIns + signIns });
  }
  if (issues.length > 0) throw invalid(issues);
  return writeUsage(em, tallies);
}

type Add = (field: UsageImportField, code: ImportIssue['code'], value?: string) => void;

function unitOf(text: string, known: Lookups, add: Add): number | null {
  if (text === '') {
    add('unit', 'EMPTY_CODE');
    return null;
  }
  const unit = known.byCode.get(text) ?? known.byName.get(searchKey(text));
  if (unit === 'ambiguous') add('unit', 'AMBIGUOUS_UNIT', text);
  else if (!unit) add('unit', 'UNKNOWN_UNIT', text);
  else if (unit.archived) add('unit', 'UNIT_ARCHIVED', text);
  else return unit.id;
  return null;
}

function personUnit(text: string, known: Lookups, add: Add): number | null {
  const home = known.people.get(text.toLowerCase());
  if (text === '' || home === undefined) add('person', 'UNKNOWN_PERSON', text || '—');
  else if (home === null) add('person', 'NO_HOME_UNIT', text);
  else return home;
  return null;
}

const CHUNK = 400;

/** Replaces each month of the file for every unit the file names, then writes the file's figures. */
async function writeUsage(em: EntityManager, tallies: Map<number, Map<string, Tally>>): Promise<UsageImportResult> {
  const unitIds = [...tallies.keys()];
  const months = [...new Set([...tallies.values()].flatMap((m) => [...m.keys()]))].sort();
  const monthMarks = months.map(() => '?').join(', ');
  for (let i = 0; i < unitIds.length; i += CHUNK) {
    const chunk = unitIds.slice(i, i + CHUNK);
    await em.query(
      `DELETE FROM usage_month WHERE month IN (${monthMarks}) AND unit_id IN (${chunk.map(() => '?').join(', ')})`,
      [...months, ...chunk],
    );
  }
  // Every unit the file names gets each of its months, 0 where it had no row for one.
  const rows = unitIds.flatMap((unitId) => months.map((month) => {
    const tally = tallies.get(unitId)?.get(month) ?? { activeUsers: 0, signIns: 0 };
    return { unitId, month, ...tally };
  }));
  for (let i = 0; i < rows.length; i += CHUNK) await em.insert(UsageMonth, rows.slice(i, i + CHUNK));
  return { rows: rows.length, units: unitIds.length, months };
}
