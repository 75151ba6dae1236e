// The two edges between the stored exclusive end and the last day people type.
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, exclusiveEnd, lastDayHeld } from '../../src/shared/dates';

describe('lastDayHeld and exclusiveEnd', () => {
  it('step back and forward one calendar day across month and year ends', () => {
    expect(lastDayHeld('2027-03-01')).toBe('2027-02-28');
    expect(exclusiveEnd('2027-02-28')).toBe('2027-03-01');
    expect(lastDayHeld('2026-05-01')).toBe('2026-04-30');
    expect(exclusiveEnd('2026-12-31')).toBe('2027-01-01');
    expect(lastDayHeld('2027-01-01')).toBe('2026-12-31');
  });

  it('know the leap day', () => {
    expect(lastDayHeld('2028-03-01')).toBe('2028-02-29');
    expect(exclusiveEnd('2028-02-29')).toBe('2028-03-01');
    expect(exclusiveEnd('2028-02-28')).toBe('2028-02-29');
    // 2100 is not a leap year.
    expect(lastDayHeld('2100-03-01')).toBe('2100-02-28');
  });

  it('are inverses, and keep "no end" as no end', () => {
    for (const day of ['2026-01-01', '2026-03-29', '2026-10-25', '2028-02-29', '2030-12-31']) {
      expect(lastDayHeld(exclusiveEnd(day))).toBe(day);
      expect(exclusiveEnd(lastDayHeld(day))).toBe(day);
    }
    expect(lastDayHeld(null)).toBeNull();
    expect(exclusiveEnd(null)).toBeNull();
  });

  it('a one-day role: the last day is the start, so the stored end is the day after', () => {
    expect(exclusiveEnd('2026-06-15')).toBe('2026-06-16');
    expect(exclusiveEnd('2026-06-15') > '2026-06-15').toBe(true);
  });
});

describe('no time-zone shift', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  // Zones far from Oslo, and days on which Oslo and those zones change clocks.
  for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Santiago']) {
    it(`gives the same days in ${zone}`, () => {
      process.env.TZ = zone;
      expect(lastDayHeld('2027-03-01')).toBe('2027-02-28');
      expect(exclusiveEnd('2028-02-29')).toBe('2028-03-01');
      expect(exclusiveEnd('2026-03-29')).toBe('2026-03-30');
      expect(lastDayHeld('2026-10-26')).toBe('2026-10-25');
      expect(addDays('2026-09-06', 1)).toBe('2026-09-07');
      expect(addDays('2026-04-05', -1)).toBe('2026-04-04');
    });
  }
});
