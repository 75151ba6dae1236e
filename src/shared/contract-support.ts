// Contract entries for login support: the problem catalog and lookup, the
// escalation path, SLA policies, cases with their events, and metrics.
import { z } from 'zod';
import { empty, isoDateSchema, method } from './method-spec';
import { linksSchema } from './links';
import { idSchema, text } from './schemas';
import type {
  CaseDetail, CaseRow, EscalationPath, LookupAnswer, ProblemDto, SlaPolicyDto, SupportMetrics,
} from './types-support';

const tier = z.enum(['chapter', 'region', 'national', 'vendor']);
const title = text().trim().min(1).max(200);
const longText = text().max(4000);
const lines = (max: number) => z.array(text().trim().min(1).max(max)).max(60);
const note = text().trim().max(2000);
const problemFields = {
  titleNb: title,
  titleEn: title,
  symptomsNb: longText.default(''),
  symptomsEn: longText.default(''),
  stepsNb: lines(500).default([]),
  stepsEn: lines(500).default([]),
  resolveTier: tier,
  needsNb: text().max(500).default(''),
  needsEn: text().max(500).default(''),
  codes: lines(40).default([]),
  fragments: lines(200).default([]),
  /** E-learning and instruction videos for the guide: https only. */
  links: linksSchema.default([]),
};
const minutes = z.number().int().min(1).max(60 * 24 * 60);

export const supportMethods = {
  'problems.list': method<ProblemDto[]>()(empty),
  /** Paste an error message or a code; get the matching guides, best first, and how sure the match is. */
  'problems.lookup': method<LookupAnswer>()(z.object({ text: text().trim().min(1).max(4000) }).strict()),
  'problems.create': method<ProblemDto>()(z.object(problemFields).strict(), ['NAME_TAKEN']),
  'problems.update': method<ProblemDto>()(
    z.object({
      id: idSchema,
      // An update changes only what it sends: strip the create-time defaults, or zod would
      // fill every missing field with '' or [] and blank it.
      ...Object.fromEntries(Object.entries(problemFields).map(([k, v]) => [k, (v instanceof z.ZodDefault ? v.unwrap() : v).optional()])),
    } as { id: typeof idSchema } & { [K in keyof typeof problemFields]: z.ZodOptional<z.ZodType<z.output<(typeof problemFields)[K]>>> }).strict(),
    ['NOT_FOUND', 'NAME_TAKEN'],
  ),
  'problems.delete': method<{ id: number }>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND']),

  'support.path': method<EscalationPath>()(z.object({ unitId: idSchema }).strict(), ['NOT_FOUND']),
  'sla.list': method<SlaPolicyDto[]>()(empty),
  'sla.update': method<SlaPolicyDto>()(
    z.object({ tier, firstResponseMinutes: minutes, resolutionMinutes: minutes, businessHours: z.boolean() }).strict()
      .refine((p) => p.firstResponseMinutes <= p.resolutionMinutes, { message: 'first response after resolution', path: ['resolutionMinutes'] }),
  ),

  'cases.list': method<{ rows: CaseRow[]; total: number }>()(
    z.object({
      state: z.enum(['open', 'waiting', 'resolved', 'active']).nullable().default('active'),
      tier: tier.nullable().default(null),
      regionId: idSchema.nullable().default(null),
      overdueOnly: z.boolean().default(false),
      /** Words that must each start a word of the case's unit's name or code (shared/fold.ts). */
      query: text().trim().max(100).default(''),
      /** 'opened' (newest first by default), or the holding tier's due time or time left; cases without one come last. */
      sort: z.enum(['opened', 'due', 'left']).default('opened'),
      desc: z.boolean().default(true),
      limit: z.number().int().min(1).max(500).default(50),
      offset: z.number().int().min(0).default(0),
    }).strict(),
    ['NOT_FOUND'],
  ),
  'cases.get': method<CaseDetail>()(z.object({ id: idSchema }).strict(), ['NOT_FOUND']),
  'cases.open': method<CaseDetail>()(
    z.object({
      unitId: idSchema,
      reporterName: text().trim().min(1).max(200),
      reporterContact: text().trim().max(200).default(''),
      problemId: idSchema.nullable().default(null),
      /** The error message pasted in login help; it opens the description, and if it matches a guide a problem must be chosen. */
      errorText: text().trim().max(4000).default(''),
      description: note.default(''),
    }).strict(),
    ['NOT_FOUND', 'UNIT_ARCHIVED', 'PROBLEM_REQUIRED'],
  ),
  /** Corrects the problem, unit or description; each correction is an event in the case's history. */
  'cases.correct': method<CaseDetail>()(
    z.object({ id: idSchema, problemId: idSchema.nullable().optional(), unitId: idSchema.optional(), description: note.optional() }).strict()
      .refine((c) => c.problemId !== undefined || c.unitId !== undefined || c.description !== undefined, {
        message: 'nothing to correct', path: ['problemId'],
      }),
    ['NOT_FOUND', 'UNIT_ARCHIVED'],
  ),
  'cases.respond': method<CaseDetail>()(z.object({ id: idSchema, note: note.default('') }).strict(), ['NOT_FOUND', 'CASE_STATE']),
  'cases.escalate': method<CaseDetail>()(z.object({ id: idSchema, reason: note.pipe(text().min(1)) }).strict(), ['NOT_FOUND', 'CASE_STATE']),
  'cases.wait': method<CaseDetail>()(z.object({ id: idSchema, note: note.default('') }).strict(), ['NOT_FOUND', 'CASE_STATE']),
  'cases.resume': method<CaseDetail>()(z.object({ id: idSchema, note: note.default('') }).strict(), ['NOT_FOUND', 'CASE_STATE']),
  'cases.resolve': method<CaseDetail>()(z.object({ id: idSchema, resolution: note.pipe(text().min(1)) }).strict(), ['NOT_FOUND', 'CASE_STATE']),
  'cases.reopen': method<CaseDetail>()(z.object({ id: idSchema, reason: note.pipe(text().min(1)) }).strict(), ['NOT_FOUND', 'CASE_STATE']),

  'support.metrics': method<SupportMetrics>()(
    z.object({ from: isoDateSchema, to: isoDateSchema, regionId: idSchema.nullable().default(null) }).strict()
      .refine((m) => m.from <= m.to, { message: 'from after to', path: ['to'] }),
    ['NOT_FOUND'],
  ),
} as const;
