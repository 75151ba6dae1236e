// Contract entries for «Innspill»: recording needs and feedback for a unit, the
// faggruppe's answers and statuses, linking and merging duplicates, and the figures.
import { z } from 'zod';
import { exportOptionsSchema, method } from './method-spec';
import { MAX_IMPORT_COLUMNS } from './limits';
import { idSchema, importFileSchema, text } from './schemas';
import type { ExportedFile } from './types';
import { FEEDBACK_KINDS, FEEDBACK_STATUSES, type FeedbackEntry, type FeedbackImportPreview, type FeedbackSummary } from './types-feedback';

const kind = z.enum(FEEDBACK_KINDS);
const status = z.enum(FEEDBACK_STATUSES);
const column = z.number().int().min(0).max(MAX_IMPORT_COLUMNS).nullable().default(null);
const mapping = z.object({
  unit: column, kind: column, title: column, description: column, raisedBy: column, stage: column, date: column,
}).strict();
const pair = z.object({ id: idSchema, intoId: idSchema }).strict()
  .refine((p) => p.id !== p.intoId, { message: 'an entry cannot be its own duplicate', path: ['intoId'] });

export const feedbackMethods = {
  'feedback.list': method<{ rows: FeedbackEntry[]; total: number }>()(
    z.object({
      status: status.nullable().default(null),
      /** Entries not done or declined. */
      openOnly: z.boolean().default(false),
      kind: kind.nullable().default(null),
      regionId: idSchema.nullable().default(null),
      stageId: idSchema.nullable().default(null),
      limit: z.number().int().min(1).max(500).default(50),
      offset: z.number().int().min(0).default(0),
    }).strict(),
    ['NOT_FOUND'],
  ),
  /** A unit's own entries (and those of the units below it), newest first, with their answers. */
  'feedback.forUnit': method<FeedbackEntry[]>()(z.object({ unitId: idSchema }).strict(), ['NOT_FOUND']),
  'feedback.get': method<FeedbackEntry>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND']),
  'feedback.summary': method<FeedbackSummary>()(z.object({}).strict()),
  'feedback.create': method<FeedbackEntry>()(
    z.object({
      unitId: idSchema,
      kind,
      title: text().trim().min(1).max(200),
      description: text().trim().max(4000).default(''),
      /** null: anonymous, where the setting feedbackAnonymous allows it. */
      raisedById: idSchema.nullable(),
      stageId: idSchema.nullable().default(null),
    }).strict(),
    ['NOT_FOUND', 'UNIT_ARCHIVED', 'PERSON_ERASED', 'FEEDBACK_ANONYMOUS_OFF'],
  ),
  /** Sets the status and (re)writes the answer; done and declined need one. */
  'feedback.answer': method<FeedbackEntry>()(
    z.object({
      id: idSchema,
      status,
      /** Left out: the answer stays as it is. */
      answer: text().trim().max(4000).optional(),
      signedAs: text().trim().min(1).max(100),
    }).strict(),
    ['NOT_FOUND', 'FEEDBACK_ANSWER_REQUIRED', 'FEEDBACK_DUPLICATE'],
  ),
  /** Marks `id` a duplicate of `intoId`; both keep their votes, and intoId's total counts id's. */
  'feedback.link': method<FeedbackEntry>()(pair, ['NOT_FOUND', 'FEEDBACK_DUPLICATE']),
  /** Moves `id`'s votes (and its own duplicates) to `intoId`; id stays for its unit, pointing there. */
  'feedback.merge': method<FeedbackEntry>()(pair, ['NOT_FOUND', 'FEEDBACK_DUPLICATE']),
  'feedback.export': method<ExportedFile>()(exportOptionsSchema.strict()),
  'feedback.importPreview': method<FeedbackImportPreview>()(importFileSchema, ['FILE_UNREADABLE', 'IMPORT_INVALID']),
  /** A survey from another tool: every row becomes a new entry, or none does. */
  'feedback.import': method<{ created: number }>()(importFileSchema.extend({ mapping }).strict(), ['FILE_UNREADABLE', 'IMPORT_INVALID']),
  /** Makes a linked (not merged) entry stand on its own again. */
  'feedback.unlink': method<FeedbackEntry>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND', 'FEEDBACK_DUPLICATE']),
} as const;
