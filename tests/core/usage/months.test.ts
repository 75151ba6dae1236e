// Month arithmetic for «Bruk»: Oslo months from instants, across the year, and the spellings a CRM export uses.
import { describe, expect, it } from 'vitest';
import { addMonths, monthsUpTo, osloMonth, parseMonth } from '../../../src/core/usage/months';
import { formatMonth } from '../../../src/shared/usage-format';

describe('usage months', () => {
  it('takes the month of an instant in Oslo, summer and winter time alike', () => {
    expect(osloMonth(new Date('2026-01-31T22:59:59Z'))).toBe('2026-01');
    expect(osloMonth(new Date('2026-01-31T23:00:00Z'))).toBe('2026-02');
    // Summer time: midnight in Oslo is 22:00 UTC.
    expect(osloMonth(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06');
    expect(osloMonth(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07');
    expect(osloMonth(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01');
  });

  it('counts months across the turn of the year', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-03', -24)).toBe('2024-03');
    expect(monthsUpTo('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('reads the spellings a usage export uses, and refuses what is not a month', () => {
    expect(['2026-03', '2026-3', '03.2026', '3/2026', '2026-03-01', '2026-03-01T00:00:00.000Z'].map(parseMonth)).toEqual(Array(6).fill('2026-03'));
    expect(['2026-13', '2026-00', 'mars', '', '13.2026', '1899-12'].map(parseMonth)).toEqual(Array(6).fill(undefined));
  });

  it('writes a month as the language does', () => {
    expect(formatMonth('nb', '2026-03')).toBe('mars 2026');
    expect(formatMonth('en', '2026-03')).toBe('March 2026');
  });
});
