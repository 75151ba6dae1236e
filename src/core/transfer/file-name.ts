// Names for exported files: a stem per language and the date in Norway, so a
// file made just after midnight carries the Norwegian date, not the UTC one.
import { osloDate } from '../../shared/dates';

export const MIME_TYPES = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  zip: 'application/zip',
} as const;

export function exportFileName(stem: string, instant: Date, format: keyof typeof MIME_TYPES): string {
  return `${stem}-${osloDate(instant)}.${format}`;
}
