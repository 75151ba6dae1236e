import type { MigrationInterface, QueryRunner } from 'typeorm';
import { onPostgres, postgresDdl } from './dialect';

/**
 * The staged rollout (stages, waves, per-unit progress, the activity log, bulk
 * changes) and training (types, sessions, attendance). Seeds the method's six
 * stages and five training types.
 */
export class Rollout1764000000000 implements MigrationInterface {
  name = 'Rollout1764000000000';

  async up(q: QueryRunner): Promise<void> {
    if (onPostgres(q)) await postgresDdl(q, this.name, 'up');
    else {
      await q.query(
        `CREATE TABLE "activity_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL, "actor" varchar(100) NOT NULL, "kind" varchar(30) NOT NULL, "unit_id" integer, "stage_id" integer, "wave_id" integer, "bulk_id" integer, "detail" text NOT NULL DEFAULT ('{}'))`,
      );
      await q.query(
        `CREATE INDEX "idx_activity_log_unit" ON "activity_log" ("unit_id")`,
      );
      await q.query(
        `CREATE INDEX "idx_activity_log_bulk" ON "activity_log" ("bulk_id")`,
      );
      await q.query(
        `CREATE TABLE "training_type" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "key" varchar(40), "name_nb" varchar(100) NOT NULL, "name_en" varchar(100) NOT NULL, "description_nb" text NOT NULL DEFAULT (''), "description_en" text NOT NULL DEFAULT (''), "validity_months" integer, "required_for_all" boolean NOT NULL DEFAULT (0), "sort_order" integer NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_427e8d1f21414eb3dd18c44606f" UNIQUE ("key"))`,
      );
      await q.query(
        `CREATE TABLE "training_session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type_id" integer NOT NULL, "date" varchar(10) NOT NULL, "unit_id" integer NOT NULL, "format" varchar(12) NOT NULL, "trainer" varchar(200) NOT NULL DEFAULT (''), "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_53343c0a80b5ffde985288a03d8" FOREIGN KEY ("type_id") REFERENCES "training_type" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_937b3b0a90360507136cf59d335" FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await q.query(
        `CREATE INDEX "idx_training_session_type" ON "training_session" ("type_id")`,
      );
      await q.query(
        `CREATE INDEX "idx_training_session_unit" ON "training_session" ("unit_id")`,
      );
      await q.query(
        `CREATE TABLE "attendance" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "session_id" integer NOT NULL, "person_id" integer NOT NULL, CONSTRAINT "FK_5940f7beb6d791a618dbf88361e" FOREIGN KEY ("session_id") REFERENCES "training_session" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_86687a3aa35d66a5613e23ddd65" FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await q.query(
        `CREATE INDEX "idx_attendance_person" ON "attendance" ("person_id")`,
      );
      await q.query(
        `CREATE UNIQUE INDEX "idx_attendance_unique" ON "attendance" ("session_id", "person_id")`,
      );
      await q.query(
        `CREATE TABLE "bulk_change" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL, "actor" varchar(100) NOT NULL, "action" varchar(20) NOT NULL, "scope_kind" varchar(10) NOT NULL, "scope_id" integer NOT NULL, "stage_id" integer NOT NULL, "summary" text NOT NULL DEFAULT ('{}'), "undone_at" datetime)`,
      );
      await q.query(
        `CREATE TABLE "stage" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "key" varchar(40), "name_nb" varchar(100) NOT NULL, "name_en" varchar(100) NOT NULL, "description_nb" text NOT NULL DEFAULT (''), "description_en" text NOT NULL DEFAULT (''), "sort_order" integer NOT NULL, "rule" varchar(40), "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_e80bbfffc8de5331d896821bc32" UNIQUE ("key"))`,
      );
      await q.query(
        `CREATE TABLE "stage_progress" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "unit_id" integer NOT NULL, "stage_id" integer NOT NULL, "state" varchar(16) NOT NULL, "blocked_reason" text NOT NULL DEFAULT (''), "planned_date" varchar(10), "done_date" varchar(10), "note" text NOT NULL DEFAULT (''), "changed_by" varchar(100) NOT NULL, "changed_at" datetime NOT NULL, CONSTRAINT "FK_0c7f4724b3897b3d2a3aa3d4524" FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_87d6150db311cd8987288be8e68" FOREIGN KEY ("stage_id") REFERENCES "stage" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
      );
      await q.query(
        `CREATE INDEX "idx_stage_progress_stage" ON "stage_progress" ("stage_id")`,
      );
      await q.query(
        `CREATE UNIQUE INDEX "idx_stage_progress_unique" ON "stage_progress" ("unit_id", "stage_id")`,
      );
      await q.query(
        `CREATE TABLE "wave" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "sort_order" integer NOT NULL, "planned_start" varchar(10) NOT NULL, "planned_end" varchar(10) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_98296fc6fee900c76f317a24ed6" UNIQUE ("name"))`,
      );
      await q.query(
        `CREATE TABLE "wave_member" ("unit_id" integer PRIMARY KEY NOT NULL, "wave_id" integer NOT NULL, "reason" text NOT NULL DEFAULT (''), "changed_at" datetime NOT NULL, CONSTRAINT "FK_414e1072d15050b459cbc8491f0" FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_aa853acc3c8d767191ed2d36fde" FOREIGN KEY ("wave_id") REFERENCES "wave" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
      );
      await q.query(
        `CREATE INDEX "idx_wave_member_wave" ON "wave_member" ("wave_id")`,
      );
      await q.query(
        `CREATE TABLE "wave_stage_date" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "wave_id" integer NOT NULL, "stage_id" integer NOT NULL, "planned_date" varchar(10) NOT NULL, CONSTRAINT "FK_01aaa604a7523611b89f2b9f4e0" FOREIGN KEY ("wave_id") REFERENCES "wave" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_3c250c67f26f59ed1f782da1518" FOREIGN KEY ("stage_id") REFERENCES "stage" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
      );
      await q.query(
        `CREATE UNIQUE INDEX "idx_wave_stage_date_unique" ON "wave_stage_date" ("wave_id", "stage_id")`,
      );
      await q.query(
        `CREATE TABLE "training_type_role" ("training_type_id" integer NOT NULL, "role_id" integer NOT NULL, CONSTRAINT "FK_a13c14ab367e83ab76320893484" FOREIGN KEY ("training_type_id") REFERENCES "training_type" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_4d0c6e64336c897fb0546ff31cd" FOREIGN KEY ("role_id") REFERENCES "role" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("training_type_id", "role_id"))`,
      );
      await q.query(
        `CREATE INDEX "IDX_a13c14ab367e83ab7632089348" ON "training_type_role" ("training_type_id")`,
      );
      await q.query(
        `CREATE INDEX "IDX_4d0c6e64336c897fb0546ff31c" ON "training_type_role" ("role_id")`,
      );
    }

    for (const [order, stage] of SEED_STAGES.entries()) {
      await q.query(
        `INSERT INTO "stage" ("key", "name_nb", "name_en", "description_nb", "description_en", "sort_order", "rule") VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [stage.key, stage.nb, stage.en, stage.descNb, stage.descEn, order, stage.rule],
      );
    }
    for (const [order, type] of SEED_TRAINING.entries()) {
      await q.query(
        `INSERT INTO "training_type" ("key", "name_nb", "name_en", "description_nb", "description_en", "validity_months", "required_for_all", "sort_order") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [type.key, type.nb, type.en, type.descNb, type.descEn, type.validityMonths, type.requiredForAll ? 1 : 0, order],
      );
      for (const roleKey of type.roles) {
        // Roles are matched by key; an organization that deleted the role simply gets no link.
        await q.query(
          `INSERT INTO "training_type_role" ("training_type_id", "role_id")
           SELECT t.id, r.id FROM "training_type" t, "role" r WHERE t."key" = ? AND r."key" = ?`,
          [type.key, roleKey],
        );
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    if (onPostgres(q)) return postgresDdl(q, this.name, 'down');
    await q.query(`DROP INDEX "IDX_4d0c6e64336c897fb0546ff31c"`);
    await q.query(`DROP INDEX "IDX_a13c14ab367e83ab7632089348"`);
    await q.query(`DROP TABLE "training_type_role"`);
    await q.query(`DROP INDEX "idx_wave_stage_date_unique"`);
    await q.query(`DROP TABLE "wave_stage_date"`);
    await q.query(`DROP INDEX "idx_wave_member_wave"`);
    await q.query(`DROP TABLE "wave_member"`);
    await q.query(`DROP TABLE "wave"`);
    await q.query(`DROP INDEX "idx_stage_progress_unique"`);
    await q.query(`DROP INDEX "idx_stage_progress_stage"`);
    await q.query(`DROP TABLE "stage_progress"`);
    await q.query(`DROP TABLE "stage"`);
    await q.query(`DROP TABLE "bulk_change"`);
    await q.query(`DROP INDEX "idx_attendance_unique"`);
    await q.query(`DROP INDEX "idx_attendance_person"`);
    await q.query(`DROP TABLE "attendance"`);
    await q.query(`DROP INDEX "idx_training_session_unit"`);
    await q.query(`DROP INDEX "idx_training_session_type"`);
    await q.query(`DROP TABLE "training_session"`);
    await q.query(`DROP TABLE "training_type"`);
    await q.query(`DROP INDEX "idx_activity_log_bulk"`);
    await q.query(`DROP INDEX "idx_activity_log_unit"`);
    await q.query(`DROP TABLE "activity_log"`);
  }
}

const SEED_STAGES: Array<{ key: string; nb: string; en: string; descNb: string; descEn: string; rule: string | null }> = [
  {
    key: 'anchored', nb: 'Forankret', en: 'Anchored', rule: null,
    descNb: 'Lederne i enheten vet hvorfor systemet innføres, hva det betyr, for hvem og hvordan.',
    descEn: "The unit's leaders know why the system is coming, what it means, for whom and how.",
  },
  {
    key: 'super_user', nb: 'Superbruker på plass', en: 'Super-user in place', rule: 'super_user_filled',
    descNb: 'Enheten har en superbruker. Fullføres når rollen superbruker er besatt.',
    descEn: 'The unit has a super-user. Done when the super-user role is filled.',
  },
  {
    key: 'basic_training', nb: 'Grunnopplæring', en: 'Basic training', rule: 'basic_training',
    descNb: 'Rolleinnehaverne har fått grunnopplæring. Fullføres når minst X prosent har gyldig grunnopplæring.',
    descEn: "The unit's role holders have had basic training. Done when at least X percent have valid basic training.",
  },
  {
    key: 'access_ready', nb: 'Tilganger klare', en: 'Access ready', rule: null,
    descNb: 'Brukerkontoene er opprettet, og den lokale supportkontakten kjenner eskaleringsveien.',
    descEn: 'The accounts are created, and the local support contact knows the escalation path.',
  },
  {
    key: 'live', nb: 'I drift', en: 'Live', rule: null,
    descNb: 'Enheten bruker systemet i det daglige arbeidet.',
    descEn: 'The unit uses the system in its daily work.',
  },
  {
    key: 'follow_up', nb: 'Oppfølging', en: 'Follow-up', rule: null,
    descNb: 'En gjennomgang 30 dager etter at enheten gikk i drift: hva fungerer, og hva må følges opp.',
    descEn: 'A review 30 days after the unit went live: what works, and what needs following up.',
  },
];

const SEED_TRAINING: Array<{
  key: string; nb: string; en: string; descNb: string; descEn: string;
  validityMonths: number | null; requiredForAll: boolean; roles: string[];
}> = [
  {
    key: 'basic', nb: 'Grunnopplæring', en: 'Basic training', validityMonths: 24, requiredForAll: true, roles: [],
    descNb: 'Det alle med en rolle må kunne for å bruke systemet.',
    descEn: 'What everyone with a role needs to know to use the system.',
  },
  {
    key: 'advanced', nb: 'Videregående for superbrukere', en: 'Advanced training for super-users',
    validityMonths: null, requiredForAll: false, roles: ['super_user'],
    descNb: 'Mer opplæring for superbrukerne, som skal lære opp og hjelpe andre.',
    descEn: 'Further training for the super-users, who teach and help others.',
  },
  {
    key: 'focus', nb: 'Fokusøkt', en: 'Focus session', validityMonths: null, requiredForAll: false, roles: [],
    descNb: 'En kort økt på 15–30 minutter om ett tema.',
    descEn: 'A short session of 15–30 minutes on one topic.',
  },
  {
    key: 'refresher', nb: 'Årlig oppfriskning', en: 'Annual refresher', validityMonths: 12, requiredForAll: true, roles: [],
    descNb: 'Oppfriskning hvert år: nyheter i systemet og god praksis.',
    descEn: 'A yearly refresher: what is new in the system, and good practice.',
  },
  {
    key: 'newcomer', nb: 'Opplæring for nye', en: 'Newcomer training', validityMonths: null, requiredForAll: false, roles: [],
    descNb: 'For nye tillitsvalgte og frivillige som kommer inn underveis.',
    descEn: 'For new representatives and volunteers who join along the way.',
  },
];
