import { z } from 'zod';
import type { ErrorCode } from './errors';
import { INPUT_RULES, langSchema } from './schemas';

export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  /** Domain errors this method can return, beyond the common ones. */
  errors: readonly ErrorCode[];
  /** Phantom: carries the result type only. */
  result?: R;
}

/** Declares a method: method<Result>()(inputSchema, errorCodes). */
export function method<R>() {
  return <I extends z.ZodType>(input: I, errors: readonly ErrorCode[] = []): MethodSpec<I, R> => ({ input, errors });
}

export const empty = z.object({}).strict();

/** A page of a long list: the lists answer the page in `rows` and the count before paging in `total`. */
export const pageFields = { limit: z.number().int().min(1).max(500).default(100), offset: z.number().int().min(0).default(0) };

/** The years a date input may have: a typo such as 0226 or 20260 is refused rather than stored. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** Calendar date in the organization's time zone (Europe/Oslo), e.g. 2026-11-22, in the years MIN_YEAR–MAX_YEAR. */
export const isoDateSchema = z.iso.date().refine((d) => {
  const year = Number(d.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}, INPUT_RULES.yearRange);

export const exportOptionsSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  separator: z.enum([';', ',']).default(';'),
  lang: langSchema.default('nb'),
});
