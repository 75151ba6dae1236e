import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDayNumber, monthStarts } from '../../src/renderer/components/charts/dayNumbers';

describe('monthStarts', () => {
  it('gives the first of every month inside the span', () => {
    const days = monthStarts(dayNumber('2026-01-20'), dayNumber('2026-05-03'));
    expect(days.map(isoFromDayNumber)).toEqual(['2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01']);
  });

  it('thins the lines over a long span, keeping at most a dozen', () => {
    const days = monthStarts(dayNumber('2026-01-01'), dayNumber('2028-12-31'));
    expect(days.length).toBeLessThanOrEqual(12);
    expect(days.map(isoFromDayNumber).slice(0, 2)).toEqual(['2026-01-01', '2026-04-01']);
  });
});
