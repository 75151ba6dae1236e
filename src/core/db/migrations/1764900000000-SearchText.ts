import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A folded search column on units (name and code) and people (name and e-mail):
 * lower-case, no diacritics, æ ø å and aa ae oe folded (see shared/fold.ts), so
 * a search is one LIKE per word on both drivers. Filled here for existing rows;
 * the core keeps it up to date on every write that changes its sources.
 */
const TABLES: ReadonlyArray<{ table: string; sources: readonly string[] }> = [
  { table: 'unit', sources: ['name', 'code'] },
  { table: 'person', sources: ['name', 'email'] },
];

const LETTERS: Record<string, string> = { æ: 'a', ø: 'o', œ: 'o', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i' };

/** The folding as it stood when this migration was written (shared/fold.ts may move on). */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .toLocaleLowerCase('nb')
    .replace(/\p{M}+/gu, '')
    .replace(/[æøœßđðþłı]/g, (c) => LETTERS[c] ?? c)
    .replace(/aa|ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Rows per UPDATE: two bound values each, far below SQLite's limit. */
const CHUNK = 500;

export class SearchText1764900000000 implements MigrationInterface {
  name = 'SearchText1764900000000';

  async up(q: QueryRunner): Promise<void> {
    for (const { table, sources } of TABLES) {
      await q.query(`ALTER TABLE "${table}" ADD COLUMN "search_text" text NOT NULL DEFAULT ('')`);
      const rows: Array<Record<string, string | number | null>> = await q.query(
        `SELECT id, ${sources.map((s) => `"${s}"`).join(', ')} FROM "${table}" ORDER BY id`,
      );
      for (let start = 0; start < rows.length; start += CHUNK) {
        const batch = rows.slice(start, start + CHUNK);
        const params: unknown[] = [];
        for (const row of batch) params.push(row.id, fold(sources.map((s) => String(row[s] ?? '')).join(' ')));
        params.push(...batch.map((r) => r.id));
        await q.query(
          `UPDATE "${table}" SET "search_text" = CASE id ${batch.map(() => 'WHEN ? THEN CAST(? AS text)').join(' ')} END
           WHERE id IN (${batch.map(() => '?').join(', ')})`,
          params,
        );
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table } of [...TABLES].reverse()) await q.query(`ALTER TABLE "${table}" DROP COLUMN "search_text"`);
  }
}
