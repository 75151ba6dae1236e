import { z } from 'zod';
import { LANGS, type Lang } from './types';
import { LOGO_MAX_BYTES, MAX_FILE_BYTES, MAX_IMPORT_COLUMNS } from './limits';

/**
 * Messages the dispatcher recognizes in a zod issue and turns into a translated
 * sentence (errors:code.INVALID_INPUT with that context) naming the field and value.
 */
export const INPUT_RULES = { loneSurrogate: 'LONE_SURROGATE', yearRange: 'YEAR_RANGE' } as const;

/**
 * Every text field of the contract starts here. A lone UTF-16 surrogate (half of
 * an emoji cut in two, or a crafted \uD800) is not text: SQLite would store it
 * as replacement bytes and searches, exports and unique names would disagree.
 * With the u flag a paired surrogate is one code point, so only lone ones fail.
 */
export const text = () => z.string().regex(/^\P{Cs}*$/u, INPUT_RULES.loneSurrogate);

export const idSchema = z.number().int().positive();

export const langSchema = z.enum(LANGS);
export const isLang = (value: unknown): value is Lang => langSchema.safeParse(value).success;

/** Codes are text: 03 and 0301 keep their leading zeros. */
export const codeSchema = text()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[^\s\p{C}]+$/u, 'no spaces or control characters');

export const unitNameSchema = text().trim().min(1).max(200);
export const levelNameSchema = text().trim().min(1).max(60);

export const importFileSchema = z.object({
  fileName: text().trim().min(1).max(260).regex(/\.(csv|txt|xlsx)$/i, 'must end in .csv, .txt or .xlsx'),
  base64: z.string().max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
}).strict();

/** A logo file: up to 10× the limit crosses, so a picture too large is refused by the core in words (LOGO_INVALID). */
/** A calendar month, YYYY-MM (usage figures are kept per Oslo month). */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const logoBase64Schema = z.string().max(Math.ceil((LOGO_MAX_BYTES * 40) / 3) + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

const column = z.number().int().min(0).max(MAX_IMPORT_COLUMNS).nullable();
export const importMappingSchema = z
  .object({
    code: column,
    name: column,
    parent: column,
    level: column,
    members: column,
    contactNotes: column,
  })
  .strict();
