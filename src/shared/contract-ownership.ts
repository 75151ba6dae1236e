// Contract entries for ownership: people, roles, assignments, coverage.
import { z } from 'zod';
import { ACCESS_LEVELS } from './access';
import { GAP_SORTABLE } from './gap-order';
import { empty, exportOptionsSchema, isoDateSchema, method, pageFields } from './method-spec';
import { idSchema, importFileSchema, langSchema, unitNameSchema, text } from './schemas';
import type { ExportedFile } from './types';
import {
  PEOPLE_IMPORT_FIELDS, type AssignmentRow, type GapReport, type GapTotals, type OverloadRow, type PeopleImportField, type PeopleImportPreview,
  type PeopleImportResult, type PeoplePage, type PersonDetail, type RoleDto, type UnitCard,
} from './types-ownership';
import type { Undoable, UndoResult } from './types-undo';

const email = text().trim().toLowerCase().max(254).pipe(z.email()).nullable();
const phone = text().trim().max(40).regex(/^[+0-9 ()-]*$/, 'digits, spaces, + ( ) -').nullable();
const personFields = {
  name: unitNameSchema,
  email: email.default(null),
  phone: phone.default(null),
  homeUnitId: idSchema.nullable().default(null),
  active: z.boolean().default(true),
  note: text().max(2000).default(''),
  /** The language messages go out in; null means the organization's language. */
  language: langSchema.nullable().default(null),
};
const roleText = text().trim().min(1).max(100);
const requirements = z
  .array(z.object({ levelRank: z.number().int().min(0).max(20), minimum: z.number().int().min(0).max(50) }).strict())
  .min(1)
  .max(21)
  .refine((list) => new Set(list.map((r) => r.levelRank)).size === list.length, 'one entry per level');
const roleFields = {
  nameNb: roleText,
  nameEn: roleText,
  descriptionNb: text().max(1000).default(''),
  descriptionEn: text().max(1000).default(''),
  /** Elected at the annual meeting: «Bytt styre» ends it. */
  board: z.boolean().default(false),
  accessLevel: z.enum(ACCESS_LEVELS).default('read'),
  canExport: z.boolean().default(false),
  requirements,
};
const gapFilters = {
  regionId: idSchema.nullable().default(null),
  levelRank: z.number().int().min(0).max(20).nullable().default(null),
  roleId: idSchema.nullable().default(null),
};
const mappedColumn = z.number().int().min(0).max(500).nullable();
const peopleMapping = z
  .object({
    ...(Object.fromEntries(PEOPLE_IMPORT_FIELDS.map((f) => [f, mappedColumn])) as Record<PeopleImportField, typeof mappedColumn>),
    // Came later than the others: a mapping made without it means no language column.
    language: mappedColumn.default(null),
  })
  .strict();

