// Instants as the core stores and compares them: 'YYYY-MM-DD HH:MM:SS.SSS' in UTC.
// TypeORM writes SQLite datetimes this way, and the PostgreSQL adapter (postgres.ts)
// reads timestamptz back into the same text, so raw queries see one shape on both.

export function toStoredInstant(instant: Date): string {
  return instant.toISOString().replace('T', ' ').replace('Z', '');
}

export function fromStoredInstant(stored: string): Date {
  return new Date(`${stored.replace(' ', 'T')}Z`);
}
