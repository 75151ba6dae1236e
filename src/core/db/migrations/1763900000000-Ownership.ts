import type { MigrationInterface, QueryRunner } from 'typeorm';
import { onPostgres, postgresDdl } from './dialect';

/** People, the role catalog (seeded with the rollout method's roles), and assignments. */
export class Ownership1763900000000 implements MigrationInterface {
  name = 'Ownership1763900000000';

  async up(q: QueryRunner): Promise<void> {
    if (onPostgres(q)) await postgresDdl(q, this.name, 'up');
    else {
      await q.query(
        `CREATE TABLE "person" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "search_name" varchar(200) NOT NULL, "email" varchar(254), "phone" varchar(40), "home_unit_id" integer, "active" boolean NOT NULL DEFAULT (1), "note" text NOT NULL DEFAULT (''), "erased_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_d2d717efd90709ebd3cb26b936c" UNIQUE ("email"), CONSTRAINT "FK_a2d09feb6cca8e6ba95ccbaf796" FOREIGN KEY ("home_unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await q.query(`CREATE INDEX "idx_person_search_name" ON "person" ("search_name") `);
      await q.query(`CREATE INDEX "idx_person_home_unit" ON "person" ("home_unit_id") `);
      await q.query(
        `CREATE TABLE "role" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "key" varchar(40), "name_nb" varchar(100) NOT NULL, "name_en" varchar(100) NOT NULL, "description_nb" text NOT NULL DEFAULT (''), "description_en" text NOT NULL DEFAULT (''), "sort_order" integer NOT NULL DEFAULT (0), "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_128d7c8c9af53479d0b9e00eb58" UNIQUE ("key"))`,
      );
      await q.query(
        `CREATE TABLE "role_requirement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "role_id" integer NOT NULL, "level_rank" integer NOT NULL, "minimum" integer NOT NULL, CONSTRAINT "FK_0eba24f3df4f061d460b81a51b1" FOREIGN KEY ("role_id") REFERENCES "role" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
      );
      await q.query(`CREATE UNIQUE INDEX "idx_role_requirement_unique" ON "role_requirement" ("role_id", "level_rank") `);
      await q.query(
        `CREATE TABLE "assignment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "person_id" integer NOT NULL, "role_id" integer NOT NULL, "unit_id" integer NOT NULL, "start_date" varchar(10) NOT NULL, "end_date" varchar(10), "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_3f040ebb017f5859ce1d5219016" FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ee924f082ca569e2bd5bc009871" FOREIGN KEY ("role_id") REFERENCES "role" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_6307b61ec6230e6fca2ccd5e680" FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await q.query(`CREATE INDEX "idx_assignment_person" ON "assignment" ("person_id") `);
      await q.query(`CREATE INDEX "idx_assignment_unit_role" ON "assignment" ("unit_id", "role_id") `);
    }

    for (const [order, role] of SEED_ROLES.entries()) {
      await q.query(
        `INSERT INTO "role" ("key", "name_nb", "name_en", "description_nb", "description_en", "sort_order") VALUES (?, ?, ?, ?, ?, ?)`,
        [role.key, role.nb, role.en, role.descNb, role.descEn, order],
      );
      const [{ id }] = await q.query(`SELECT id FROM "role" WHERE "key" = ?`, [role.key]);
      for (const [rank, minimum] of role.requires) {
        await q.query(`INSERT INTO "role_requirement" ("role_id", "level_rank", "minimum") VALUES (?, ?, ?)`, [id, rank, minimum]);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    if (onPostgres(q)) return postgresDdl(q, this.name, 'down');
    await q.query(`DROP INDEX "idx_assignment_unit_role"`);
    await q.query(`DROP INDEX "idx_assignment_person"`);
    await q.query(`DROP TABLE "assignment"`);
    await q.query(`DROP INDEX "idx_role_requirement_unique"`);
    await q.query(`DROP TABLE "role_requirement"`);
    await q.query(`DROP TABLE "role"`);
    await q.query(`DROP INDEX "idx_person_home_unit"`);
    await q.query(`DROP INDEX "idx_person_search_name"`);
    await q.query(`DROP TABLE "person"`);
  }
}

/** Level ranks: 0 national, 1 region, 2 chapter. [rank, minimum per unit]. */
const SEED_ROLES: Array<{ key: string; nb: string; en: string; descNb: string; descEn: string; requires: Array<[number, number]> }> = [
  {
    key: 'system_owner', nb: 'Systemeier', en: 'System owner',
    descNb: 'Kapteinen: eier målene for innføringen og har det samlede ansvaret.',
    descEn: 'The captain: owns the goals of the rollout and carries the overall responsibility.',
    requires: [[0, 1]],
  },
  {
    key: 'technical_owner', nb: 'Teknisk ansvarlig', en: 'Technical owner',
    descNb: 'Eier den tekniske løsningen, integrasjonene og kontakten med leverandøren.',
    descEn: 'Owns the technical solution, the integrations and the contact with the vendor.',
    requires: [[0, 1]],
  },
  {
    key: 'functional_owner', nb: 'Fagansvarlig', en: 'Functional owner',
    descNb: 'Eier målene for bruken og sørger for at systemet brukes slik det er tenkt.',
    descEn: 'Owns the targets for use and makes sure the system is used as intended.',
    requires: [[0, 1]],
  },
  {
    key: 'functional_group', nb: 'Faggruppe', en: 'Functional group member',
    descNb: 'Følger opp bruken og tar nye behov videre til eierne.',
    descEn: 'Follows up how the system is used and carries new needs to the owners.',
    requires: [[0, 2]],
  },
  {
    key: 'sponsor', nb: 'Sponsor', en: 'Sponsor',
    descNb: 'En mellomleder med personalansvar som gir innføringen tid og tyngde i regionen.',
    descEn: 'A middle manager with staff responsibility who gives the rollout time and weight in the region.',
    requires: [[1, 1]],
  },
  {
    key: 'super_user', nb: 'Superbruker', en: 'Super-user',
    descNb: 'Ildsjelen: har fått mer opplæring og lærer opp andre.',
    descEn: 'The champion: has had further training and teaches others.',
    requires: [[1, 1], [2, 1]],
  },
  {
    key: 'local_support', nb: 'Lokal supportkontakt', en: 'Local support contact',
    descNb: 'Første linje når noen ikke får logget inn.',
    descEn: 'The first line when someone cannot log in.',
    requires: [[2, 1]],
  },
  {
    key: 'chapter_leader', nb: 'Lagleder', en: 'Chapter leader',
    descNb: 'Leder lokallaget og sørger for at innføringen skjer der.',
    descEn: 'Leads the chapter and makes sure the rollout happens there.',
    requires: [[2, 1]],
  },
];