export const ownershipMethods = {
  'people.search': method<PeoplePage>()(
    z.object({
      query: text().trim().max(100).default(''),
      unitId: idSchema.nullable().default(null),
      includeInactive: z.boolean().default(false),
      limit: z.number().int().min(1).max(500).default(50),
      offset: z.number().int().min(0).default(0),
    }).strict(),
  ),
  'people.get': method<PersonDetail>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND']),
  'people.create': method<PersonDetail>()(z.object(personFields).strict(), ['NOT_FOUND', 'EMAIL_TAKEN']),
  'people.update': method<PersonDetail>()(
    z.object({
      id: idSchema,
      name: personFields.name.optional(),
      email: email.optional(),
      phone: phone.optional(),
      homeUnitId: idSchema.nullable().optional(),
      active: z.boolean().optional(),
      note: text().max(2000).optional(),
      language: langSchema.nullable().optional(),
    }).strict(),
    ['NOT_FOUND', 'EMAIL_TAKEN', 'PERSON_ERASED'],
  ),
  /** Data-protection access request: everything held about one person, as JSON. */
  'people.exportData': method<ExportedFile>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND']),
  /** Data-protection erasure: personal fields anonymized, history kept as "erased person". */
  'people.erase': method<PersonDetail>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND']),
  'people.importPreview': method<PeopleImportPreview>()(importFileSchema, ['FILE_UNREADABLE', 'IMPORT_INVALID']),
  'people.import': method<PeopleImportResult>()(
    importFileSchema.extend({ mapping: peopleMapping }).strict(),
    ['FILE_UNREADABLE', 'IMPORT_INVALID'],
  ),
  'people.export': method<ExportedFile>()(exportOptionsSchema.strict()),

  'roles.list': method<RoleDto[]>()(empty),
  'roles.create': method<RoleDto>()(z.object(roleFields).strict(), ['ROLE_NAME_TAKEN']),
  'roles.update': method<RoleDto>()(
    z.object({
      id: idSchema,
      nameNb: roleText.optional(),
      nameEn: roleText.optional(),
      descriptionNb: text().max(1000).optional(),
      descriptionEn: text().max(1000).optional(),
      board: z.boolean().optional(),
      accessLevel: z.enum(ACCESS_LEVELS).optional(),
      canExport: z.boolean().optional(),
      requirements: requirements.optional(),
    }).strict(),
    ['NOT_FOUND', 'ROLE_NAME_TAKEN', 'ROLE_IN_USE'],
  ),
  'roles.delete': method<{ id: number }>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND', 'ROLE_IN_USE']),

  'assignments.list': method<AssignmentRow[]>()(
    z.object({
      unitId: idSchema.nullable().default(null),
      personId: idSchema.nullable().default(null),
      includeEnded: z.boolean().default(false),
    }).strict(),
  ),
  'assignments.create': method<AssignmentRow>()(
    z.object({
      personId: idSchema,
      roleId: idSchema,
      unitId: idSchema,
      startDate: isoDateSchema,
      endDate: isoDateSchema.nullable().default(null),
    }).strict(),
    ['NOT_FOUND', 'ROLE_NOT_AT_LEVEL', 'DATE_ORDER', 'PERSON_ERASED', 'UNIT_ARCHIVED', 'ALREADY_ASSIGNED'],
  ),
  'assignments.end': method<AssignmentRow & Undoable>()(
    z.object({ id: idSchema, endDate: isoDateSchema }).strict(),
    ['NOT_FOUND', 'DATE_ORDER', 'ASSIGNMENT_ENDED', 'ALREADY_ASSIGNED'],
  ),
  /** After an annual meeting: end the unit's current assignments on `date` and add the new board, in one transaction. */
  /** The assignments «Bytt styre» on `date` would end, so the dialog can show them first. */
  'assignments.boardEnding': method<AssignmentRow[]>()(
    z.object({ unitId: idSchema, date: isoDateSchema }).strict(),
    ['NOT_FOUND'],
  ),
  'assignments.replaceBoard': method<{ ended: number; added: number } & Undoable>()(
    z.object({
      unitId: idSchema,
      date: isoDateSchema,
      assignments: z
        .array(z.object({ personId: idSchema, roleId: idSchema, endDate: isoDateSchema.nullable().default(null) }).strict())
        .max(200),
    }).strict(),
    ['NOT_FOUND', 'ROLE_NOT_AT_LEVEL', 'DATE_ORDER', 'PERSON_ERASED', 'UNIT_ARCHIVED', 'ALREADY_ASSIGNED'],
  ),
  /** Takes back an ended role or a replaced board (the undoId its answer gave), unless something changed since. */
  'assignments.undo': method<UndoResult>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND', 'UNDO_STALE', 'UNDO_DONE']),
  'assignments.export': method<ExportedFile>()(exportOptionsSchema.strict()),

  /**
   * One page of the gap list. `query` and `sort` work over every gap under the filters before the
   * page is cut; `lang` names the roles the sort compares. The counts are the filters' whole.
   */
  'coverage.gaps': method<GapReport>()(
    z.object({
      ...gapFilters,
      query: text().trim().max(100).default(''),
      sort: z.enum(GAP_SORTABLE).nullable().default(null),
      desc: z.boolean().default(false),
      lang: z.enum(['nb', 'en']).default('nb'),
      ...pageFields,
    }).strict(),
    ['NOT_FOUND'],
  ),
  /**
   * The counts alone, for the Overview. A method of its own rather than `limit: 0` on coverage.gaps:
   * its answer has no rows to mistake for "no gaps", and every paged list keeps the same limit range.
   */
  'coverage.gapCounts': method<GapTotals>()(z.object(gapFilters).strict(), ['NOT_FOUND']),
  'coverage.overloaded': method<OverloadRow[]>()(empty),
  'coverage.exportGaps': method<ExportedFile>()(exportOptionsSchema.extend(gapFilters).strict(), ['NOT_FOUND']),
  'units.card': method<UnitCard>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND']),
} as const;
