// Turns error envelopes into translated lines for the terminal.
import type { TFunction } from 'i18next';
import type { ApiError, ImportIssue } from '../shared/errors';
import { referenceList } from '../shared/i18n/references';

interface InputIssue {
  path?: unknown;
}

/** The translated message for a contract error code, with its details interpolated. */
export function errorMessage(t: TFunction, error: ApiError): string {
  const details = error.details ?? {};
  if (error.code === 'INVALID_INPUT') {
    const issues = Array.isArray(details.issues) ? (details.issues as InputIssue[]) : [];
    const fields = [...new Set(issues.map((i) => String(i.path ?? '')).filter((p) => p !== ''))].join(', ');
    return t(`errors:code.INVALID_INPUT`, { ...details, fields: fields || '?' });
  }
  if (error.code === 'NOT_FOUND' && typeof details.entity === 'string') {
    return t('errors:code.NOT_FOUND', { ...details, entity: t(`errors:entity.${details.entity}`, { defaultValue: details.entity }) });
  }
  if (error.code === 'UNIT_REFERENCED') return t('errors:code.UNIT_REFERENCED', { ...details, what: referenceList(t, details) });
  return t(`errors:code.${error.code}`, { ...details, defaultValue: error.message });
}

/** The import issues an IMPORT_INVALID error carries, if any. */
export function importIssues(error: ApiError): ImportIssue[] {
  const issues = error.details?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter((i): i is ImportIssue => typeof i === 'object' && i !== null && typeof (i as ImportIssue).code === 'string');
}

/** One issue as "Linje 4, kode: …", with the field named in the user's language. */
export function issueLine(t: TFunction, issue: ImportIssue): string {
  const field = issue.field === undefined ? undefined : t(`cli:field.${issue.field}`, { defaultValue: issue.field });
  const message = t(`errors:import.${issue.code}`, {
    ...issue.params,
    line: issue.line,
    field: field ?? '',
    value: issue.value ?? '',
    defaultValue: issue.code,
  });
  return field === undefined
    ? t('cli:import.issueNoField', { line: issue.line, message })
    : t('cli:import.issue', { line: issue.line, field, message });
}

/** Every line that describes a failed call: the message, then each import issue. */
export function describeError(t: TFunction, error: ApiError, fileName?: string): string[] {
  const issues = importIssues(error);
  const lines = [errorMessage(t, error)];
  if (issues.length > 0) {
    lines.push(t('cli:import.issueCount', { count: issues.length, file: fileName ?? '' }));
    for (const issue of issues) lines.push(`  ${issueLine(t, issue)}`);
  }
  return lines;
}
