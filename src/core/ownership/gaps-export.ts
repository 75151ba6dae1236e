// coverage.exportGaps: the gap list, as coverage.gaps computes it under the same
// filters, one row per required role that is not filled.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { CoverageRow } from '../../shared/types-ownership';
import type { ExportedFile, Lang } from '../../shared/types';
import type { ExportCell } from '../transfer/neutralize';
import { computeGapReport, type GapOptions } from './coverage-gaps';
import { lastDayHeld } from './dates';
import { GAP_HEADERS, STATE_LABELS, STEMS } from './people-columns';
import { exportTable } from './table-export';

function toCells(row: CoverageRow, lang: Lang): ExportCell[] {
  return [
    row.regionName ?? '', row.unitCode, row.unitName, row.levelName, lang === 'nb' ? row.roleNameNb : row.roleNameEn,
    row.minimum, row.holders, STATE_LABELS[lang][row.state], row.vacantSince ?? '',
    // vacantSince is the first day without a holder; expiresOn, a stored end, becomes the last day still covered.
    lastDayHeld(row.expiresOn) ?? '',
  ];
}

export async function exportGaps(
  em: EntityManager,
  input: InputOf<'coverage.exportGaps'>,
  options: GapOptions,
  now: Date,
): Promise<ExportedFile> {
  const { regionId, levelRank, roleId } = input;
  const report = await computeGapReport(em, { regionId, levelRank, roleId }, options);
  return exportTable(input, {
    stem: STEMS.gaps,
    headers: GAP_HEADERS,
    kinds: ['text', 'text', 'text', 'text', 'text', 'number', 'number', 'text', 'date', 'date'],
    rows: report.rows.map((row) => toCells(row, input.lang)),
  }, now);
}
