// The usage file's columns: the header names the import recognizes, in nb and en and as
// CRM exports tend to spell them. Part of the file format, so they live here, not in the
// UI's translations.
import type { UsageImportField } from '../../shared/types-usage';
import { matchHeaders } from '../transfer/unit-columns';

export const USAGE_IMPORT_FIELDS: readonly UsageImportField[] = ['unit', 'person', 'month', 'activeUsers', 'signIns'];

const ALIASES: Record<UsageImportField, readonly string[]> = {
  unit: ['enhet', 'unit', 'enhetskode', 'unit code', 'enhetsnavn', 'unit name', 'lag', 'chapter', 'organisasjonsenhet', 'organization unit'],
  person: ['e-post', 'epost', 'email', 'e-mail', 'bruker', 'user', 'brukernavn', 'username', 'person'],
  month: ['måned', 'maaned', 'month', 'periode', 'period'],
  activeUsers: ['aktive brukere', 'aktive', 'active users', 'active', 'unike brukere', 'unique users'],
  signIns: ['innlogginger', 'pålogginger', 'antall innlogginger', 'sign-ins', 'sign ins', 'signins', 'logins', 'log-ins', 'logons'],
};

export function guessUsageMapping(headers: readonly string[]): Record<UsageImportField, number | null> {
  return matchHeaders(headers, USAGE_IMPORT_FIELDS, ALIASES);
}
