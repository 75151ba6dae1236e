// Which builder makes which kind of report.
import type { ReportKind } from '../../shared/types-reports';
import type { ReportBuilder } from './build-context';
import { buildChapterReport } from './build-chapter';
import { buildNationalReport } from './build-national';
import { buildRegionReport } from './build-region';
import { buildSupportReport } from './build-support';
import { buildWaveReport } from './build-wave';

export const BUILDERS: Record<ReportKind, ReportBuilder> = {
  national: buildNationalReport,
  region: buildRegionReport,
  wave: buildWaveReport,
  chapter: buildChapterReport,
  support: buildSupportReport,
};
