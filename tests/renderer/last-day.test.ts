// The forms' side of role end dates: what is typed is the last day held.
import { describe, expect, it } from 'vitest';
import { endFromLastDay, lastDayFits, proposedLastDay } from '../../src/renderer/lib/lastDay';

describe('endFromLastDay', () => {
  it('sends the day after the last day, and no end for an empty field', () => {
    expect(endFromLastDay('2027-02-28')).toBe('2027-03-01');
    expect(endFromLastDay('2028-02-29')).toBe('2028-03-01');
    expect(endFromLastDay('2026-12-31')).toBe('2027-01-01');
    expect(endFromLastDay('')).toBeNull();
  });
});

describe('lastDayFits', () => {
  it('takes a last day on the start day (a one-day role) or after it', () => {
    expect(lastDayFits('2026-06-15', '2026-06-15')).toBe(true);
    expect(lastDayFits('2026-06-16', '2026-06-15')).toBe(true);
  });

  it('refuses a last day before the start', () => {
    expect(lastDayFits('2026-06-14', '2026-06-15')).toBe(false);
    expect(lastDayFits('2026-02-28', '2026-03-01')).toBe(false);
  });

  it('leaves an empty field, or a missing start, to other checks', () => {
    expect(lastDayFits('', '2026-06-15')).toBe(true);
    expect(lastDayFits('2026-06-14', '')).toBe(true);
  });
});

describe('proposedLastDay', () => {
  it('proposes yesterday, so the role is no longer held today', () => {
    expect(proposedLastDay('2027-03-01', '2026-01-01')).toBe('2027-02-28');
    expect(proposedLastDay('2028-03-01', '2026-01-01')).toBe('2028-02-29');
  });

  it('never before the start: a role that began today ends after its one day', () => {
    expect(proposedLastDay('2026-06-15', '2026-06-15')).toBe('2026-06-15');
  });
});
