import { describe, expect, it } from 'vitest';
import type { CoverageRow } from '../../src/shared/types-ownership';
import { filterGaps, sortGaps } from '../../src/shared/gap-order';

function gap(unitId: number, unitName: string, regionId: number, regionName: string, role: string, state: CoverageRow['state']): CoverageRow {
  return {
    unitId, unitCode: String(unitId), unitName, levelRank: 2, levelName: 'Lokallag', regionId, regionName,
    roleId: role.length, roleNameNb: role, roleNameEn: role, minimum: 1, holders: 0, state, vacantSince: null, expiresOn: null,
  };
}

// As the core sends them: down the tree, Nordland (18) before Troms (55).
const ROWS = [
  gap(1818, 'Herøy', 18, 'Nordland', 'Superbruker', 'missing'),
  gap(1818, 'Herøy', 18, 'Nordland', 'Lagleder', 'vacant'),
  gap(1804, 'Bodø', 18, 'Nordland', 'Superbruker', 'expiring'),
  gap(5501, 'Tromsø', 55, 'Troms', 'Lagleder', 'missing'),
];
const label = (rows: CoverageRow[]) => rows.map((r) => `${r.unitName}:${r.roleNameNb}`);
const role = (r: CoverageRow) => r.roleNameNb;

describe('the gap list order and filter', () => {
  it('keeps a region and a unit together whatever column sorts', () => {
    expect(label(sortGaps(ROWS, 'role', false, 'nb', role))).toEqual(['Herøy:Lagleder', 'Herøy:Superbruker', 'Bodø:Superbruker', 'Tromsø:Lagleder']);
    expect(label(sortGaps(ROWS, 'unit', false, 'nb', role))).toEqual(['Bodø:Superbruker', 'Herøy:Superbruker', 'Herøy:Lagleder', 'Tromsø:Lagleder']);
    expect(label(sortGaps(ROWS, 'region', true, 'nb', role))).toEqual(['Tromsø:Lagleder', 'Herøy:Superbruker', 'Herøy:Lagleder', 'Bodø:Superbruker']);
    expect(label(sortGaps(ROWS, 'state', true, 'nb', role))).toEqual(['Herøy:Lagleder', 'Herøy:Superbruker', 'Bodø:Superbruker', 'Tromsø:Lagleder']);
  });

  it('filters by folded words over unit, code, region and role', () => {
    expect(label(filterGaps(ROWS, 'nordland heroy'))).toEqual(['Herøy:Superbruker', 'Herøy:Lagleder']);
    expect(label(filterGaps(ROWS, 'tromso lag'))).toEqual(['Tromsø:Lagleder']);
    expect(label(filterGaps(ROWS, '1804'))).toEqual(['Bodø:Superbruker']);
    expect(filterGaps(ROWS, '')).toHaveLength(4);
  });
});
