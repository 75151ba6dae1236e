// Locale tags for Intl, apart from the i18next resources so formatting code
// does not pull in every translation.
import type { Lang } from '../types';

/** Dates and numbers follow the language, time zone Europe/Oslo. */
export const LOCALE_TAG: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };
export { ORG_TIME_ZONE as TIME_ZONE } from '../dates';
