// SLA time arithmetic, with every expected number worked out by hand from a
// calendar. Business hours: Mon–Fri 08:00–16:00 Europe/Oslo, Norwegian public
// holidays excluded (480 minutes a day).
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { addMinutes, countMinutes } from '../../../src/core/support/business-time';

/** 'YYYY-MM-DD HH:MM' on the wall clock in Oslo. */
function oslo(wall: string): Date {
  const [date = '', time = '00:00'] = wall.split(' ');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, h, min, 'Europe/Oslo').getTime());
}

describe('countMinutes in business hours', () => {
  const cases: Array<[string, string, string, number]> = [
    ['within one day (Mon 09:00-11:30)', '2026-03-02 09:00', '2026-03-02 11:30', 150],
    ['a whole working day', '2026-03-02 08:00', '2026-03-02 16:00', 480],
    ['across a night (Mon 15:00 -> Tue 09:00)', '2026-03-02 15:00', '2026-03-03 09:00', 60 + 60],
    ['across a weekend (Fri 14:00 -> Mon 10:00)', '2026-03-06 14:00', '2026-03-09 10:00', 120 + 120],
    ['starting before opening', '2026-03-02 06:00', '2026-03-02 09:00', 60],
    ['ending after closing', '2026-03-02 15:00', '2026-03-02 20:00', 60],
    ['entirely in a weekend', '2026-03-07 10:00', '2026-03-08 12:00', 0],
    ['Friday evening to Monday before opening', '2026-03-06 18:00', '2026-03-09 07:00', 0],
    ['Friday evening to Monday 08:30', '2026-03-06 18:00', '2026-03-09 08:30', 30],
    ['a full week Mon 08:00 -> next Mon 08:00', '2026-03-02 08:00', '2026-03-09 08:00', 5 * 480],
    // Easter 2026: Skjærtorsdag Thu 2 Apr, Langfredag Fri 3 Apr, 2. påskedag Mon 6 Apr.
    ['Easter 2026 (Wed 1 Apr 15:00 -> Tue 7 Apr 09:00)', '2026-04-01 15:00', '2026-04-07 09:00', 60 + 60],
    ['Skjærtorsdag 2026 itself', '2026-04-02 08:00', '2026-04-02 16:00', 0],
    // Easter 2027: Skjærtorsdag Thu 25 Mar, Langfredag Fri 26 Mar, 2. påskedag Mon 29 Mar.
    ['Easter 2027 (Wed 24 Mar 14:00 -> Tue 30 Mar 10:00)', '2027-03-24 14:00', '2027-03-30 10:00', 120 + 120],
    // Kristi himmelfartsdag Thu 14 May 2026.
    ['Ascension 2026 (Wed 13 May 15:00 -> Fri 15 May 09:00)', '2026-05-13 15:00', '2026-05-15 09:00', 60 + 60],
    // 2. pinsedag Mon 25 May 2026.
    ['Whit Monday 2026 (Fri 22 May 15:00 -> Tue 26 May 09:00)', '2026-05-22 15:00', '2026-05-26 09:00', 60 + 60],
    // 17 May 2028 is a Wednesday, on its own.
    ['17 May 2028 on a Wednesday (Tue 15:00 -> Thu 09:00)', '2028-05-16 15:00', '2028-05-18 09:00', 60 + 60],
    // 17 May 2027 is a Monday, and 2. pinsedag as well.
    ['17 May 2027 on a Monday (Fri 14 May 15:00 -> Tue 18 May 09:00)', '2027-05-14 15:00', '2027-05-18 09:00', 60 + 60],
    // 1 May 2026 is a Friday.
    ['1 May 2026 (Thu 15:00 -> Mon 4 May 09:00)', '2026-04-30 15:00', '2026-05-04 09:00', 60 + 60],
    // Christmas 2026: 24 Dec (Thu) is a working day by law, 25 (Fri) and 26 (Sat) are holidays.
    ['Christmas 2026 (Wed 23 Dec 15:00 -> Mon 28 Dec 09:00)', '2026-12-23 15:00', '2026-12-28 09:00', 60 + 480 + 60],
    // New Year: 31 Dec 2026 (Thu) is a working day, 1 Jan 2027 (Fri) a holiday.
    ['New Year (Thu 31 Dec 15:00 -> Mon 4 Jan 09:00)', '2026-12-31 15:00', '2027-01-04 09:00', 60 + 60],
    // DST: 08:00–16:00 is the wall clock, so the changes at night change nothing.
    ['over the spring-forward weekend (Fri 27 Mar 15:00 -> Mon 30 Mar 09:00)', '2026-03-27 15:00', '2026-03-30 09:00', 60 + 60],
    ['the Monday after spring-forward', '2026-03-30 08:00', '2026-03-30 16:00', 480],
    ['over the fall-back weekend (Fri 23 Oct 15:00 -> Mon 26 Oct 09:00)', '2026-10-23 15:00', '2026-10-26 09:00', 60 + 60],
    ['the end before the start', '2026-03-02 11:00', '2026-03-02 09:00', 0],
  ];
  it.each(cases)('%s', (_name, from, to, minutes) => {
    expect(countMinutes(oslo(from), oslo(to), true)).toBe(minutes);
  });
});

