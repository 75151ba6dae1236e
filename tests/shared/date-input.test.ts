import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput } from '../../src/shared/date-input';

describe('dates typed into forms follow the UI language', () => {
  it('shows dd.mm.yyyy in nb and dd/mm/yyyy in en', () => {
    expect(formatDateInput('nb', '2026-12-07')).toBe('07.12.2026');
    expect(formatDateInput('en', '2026-12-07')).toBe('07/12/2026');
    expect(formatDateInput('nb', '')).toBe('');
  });

  it('reads the language’s own order, short forms, and an ISO date', () => {
    expect(parseDateInput('nb', '7.12.2026')).toBe('2026-12-07');
    expect(parseDateInput('nb', '07.12.26')).toBe('2026-12-07');
    expect(parseDateInput('en', '7/12/2026')).toBe('2026-12-07');
    expect(parseDateInput('nb', ' 2026-12-07 ')).toBe('2026-12-07');
    expect(parseDateInput('en', '2026-12-07')).toBe('2026-12-07');
  });

  it('refuses what is not a real date, or the other language’s order', () => {
    expect(parseDateInput('nb', '31.02.2026')).toBeNull();
    expect(parseDateInput('nb', '2026-02-30')).toBeNull();
    expect(parseDateInput('nb', '07/12/2026')).toBeNull();
    expect(parseDateInput('en', '07.12.2026')).toBeNull();
    expect(parseDateInput('nb', '12.2026')).toBeNull();
    expect(parseDateInput('nb', '')).toBeNull();
  });

  it('round-trips every day of a leap year in both languages', () => {
    for (const lang of ['nb', 'en'] as const) {
      for (let day = 0; day < 366; day += 1) {
        const iso = new Date(Date.UTC(2028, 0, 1 + day)).toISOString().slice(0, 10);
        expect(parseDateInput(lang, formatDateInput(lang, iso))).toBe(iso);
      }
    }
  });
});
