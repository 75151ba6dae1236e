// Calendar rules for training: how long an attendance counts, and when a
// refresher is overdue. Month arithmetic is date-fns addMonths, so 31 January
// plus one month is the last day of February.
import { addMonths, format, parseISO } from 'date-fns';

/** The three session types the coverage figures are about, by their seeded keys. */
export const BASIC_KEY = 'basic';
export const ADVANCED_KEY = 'advanced';
export const REFRESHER_KEY = 'refresher';
/** The super-users' gathering (seeded by the Gathering migration): a region whose super-users have not met in this long gets a reminder. */
export const GATHERING_KEY = 'gathering';
export const GATHERING_INTERVAL_MONTHS = 12;

/** A refresher (or basic training) older than this is overdue, whatever the types' validity. */
export const REFRESHER_INTERVAL_MONTHS = 12;

/** `date` + `months`, YYYY-MM-DD. */
export function addMonthsIso(date: string, months: number): string {
  return format(addMonths(parseISO(date), months), 'yyyy-MM-dd');
}

/**
 * Memoized addMonthsIso: a whole organization has 50,000 people but only a few
 * thousand distinct session and start dates, so each date is parsed once.
 */
export function monthAdder(): (date: string, months: number) => string {
  const memo = new Map<string, string>();
  return (date, months) => {
    const key = `${date}|${months}`;
    let result = memo.get(key);
    if (result === undefined) {
      result = addMonthsIso(date, months);
      memo.set(key, result);
    }
    return result;
  };
}

/** An attendance on `sessionDate` still counts on `today`: today < sessionDate + validity (null = for good). */
export function isValidOn(sessionDate: string, validityMonths: number | null, today: string): boolean {
  return validityMonths === null || today < addMonthsIso(sessionDate, validityMonths);
}
