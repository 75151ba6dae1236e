// Calendar dates as the organization lives them: in Europe/Oslo, whatever the
// machine's time zone. Shared by the core's rules and the renderer's defaults.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export const ORG_TIME_ZONE = 'Europe/Oslo';

/** YYYY-MM-DD in Europe/Oslo for an instant (now, by default). */
export function osloDate(instant: Date = new Date()): string {
  return format(new TZDate(instant.getTime(), ORG_TIME_ZONE), 'yyyy-MM-dd');
}
