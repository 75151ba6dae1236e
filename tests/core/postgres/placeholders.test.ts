import { describe, expect, it } from 'vitest';
import { numberPlaceholders } from '../../../src/core/db/placeholders';

describe('numberPlaceholders', () => {
  it('numbers each ? in order', () => {
    expect(numberPlaceholders('SELECT * FROM unit WHERE id = ? AND code IN (?, ?)')).toBe('SELECT * FROM unit WHERE id = $1 AND code IN ($2, $3)');
  });

  it('leaves a ? in a string literal, a quoted identifier or a comment alone', () => {
    expect(numberPlaceholders(`SELECT 'what?', 'it''s ?' AS "odd?" FROM t -- why?\nWHERE a = ?`)).toBe(
      `SELECT 'what?', 'it''s ?' AS "odd?" FROM t -- why?\nWHERE a = $1`,
    );
  });

  it('passes SQL without placeholders through unchanged', () => {
    const sql = 'SELECT "id" FROM "unit" WHERE "id" = $1';
    expect(numberPlaceholders(sql)).toBe(sql);
  });
});
