import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { TIME_ZONE } from '../../../shared/i18n';

/** Today's calendar date in Norway (YYYY-MM-DD), whatever the machine's time zone: the default done date. */
export function osloToday(): string {
  return format(TZDate.tz(TIME_ZONE), 'yyyy-MM-dd');
}
