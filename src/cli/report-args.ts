// The options of `forankring report`, checked before any database is opened:
// a wrong kind, format, date or file name is a usage error (exit 2). Whether
// the filters fit the kind, and whether the unit or wave exists, is the core's
// to say (REPORT_FILTER, exit 1), so the app and the CLI refuse alike.
import { extname } from 'node:path';
import { isoDateSchema } from '../shared/method-spec';
import { REPORT_FORMATS, REPORT_KINDS, type ReportRequest } from '../shared/types-reports';
import type { UsageError } from './args';

export interface ReportCommand extends Omit<ReportRequest, 'lang'> {
  name: 'report';
  /** The file to write, as given (relative to the working folder). */
  out: string;
}

/** The options only `report` takes; any other command refuses them. */
export const REPORT_OPTION_NAMES = ['kind', 'unit', 'wave', 'from', 'to', 'format', 'separator', 'appendix', 'out'] as const;
type ReportOptionName = (typeof REPORT_OPTION_NAMES)[number];

const SEPARATORS = [';', ','] as const;

type Values = Partial<Record<string, string | boolean | (string | boolean)[]>>;

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

export function parseReportArgs(values: Values): { command: ReportCommand } | { error: UsageError } {
  const given: Partial<Record<ReportOptionName, string>> = {};
  for (const name of REPORT_OPTION_NAMES) {
    const value = values[name];
    if (typeof value !== 'string') continue;
    // `--unit ""` from an unset shell variable is a missing value, not a unit named "".
    if (value.trim() === '') return { error: { key: 'missingValue', params: { flag: `--${name}` } } };
    given[name] = value.trim();
  }
  const missing = (['kind', 'format', 'out'] as const).find((name) => given[name] === undefined);
  if (missing) return { error: { key: 'missingOption', params: { flag: `--${missing}` } } };
  const { kind, format, out } = given as Required<Pick<typeof given, 'kind' | 'format' | 'out'>>;

  const badChoice = (flag: string, value: string, allowed: readonly string[]) =>
    ({ error: { key: 'badChoice', params: { flag, value, allowed: allowed.join(', ') } } });
  if (!oneOf(REPORT_KINDS, kind)) return badChoice('--kind', kind, REPORT_KINDS);
  if (!oneOf(REPORT_FORMATS, format)) return badChoice('--format', format, REPORT_FORMATS);
  const separator = given.separator ?? ';';
  if (!oneOf(SEPARATORS, separator)) return badChoice('--separator', separator, SEPARATORS);
  // A separator for a PDF or a workbook would be silently ignored; a script with it has a mistake.
  if (given.separator !== undefined && format !== 'csv') return { error: { key: 'separatorNotCsv' } };
  for (const flag of ['from', 'to'] as const) {
    const value = given[flag];
    if (value !== undefined && !isoDateSchema.safeParse(value).success) {
      return { error: { key: 'badDate', params: { flag: `--${flag}`, value } } };
    }
  }
  if (extname(out).toLowerCase() !== `.${format}`) {
    return { error: { key: 'reportExtension', params: { file: out, extension: `.${format}` } } };
  }
  return {
    command: {
      name: 'report',
      kind,
      format,
      separator,
      unit: given.unit ?? null,
      wave: given.wave ?? null,
      from: given.from ?? null,
      to: given.to ?? null,
      appendix: values.appendix === true,
      out,
    },
  };
}
