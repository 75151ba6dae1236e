// feedback.importPreview and feedback.import: a survey run in another tool, brought in as
// entries. Every row is checked in memory first; then all are written in the caller's
// transaction, or none, with every problem named by its line, field and value.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { ImportIssue } from '../../shared/errors';
import type { FeedbackImportField, FeedbackImportPreview, FeedbackKind } from '../../shared/types-feedback';
import { FeedbackEntry } from '../db/entities';
import { parseImportDate } from '../ownership/people-import-dates';
import { readSetting } from '../services/settings';
import { searchKey } from '../text';
import type { Table } from '../transfer/parse-table';
import { unneutralizeFormula } from '../transfer/neutralize';
import { assertHeader, checkMapping, invalid, sampleRows } from '../transfer/units-import';
import { guessFeedbackMapping, kindOf } from './columns';

export function previewFeedback(table: Table): FeedbackImportPreview {
  assertHeader(table);
  return {
    encoding: table.encoding, separator: table.separator, format: table.format, headers: table.headers,
    mapping: guessFeedbackMapping(table.headers), sampleRows: sampleRows(table), rowCount: table.rows.length,
  };
}

interface Planned {
  unitId: number; kind: FeedbackKind; title: string; description: string; raisedById: number | null; stageId: number | null; createdAt: Date;
}

interface Lookups {
  units: Map<string, { id: number; archived: boolean }>;
  people: Map<string, number>;
  stages: Map<string, number>;
  anonymous: boolean;
}

async function lookups(em: EntityManager): Promise<Lookups> {
  const units: Array<{ id: number; code: string; archived: number | boolean }> = await em.query('SELECT id, code, archived FROM unit');
  const people: Array<{ id: number; email: string }> = await em.query('SELECT id, email FROM person WHERE email IS NOT NULL AND erased_at IS NULL');
  const stages: Array<{ id: number; key: string | null; nameNb: string; nameEn: string }> =
    await em.query('SELECT id, "key", name_nb AS "nameNb", name_en AS "nameEn" FROM stage');
  return {
    units: new Map(units.map((u) => [u.code, { id: u.id, archived: Boolean(u.archived) }])),
    people: new Map(people.map((p) => [p.email.toLowerCase(), p.id])),
    stages: new Map(stages.flatMap((s) => [s.key, s.nameNb, s.nameEn].flatMap((n) => (n ? [[searchKey(n), s.id] as const] : [])))),
    anonymous: await readSetting(em, 'feedbackAnonymous', false),
  };
}

const LIMITS: Partial<Record<FeedbackImportField, number>> = { title: 200, description: 4000 };

/** `at`: when the import runs, the date of rows without one. A date alone is taken at noon UTC, which is that day in Oslo. */
export async function importFeedback(em: EntityManager, input: InputOf<'feedback.import'>, table: Table, at: Date): Promise<{ created: number }> {
  assertHeader(table);
  const checked = checkMapping<FeedbackImportField>(table, input.mapping, ['unit', 'kind', 'title']);
  if (checked.issues.length > 0) throw invalid(checked.issues);
  const known = await lookups(em);
  const issues: ImportIssue[] = [];
  const planned: Planned[] = [];
  for (const row of table.rows) {
    const cell = (field: FeedbackImportField) => {
      const index = checked.mapping[field];
      // An exported CSV's neutralized formula text comes back as it was written.
      return index === null ? '' : unneutralizeFormula((row.cells[index] ?? '').normalize('NFC').trim());
    };
    const add = (field: FeedbackImportField, code: ImportIssue['code'], value?: string, params?: ImportIssue['params']) =>
      issues.push({ line: row.line, field, code, ...(value ? { value } : {}), ...(params ? { params } : {}) });
    const before = issues.length;
    for (const [field, max] of Object.entries(LIMITS) as Array<[FeedbackImportField, number]>) {
      if (cell(field).length > max) add(field, 'TOO_LONG', undefined, { max });
    }
    const code = cell('unit');
    const unit = known.units.get(code);
    if (code === '') add('unit', 'EMPTY_CODE');
    else if (!unit) add('unit', 'UNKNOWN_UNIT', code);
    else if (unit.archived) add('unit', 'UNIT_ARCHIVED', code);
    const kind = kindOf(cell('kind'));
    if (!kind) add('kind', 'UNKNOWN_KIND', cell('kind'));
    if (cell('title') === '') add('title', 'EMPTY_TITLE');
    const email = cell('raisedBy').toLowerCase();
    const raisedById = email === '' ? null : (known.people.get(email) ?? null);
    if (email !== '' && raisedById === null) add('raisedBy', 'UNKNOWN_PERSON', cell('raisedBy'));
    if (email === '' && !known.anonymous) add('raisedBy', 'ANONYMOUS_OFF');
    const stageText = cell('stage');
    const stageId = stageText === '' ? null : (known.stages.get(searchKey(stageText)) ?? null);
    if (stageText !== '' && stageId === null) add('stage', 'UNKNOWN_STAGE', stageText);
    const date = parseImportDate(cell('date'));
    if (date === undefined) add('date', 'BAD_DATE', cell('date'));
    if (issues.length > before || !unit || !kind) continue;
    planned.push({
      unitId: unit.id, kind, title: cell('title'), description: cell('description'), raisedById, stageId,
      createdAt: date ? new Date(`${date}T12:00:00Z`) : at,
    });
  }
  if (issues.length > 0) throw invalid(issues);
  const entries = planned.map((p) => em.create(FeedbackEntry, {
    ...p, anonymous: p.raisedById === null, status: 'new', answer: '', answerSignedAs: '', answeredAt: null, votes: 1, duplicateOfId: null, merged: false,
  }));
  await em.save(entries, { chunk: 200 });
  return { created: planned.length };
}
