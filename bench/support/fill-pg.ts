// The PostgreSQL side of a bench: the synthetic organization and its people written with
// pg directly, then the bench's own rows in one transaction, and the statistics brought up to date.
import type { OwnershipData } from '../coverage-people';
import { fillOwnershipPg } from '../raw/coverage-pg';
import { rawImportUnitsBatchedPg } from '../raw/import-units-pg';
import { organizationCsv, type SyntheticUnit } from '../synthetic-org';
import { insertRowsPg, openRawPg, type RawPg } from './raw-pg';

export type InsertPg = (table: string, columns: string[], rows: unknown[][]) => Promise<void>;

export async function fillPgOrganization(
  url: string, org: SyntheticUnit[], ownership: OwnershipData, more: (db: RawPg, insert: InsertPg) => Promise<unknown>,
): Promise<void> {
  const filler = await openRawPg(url);
  try {
    await rawImportUnitsBatchedPg(filler, Buffer.from(organizationCsv(org), 'utf8'));
    await fillOwnershipPg(filler, ownership);
    await filler.exec('BEGIN');
    await more(filler, (table, columns, rows) => insertRowsPg(filler, table, columns, rows));
    await filler.exec('COMMIT');
    await filler.exec('ANALYZE');
  } finally {
    await filler.close();
  }
}
