// The words for what refers to a unit (UNIT_REFERENCED), shared by the UI and the CLI.
import type { TFunction } from 'i18next';

/** "2 underenheter, 1 sak": every non-zero count the error's details carry, in its own words. */
export function referenceList(t: TFunction, details: Record<string, unknown>): string {
  const keys = Array.isArray(details.references) ? details.references.filter((k): k is string => typeof k === 'string') : [];
  return keys
    .map((key) => t(`errors:reference.${key}`, { count: Number(details[key] ?? 0), defaultValue: `${key}: ${String(details[key])}` }))
    .join(', ');
}
