import { z } from 'zod';
import { MAX_FILE_BYTES } from './limits';

export const idSchema = z.number().int().positive();

/** Codes are text: 03 and 0301 keep their leading zeros. */
export const codeSchema = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[^\s\p{C}]+$/u, 'no spaces or control characters');

export const unitNameSchema = z.string().trim().min(1).max(200);
export const levelNameSchema = z.string().trim().min(1).max(60);

export const importFileSchema = z.object({
  fileName: z.string().trim().min(1).max(260).regex(/\.(csv|txt|xlsx)$/i, 'must end in .csv, .txt or .xlsx'),
  base64: z.string().max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
});

const column = z.number().int().min(0).max(500).nullable();
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
