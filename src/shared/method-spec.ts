import { z } from 'zod';
import type { ErrorCode } from './errors';

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

/** Calendar date in the organization's time zone (Europe/Oslo), e.g. 2026-11-22. */
export const isoDateSchema = z.iso.date();

export const exportOptionsSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  separator: z.enum([';', ',']).default(';'),
  lang: z.enum(['nb', 'en']).default('nb'),
});
