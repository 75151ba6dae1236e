import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshTrainingState } from '../../derived/training-state';
import { onPostgres } from './dialect';

/**
 * Each person's training facts kept as spans of days as their attendance changes (issue 16),
 * so the training figures compare stored dates with today. Existing databases get the rows
 * worked out here by the core's own computation (the one `forankring rebuild-figures` runs).
 */
const SQLITE_TABLE = `CREATE TABLE "training_person_state" ("person_id" integer NOT NULL, "fact" varchar(8) NOT NULL, "valid_from" varchar(10) NOT NULL, "valid_until" varchar(10), PRIMARY KEY ("person_id", "fact", "valid_from")) WITHOUT ROWID`;
const POSTGRES_TABLE = `CREATE TABLE "training_person_state" ("person_id" integer NOT NULL, "fact" character varying(8) NOT NULL, "valid_from" character varying(10) NOT NULL, "valid_until" character varying(10), CONSTRAINT "PK_9de48a77314d1e74219038d3956" PRIMARY KEY ("person_id", "fact", "valid_from"))`;

export class TrainingState1766600000000 implements MigrationInterface {
  name = 'TrainingState1766600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(onPostgres(q) ? POSTGRES_TABLE : SQLITE_TABLE);
    await refreshTrainingState(q.manager);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "training_person_state"`);
  }
}
