// Contract entries for «Bruk»: the CRM's usage export brought in per unit or person and
// month, the targets (måltall) per level, and adoption against them.
import { z } from 'zod';
import { method } from './method-spec';
import { MAX_IMPORT_COLUMNS } from './limits';
import { idSchema, importFileSchema, monthSchema } from './schemas';
import type { Adoption, UsageImportPreview, UsageImportResult, UsageTarget } from './types-usage';

const column = z.number().int().min(0).max(MAX_IMPORT_COLUMNS).nullable().default(null);
const mapping = z.object({ unit: column, person: column, month: column, activeUsers: column, signIns: column }).strict();

const target = z.object({
  levelId: idSchema,
  activePercent: z.number().int().min(1).max(100).nullable(),
  signInsPerMember: z.number().min(0.01).max(1000).multipleOf(0.01).nullable(),
}).strict();

export const usageMethods = {
  'usage.importPreview': method<UsageImportPreview>()(importFileSchema, ['FILE_UNREADABLE', 'IMPORT_INVALID']),
  /** Every row comes in, or none does; each month in the file replaces that month for the file's units. */
  'usage.import': method<UsageImportResult>()(importFileSchema.extend({ mapping }).strict(), ['FILE_UNREADABLE', 'IMPORT_INVALID']),
  'usage.targets': method<UsageTarget[]>()(z.object({}).strict()),
  /** Sets the named levels' targets; levels left out keep theirs. */
  'usage.setTargets': method<UsageTarget[]>()(z.object({ targets: z.array(target).min(1).max(50) }).strict(), ['NOT_FOUND']),
  /** Adoption for the nation (unitId null) or a unit and the units below it. */
  'usage.adoption': method<Adoption>()(
    z.object({ unitId: idSchema.nullable().default(null), month: monthSchema.nullable().default(null) }).strict(),
    ['NOT_FOUND'],
  ),
} as const;
