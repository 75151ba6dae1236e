import type { MigrationInterface, QueryRunner } from 'typeorm';
import { onPostgres } from './dialect';

/**
 * Accounts for the team server: a person's sign-in account, their signed-in devices and
 * the one-time invitation and reset codes (src/core/accounts). Secrets are stored as
 * hashes only: argon2id for passwords, SHA-256 for the random session tokens and codes.
 */
const SQLITE_UP = [
  `CREATE TABLE "user_account" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "person_id" integer NOT NULL, "password_hash" varchar(200), "is_admin" boolean NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "deactivated_at" datetime, "last_sign_in_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "REL_e549e3c93b35f4bd5275767af1" UNIQUE ("person_id"), CONSTRAINT "FK_e549e3c93b35f4bd5275767af13" FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "user_session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "token_hash" varchar(64) NOT NULL, "device" varchar(120) NOT NULL DEFAULT (''), "created_at" datetime NOT NULL, "last_used_at" datetime NOT NULL, "expires_at" datetime NOT NULL, "revoked_at" datetime, CONSTRAINT "UQ_9ccf6d901cef4067214284f327e" UNIQUE ("token_hash"), CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "user_account" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_user_session_user" ON "user_session" ("user_id") `,
  `CREATE TABLE "user_token" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(10) NOT NULL, "code_hash" varchar(64) NOT NULL, "created_at" datetime NOT NULL, "expires_at" datetime NOT NULL, "used_at" datetime, CONSTRAINT "UQ_e72fac4c96e48ed03f35146d22b" UNIQUE ("code_hash"), CONSTRAINT "FK_79ac751931054ef450a2ee47778" FOREIGN KEY ("user_id") REFERENCES "user_account" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_user_token_user" ON "user_token" ("user_id") `,
];

const POSTGRES_UP = [
  `CREATE TABLE "user_account" ("id" SERIAL NOT NULL, "person_id" integer NOT NULL, "password_hash" character varying(200), "is_admin" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "deactivated_at" TIMESTAMP WITH TIME ZONE, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_e549e3c93b35f4bd5275767af1" UNIQUE ("person_id"), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
  `CREATE TABLE "user_session" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "token_hash" character varying(64) NOT NULL, "device" character varying(120) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_9ccf6d901cef4067214284f327e" UNIQUE ("token_hash"), CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_user_session_user" ON "user_session" ("user_id") `,
  `CREATE TABLE "user_token" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "kind" character varying(10) NOT NULL, "code_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_e72fac4c96e48ed03f35146d22b" UNIQUE ("code_hash"), CONSTRAINT "PK_48cb6b5c20faa63157b3c1baf7f" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_user_token_user" ON "user_token" ("user_id") `,
  `ALTER TABLE "user_account" ADD CONSTRAINT "FK_e549e3c93b35f4bd5275767af13" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "user_token" ADD CONSTRAINT "FK_79ac751931054ef450a2ee47778" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
];

export class Accounts1765100000000 implements MigrationInterface {
  name = 'Accounts1765100000000';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of onPostgres(q) ? POSTGRES_UP : SQLITE_UP) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['user_token', 'user_session', 'user_account']) await q.query(`DROP TABLE "${table}"`);
  }
}
