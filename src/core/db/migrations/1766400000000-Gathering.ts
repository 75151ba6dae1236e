import type { MigrationInterface, QueryRunner } from 'typeorm';
import { onPostgres } from './dialect';

/** The rule for name keys as it stood when this migration was written (text.ts searchKey may move on). */
function keyOf(text: string): string {
  return text.normalize('NFC').trim().toLocaleLowerCase('nb');
}

/** The super-users' yearly gathering: its key is what the training figures' reminder looks for. */
const GATHERING = {
  key: 'gathering', nameNb: 'Superbrukersamling', nameEn: 'Super-user gathering', validityMonths: 12,
  descriptionNb: 'Superbrukerne møtes 1–2 ganger i året: erfaringer fra siste periode, og plan for den neste.',
  descriptionEn: 'The super-users meet 1–2 times a year: lessons from the last period, and a plan for the next.',
};

/**
 * From the method (issue 14): a seeded training type for the super-users' gathering, aimed
 * at the super-user role (an organization that already has a type of that key or name keeps
 * its own and gets none added), and links to e-learning and instruction videos on every
 * training type and guide (a JSON array, empty for the rows there are).
 */
export class Gathering1766400000000 implements MigrationInterface {
  name = 'Gathering1766400000000';

  async up(q: QueryRunner): Promise<void> {
    const empty = onPostgres(q) ? `'[]'` : `('[]')`;
    for (const table of ['training_type', 'problem']) await q.query(`ALTER TABLE "${table}" ADD COLUMN "links" text NOT NULL DEFAULT ${empty}`);
    await this.seedGathering(q);
  }

  private async seedGathering(q: QueryRunner): Promise<void> {
    const taken: Array<{ n: number | string }> = await q.query(
      `SELECT COUNT(*) AS n FROM "training_type" WHERE "key" = ? OR "name_nb_key" = ? OR "name_en_key" = ?`,
      [GATHERING.key, keyOf(GATHERING.nameNb), keyOf(GATHERING.nameEn)],
    );
    if (Number(taken[0]?.n ?? 0) > 0) return;
    const [max]: Array<{ last: number | string | null }> = await q.query(`SELECT MAX("sort_order") AS last FROM "training_type"`);
    const order = max?.last === null || max?.last === undefined ? 0 : Number(max.last) + 1;
    await q.query(
      `INSERT INTO "training_type" ("key", "name_nb", "name_nb_key", "name_en", "name_en_key", "description_nb", "description_en", "validity_months", "required_for_all", "sort_order")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)`,
      [
        GATHERING.key, GATHERING.nameNb, keyOf(GATHERING.nameNb), GATHERING.nameEn, keyOf(GATHERING.nameEn),
        GATHERING.descriptionNb, GATHERING.descriptionEn, GATHERING.validityMonths, order,
      ],
    );
    // Matched by key; an organization that deleted the super-user role gets no link.
    await q.query(
      `INSERT INTO "training_type_role" ("training_type_id", "role_id")
       SELECT t.id, r.id FROM "training_type" t, "role" r WHERE t."key" = ? AND r."key" = 'super_user'`,
      [GATHERING.key],
    );
  }

  /** Takes the type out unless sessions were recorded with it: attendance history keeps its type. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM "training_type" WHERE "key" = ? AND NOT EXISTS (SELECT 1 FROM "training_session" s WHERE s.type_id = "training_type".id)`,
      [GATHERING.key],
    );
    for (const table of ['problem', 'training_type']) await q.query(`ALTER TABLE "${table}" DROP COLUMN "links"`);
  }
}