describe('countMinutes in all hours', () => {
  const cases: Array<[string, string, string, number]> = [
    ['within one day', '2026-03-02 09:00', '2026-03-02 11:30', 150],
    ['across a weekend (Fri 14:00 -> Mon 10:00 = 68 h)', '2026-03-06 14:00', '2026-03-09 10:00', 68 * 60],
    ['over a holiday (Easter: no exception)', '2026-04-01 15:00', '2026-04-07 09:00', (5 * 24 + 18) * 60],
    // Real minutes: the night the clocks go forward has 23 hours, the night they go back 25.
    ['DST spring forward, noon to noon', '2026-03-28 12:00', '2026-03-29 12:00', 23 * 60],
    ['DST fall back, noon to noon', '2026-10-24 12:00', '2026-10-25 12:00', 25 * 60],
    ['DST spring forward, 01:00 to 04:00 wall clock', '2026-03-29 01:00', '2026-03-29 04:00', 2 * 60],
  ];
  it.each(cases)('%s', (_name, from, to, minutes) => {
    expect(countMinutes(oslo(from), oslo(to), false)).toBe(minutes);
  });

  it('counts whole minutes, rounding down', () => {
    const from = oslo('2026-03-02 09:00');
    expect(countMinutes(from, new Date(from.getTime() + 59_999), false)).toBe(0);
    expect(countMinutes(from, new Date(from.getTime() + 90_000), true)).toBe(1);
  });
});

describe('addMinutes', () => {
  const cases: Array<[string, string, number, boolean, string]> = [
    ['4 h from Mon 09:00', '2026-03-02 09:00', 240, true, '2026-03-02 13:00'],
    ['up to closing time stays at closing time', '2026-03-02 12:00', 240, true, '2026-03-02 16:00'],
    ['4 h from Mon 15:00 runs into Tuesday', '2026-03-02 15:00', 240, true, '2026-03-03 11:00'],
    ['4 h from Fri 14:00 runs into Monday', '2026-03-06 14:00', 240, true, '2026-03-09 10:00'],
    ['from a Saturday starts on Monday', '2026-03-07 10:00', 60, true, '2026-03-09 09:00'],
    ['from before opening starts at 08:00', '2026-03-02 06:30', 30, true, '2026-03-02 08:30'],
    ['2 h from Wed before Easter 2026 lands on Tue after', '2026-04-01 15:00', 120, true, '2026-04-07 09:00'],
    ['16 h from Wed before Easter 2027', '2027-03-24 08:00', 960, true, '2027-03-30 16:00'],
    ['all hours across spring-forward', '2026-03-28 12:00', 23 * 60, false, '2026-03-29 12:00'],
    ['all hours across fall-back', '2026-10-24 12:00', 25 * 60, false, '2026-10-25 12:00'],
    ['zero minutes', '2026-03-07 10:00', 0, true, '2026-03-07 10:00'],
  ];
  it.each(cases)('%s', (_name, from, minutes, businessHours, due) => {
    expect(addMinutes(oslo(from), minutes, businessHours).toISOString()).toBe(oslo(due).toISOString());
  });

  it('is the inverse of countMinutes', () => {
    const starts = ['2026-03-02 09:17', '2026-03-06 15:59', '2026-03-28 23:30', '2026-04-01 07:00', '2026-10-24 13:45', '2026-12-23 10:10'];
    const lengths = [1, 59, 240, 479, 480, 481, 960, 1440, 5000];
    for (const start of starts) {
      for (const minutes of lengths) {
        for (const businessHours of [true, false]) {
          const from = oslo(start);
          expect(countMinutes(from, addMinutes(from, minutes, businessHours), businessHours), `${start} + ${minutes}`).toBe(minutes);
        }
      }
    }
  });
});

describe('countMinutes over long stretches', () => {
  // The count reads per-year running sums; addMinutes still walks day by day, so each checks the other.
  it('inverts addMinutes across years, holidays and DST changes', () => {
    const starts = ['2025-12-30 15:10', '2026-03-27 09:45', '2026-10-23 12:00', '2027-12-24 07:00'];
    for (const wall of starts) {
      for (const minutes of [479, 481, 5_000, 40_321, 123_457]) {
        const from = oslo(wall);
        expect({ wall, minutes, counted: countMinutes(from, addMinutes(from, minutes, true), true) }).toEqual({ wall, minutes, counted: minutes });
      }
    }
  });

  it('counts a whole year 2026 as its working days times 480', () => {
    // 2026: 261 weekdays, of which 8 are public holidays (1 Jan, 2-3 Apr, 6 Apr, 1 May, 14 May, 25 May, 25 Dec;
    // 17 May is a Sunday and 26 Dec a Saturday).
    expect(countMinutes(oslo('2026-01-01 00:00'), oslo('2027-01-01 00:00'), true)).toBe((261 - 8) * 480);
  });
});
