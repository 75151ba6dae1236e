import type { MigrationInterface, QueryRunner } from 'typeorm';
import { onPostgres } from './dialect';

const INDEXES = [
  `CREATE INDEX "idx_audit_event_at" ON "audit_event" ("at")`,
  `CREATE INDEX "idx_audit_event_person" ON "audit_event" ("actor_person_id")`,
  `CREATE INDEX "idx_audit_event_module" ON "audit_event" ("module")`,
  `CREATE INDEX "idx_audit_event_unit" ON "audit_event" ("unit_id")`,
];

/**
 * The audit trail (src/core/audit). Append-only by triggers on both drivers: DELETE is
 * refused, and an UPDATE only when it is the data-protection redaction (people.erase):
 * it sets `redacted` and may change nothing but the actor's label and the values in
 * `changes`. On PostgreSQL DELETE and TRUNCATE are also revoked from the application's
 * role; UPDATE stays granted for the redaction, which the trigger holds to its one shape.
 * (A superuser or the table's owner can still drop the triggers; the revocation is what
 * a separate, non-owning application role gets.)
 */
export class Audit1764600000000 implements MigrationInterface {
  name = 'Audit1764600000000';

  async up(q: QueryRunner): Promise<void> {
    if (onPostgres(q)) {
      await q.query(
        `CREATE TABLE "audit_event" ("id" SERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_user_id" integer, "actor_person_id" integer, "actor_label" character varying(200) NOT NULL, "method" character varying(60) NOT NULL, "module" character varying(40) NOT NULL, "unit_id" integer, "kind" character varying(20) NOT NULL, "entity" character varying(40), "entity_id" character varying(60), "changes" text NOT NULL DEFAULT '{}', "summary" text NOT NULL DEFAULT '{}', "redacted" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_audit_event" PRIMARY KEY ("id"))`,
      );
      for (const sql of INDEXES) await q.query(sql);
      await q.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.redacted AND NEW.id = OLD.id AND NEW.at = OLD.at
     AND NEW.actor_user_id IS NOT DISTINCT FROM OLD.actor_user_id AND NEW.actor_person_id IS NOT DISTINCT FROM OLD.actor_person_id
     AND NEW.method = OLD.method AND NEW.module = OLD.module AND NEW.unit_id IS NOT DISTINCT FROM OLD.unit_id
     AND NEW.kind = OLD.kind AND NEW.entity IS NOT DISTINCT FROM OLD.entity AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
     AND NEW.summary = OLD.summary THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_event is append-only';
END $$`);
      await q.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
      await q.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
      await q.query(`REVOKE DELETE, TRUNCATE ON "audit_event" FROM CURRENT_USER`);
      return;
    }
    await q.query(
      `CREATE TABLE "audit_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL, "actor_user_id" integer, "actor_person_id" integer, "actor_label" varchar(200) NOT NULL, "method" varchar(60) NOT NULL, "module" varchar(40) NOT NULL, "unit_id" integer, "kind" varchar(20) NOT NULL, "entity" varchar(40), "entity_id" varchar(60), "changes" text NOT NULL DEFAULT ('{}'), "summary" text NOT NULL DEFAULT ('{}'), "redacted" boolean NOT NULL DEFAULT (0))`,
    );
    for (const sql of INDEXES) await q.query(sql);
    await q.query(`CREATE TRIGGER "audit_event_no_delete" BEFORE DELETE ON "audit_event" BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END`);
    await q.query(`CREATE TRIGGER "audit_event_no_update" BEFORE UPDATE ON "audit_event"
WHEN NOT (NEW.redacted = 1 AND NEW.id = OLD.id AND NEW.at = OLD.at
  AND NEW.actor_user_id IS OLD.actor_user_id AND NEW.actor_person_id IS OLD.actor_person_id
  AND NEW.method = OLD.method AND NEW.module = OLD.module AND NEW.unit_id IS OLD.unit_id
  AND NEW.kind = OLD.kind AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id AND NEW.summary = OLD.summary)
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END`);
  }

  async down(q: QueryRunner): Promise<void> {
    if (onPostgres(q)) {
      await q.query(`DROP TABLE "audit_event" CASCADE`);
      await q.query(`DROP FUNCTION audit_event_append_only()`);
      return;
    }
    await q.query(`DROP TABLE "audit_event"`);
  }
}
