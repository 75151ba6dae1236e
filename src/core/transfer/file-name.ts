// Names for exported files: a stem per language and the date in Norway, so a
// file made just after midnight carries the Norwegian date, not the UTC one.
const OSLO_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit',
});

/** YYYY-MM-DD in Europe/Oslo. */
export function osloDate(instant: Date): string {
  const parts = Object.fromEntries(OSLO_DATE.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export const MIME_TYPES = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export function exportFileName(stem: string, instant: Date, format: keyof typeof MIME_TYPES): string {
  return `${stem}-${osloDate(instant)}.${format}`;
}
