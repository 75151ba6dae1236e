import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MORE_GUIDES } from './1765500000000-MoreGuides.seed';

/** The rule for title keys as it stood when this migration was written (text.ts searchKey may move on). */
function keyOf(text: string): string {
  return text.normalize('NFC').trim().toLocaleLowerCase('nb');
}

interface Existing {
  key: string | null;
  codes: string;
  title_nb_key: string;
  title_en_key: string;
}

/**
 * Seven more login guides (AADSTS90072, AADSTS50058, AADSTS50011, a forgotten
 * password, MinID's text message, the Authenticator prompt, Vipps), appended to
 * the catalog. A guide the office already added by hand is left alone: one
 * whose key, code or title is already in the catalog is skipped, never doubled.
 * Data only, so the same statements run on both drivers.
 */
export class MoreGuides1765500000000 implements MigrationInterface {
  name = 'MoreGuides1765500000000';

  async up(q: QueryRunner): Promise<void> {
    const existing: Existing[] = await q.query(`SELECT "key", "codes", "title_nb_key", "title_en_key" FROM "problem"`);
    const keys = new Set(existing.map((p) => p.key));
    const codes = new Set(existing.flatMap((p) => p.codes.split('\n')).filter(Boolean));
    const titles = new Set(existing.flatMap((p) => [`nb:${p.title_nb_key}`, `en:${p.title_en_key}`]));
    const [max]: Array<{ last: number | string | null }> = await q.query(`SELECT MAX("sort_order") AS last FROM "problem"`);
    let order = max?.last === null || max?.last === undefined ? 0 : Number(max.last) + 1;
    for (const p of MORE_GUIDES) {
      if (keys.has(p.key) || p.codes.some((c) => codes.has(c))) continue;
      if (titles.has(`nb:${keyOf(p.titleNb)}`) || titles.has(`en:${keyOf(p.titleEn)}`)) continue;
      await q.query(
        `INSERT INTO "problem" ("key", "title_nb", "title_nb_key", "title_en", "title_en_key", "symptoms_nb", "symptoms_en", "steps_nb", "steps_en", "resolve_tier", "needs_nb", "needs_en", "codes", "fragments", "sort_order")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          p.key, p.titleNb, keyOf(p.titleNb), p.titleEn, keyOf(p.titleEn), p.symptomsNb, p.symptomsEn,
          p.stepsNb.join('\n'), p.stepsEn.join('\n'), p.resolveTier, p.needsNb, p.needsEn,
          p.codes.join('\n'), p.fragments.join('\n'), order,
        ],
      );
      order += 1;
    }
  }

  /** Takes out the guides this migration added (by key); cases that pointed to one keep their history with no problem. */
  async down(q: QueryRunner): Promise<void> {
    for (const p of MORE_GUIDES) await q.query(`DELETE FROM "problem" WHERE "key" = ?`, [p.key]);
  }
}
