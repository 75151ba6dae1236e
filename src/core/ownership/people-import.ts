// people.importPreview and people.import: read the file once, check every row
// in memory, then write people and assignments in the caller's transaction,
// or write nothing and name every problem with its line and field.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { ImportIssue } from '../../shared/errors';
import type { PeopleImportPreview, PeopleImportResult } from '../../shared/types-ownership';
import type { Table } from '../transfer/parse-table';
import { assertHeader, checkMapping, invalid, sampleRows } from '../transfer/units-import';
import { guessPeopleMapping } from './people-columns';
import { planPeople } from './people-import-check';
import { loadPeopleIndex } from './people-import-index';
import { readPeopleRows, type PeopleMapping } from './people-import-read';
import { writePeople } from './people-import-write';

export function previewPeople(table: Table): PeopleImportPreview {
  assertHeader(table);
  return {
    encoding: table.encoding, separator: table.separator, format: table.format, headers: table.headers,
    mapping: guessPeopleMapping(table.headers), sampleRows: sampleRows(table), rowCount: table.rows.length,
  };
}

/** Role and unit come as a pair: one column without the other can never make an assignment. */
function pairIssues(table: Table, mapping: PeopleMapping): ImportIssue[] {
  if (mapping.role !== null && mapping.unit === null) return [{ line: table.headerLine, field: 'unit', code: 'MISSING_COLUMN' }];
  if (mapping.unit !== null && mapping.role === null) return [{ line: table.headerLine, field: 'role', code: 'MISSING_COLUMN' }];
  return [];
}

/** `today` (Oslo) is the start of assignments whose start cell is empty. */
export async function importPeople(
  em: EntityManager,
  input: InputOf<'people.import'>,
  table: Table,
  today: string,
): Promise<PeopleImportResult> {
  assertHeader(table);
  const checked = checkMapping<keyof PeopleMapping>(table, input.mapping, ['name']);
  const columnIssues = [...checked.issues, ...pairIssues(table, checked.mapping)];
  if (columnIssues.length > 0) throw invalid(columnIssues);

  const read = readPeopleRows(table.rows, checked.mapping, today);
  const emails = read.rows.flatMap((r) => (r.email !== null && r.emailOk ? [r.email] : []));
  const index = await loadPeopleIndex(em, emails);
  const plan = planPeople(read.rows, index, today);
  const issues = [...read.issues, ...plan.issues];
  if (issues.length > 0) throw invalid(issues);

  return writePeople(em, plan);
}
