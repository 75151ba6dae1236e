// The API contract: one typed table of methods. The IPC entry, the preload
// bridge, the HTTP host, the CLI and the renderer's client are all derived from
// it, so adding a method happens here first and a test fails until it has a handler.
import { z } from 'zod';
import type { MethodName } from './method-names';

import type {
  AppSettings, ExportedFile, ImportPreview, ImportResult, Level, LevelProblem, OrganizationLogo, OrgStatus,
  RegionOption, UnitDetail, UnitRow, UnitSearchHit,
} from './types';
import { codeSchema, idSchema, importFileSchema, importMappingSchema, langSchema, levelNameSchema, logoBase64Schema, unitNameSchema, text } from './schemas';

import { empty, method, type MethodSpec } from './method-spec';
import { externalHostsSchema } from './links';
import { ownershipMethods } from './contract-ownership';
import { rolloutMethods } from './contract-rollout';
import { supportMethods } from './contract-support';
import { reportMethods } from './contract-reports';
import { backupMethods } from './contract-backup';
import { auditMethods } from './contract-audit';
import { accountMethods } from './contract-accounts';
import { feedbackMethods } from './contract-feedback';
import { usageMethods } from './contract-usage';
import { messageMethods } from './contract-messages';

export type { MethodSpec } from './method-spec';

export const contract = {
  'app.status': method<OrgStatus>()(empty),
  'settings.get': method<AppSettings>()(empty),
  'organization.logo': method<OrganizationLogo | null>()(empty),
  /** A PNG or JPEG file to put on the reports and the card, or null to take the logo away. */
  'organization.setLogo': method<OrganizationLogo | null>()(
    z.object({ base64: logoBase64Schema.nullable() }).strict(),
    ['LOGO_INVALID'],
  ),
  'settings.update': method<AppSettings>()(
    z.object({
      language: langSchema.optional(),
      demoDeclined: z.boolean().optional(),
      expiryDays: z.number().int().min(1).max(365).optional(),
      overloadLimit: z.number().int().min(1).max(100).optional(),
      basicTrainingPercent: z.number().int().min(1).max(100).optional(),
      atRiskDays: z.number().int().min(1).max(365).optional(),
      atRiskPercent: z.number().int().min(1).max(100).optional(),
      newcomerDays: z.number().int().min(1).max(365).optional(),
      actorName: text().trim().max(100).optional(),
      vendorName: text().trim().max(200).optional(),
      vendorEmail: z.union([z.literal(''), z.email().max(254)]).optional(),
      vendorPhone: text().trim().max(40).regex(/^[+0-9 ()-]*$/, 'digits, spaces, + ( ) -').optional(),
      backupKeep: z.number().int().min(1).max(90).optional(),
      feedbackAnonymous: z.boolean().optional(),
      feedbackAnswerDays: z.number().int().min(1).max(365).optional(),
      /** Hosts whose https links the desktop app opens, beside the fixed ones; exact names, no wildcards. */
      externalHosts: externalHostsSchema.optional(),
    }).strict(),
  ),
  'demo.load': method<{ units: number }>()(empty, ['ORG_NOT_EMPTY']),

  'levels.list': method<Level[]>()(empty),
  'levels.create': method<Level>()(z.object({ name: levelNameSchema }).strict(), ['LEVEL_NAME_TAKEN']),
  'levels.rename': method<Level>()(
    z.object({ id: idSchema, name: levelNameSchema }).strict(),
    ['NOT_FOUND', 'LEVEL_NAME_TAKEN'],
  ),
  'levels.delete': method<{ id: number }>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND', 'LEVEL_IN_USE']),

  'units.tree': method<UnitRow[]>()(z.object({ includeArchived: z.boolean().default(false) }).strict()),
  /** The active regions (level rank 1) by code, for the region pickers: a list of 15, not the whole tree. */
  'units.regions': method<RegionOption[]>()(empty),
  'units.get': method<UnitDetail>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND']),
  /** Units whose level is not below their parent's; nothing fixes them automatically. */
  'units.levelProblems': method<LevelProblem[]>()(empty),
  'units.search': method<UnitSearchHit[]>()(
    z.object({
      query: text().trim().min(1).max(100),
      includeArchived: z.boolean().default(false),
      limit: z.number().int().min(1).max(500).default(50),
    }).strict(),
  ),
  'units.create': method<UnitDetail>()(
    z.object({
      code: codeSchema,
      name: unitNameSchema,
      levelId: idSchema,
      parentId: idSchema.nullable(),
      members: z.number().int().min(0).max(100_000_000).nullable().default(null),
      contactNotes: text().max(2000).default(''),
    }).strict(),
    ['NOT_FOUND', 'CODE_TAKEN', 'UNIT_ARCHIVED', 'SECOND_ROOT', 'LEVEL_NOT_BELOW_PARENT'],
  ),
  'units.update': method<UnitDetail>()(
    z.object({
      id: idSchema,
      code: codeSchema.optional(),
      name: unitNameSchema.optional(),
      levelId: idSchema.optional(),
      members: z.number().int().min(0).max(100_000_000).nullable().optional(),
      contactNotes: text().max(2000).optional(),
    }).strict(),
    ['NOT_FOUND', 'CODE_TAKEN', 'LEVEL_NOT_BELOW_PARENT', 'LEVEL_NOT_ABOVE_CHILD'],
  ),
  'units.move': method<UnitDetail>()(
    z.object({ id: idSchema, parentId: idSchema.nullable() }).strict(),
    ['NOT_FOUND', 'CYCLE', 'UNIT_ARCHIVED', 'SECOND_ROOT', 'LEVEL_NOT_BELOW_PARENT'],
  ),
  'units.archive': method<{ archived: number }>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND']),
  'units.restore': method<UnitDetail>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND', 'UNIT_ARCHIVED']),
  'units.delete': method<{ id: number }>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND', 'UNIT_REFERENCED']),
  'units.importPreview': method<ImportPreview>()(importFileSchema, ['FILE_UNREADABLE', 'IMPORT_INVALID']),
  'units.import': method<ImportResult>()(
    importFileSchema.extend({
      mapping: importMappingSchema,
      /** File level name -> existing level id, or null to create a level of that name. */
      levelMap: z.record(text(), idSchema.nullable()).default({}),
    }).strict(),
    ['FILE_UNREADABLE', 'IMPORT_INVALID', 'NOT_FOUND'],
  ),
  'units.export': method<ExportedFile>()(
    z.object({
      format: z.enum(['csv', 'xlsx']),
      separator: z.enum([';', ',']).default(';'),
      includeArchived: z.boolean().default(false),
      lang: langSchema.default('nb'),
    }).strict(),
  ),
  ...ownershipMethods,
  ...rolloutMethods,
  ...supportMethods,
  ...reportMethods,
  ...backupMethods,
  ...auditMethods,
  ...accountMethods,
  ...feedbackMethods,
  ...usageMethods,
  ...messageMethods,
} as const satisfies Record<MethodName, MethodSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export { METHOD_NAMES, isMethodName, type MethodName } from './method-names';
export type InputOf<K extends MethodName> = z.output<Contract[K]['input']>;
/** What a caller may pass: defaults make fields optional. */
export type ParamsOf<K extends MethodName> = z.input<Contract[K]['input']>;
export type ResultOf<K extends MethodName> = Contract[K] extends MethodSpec<z.ZodType, infer R> ? R : never;

