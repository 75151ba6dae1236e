import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, SlaPolicyDto, TierClockDto } from '../../../shared/types-support';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { useSupportText } from './useSupportText';
import { TableScroll } from '../../components/TableScroll';

interface CaseClockProps {
  detail: CaseDetail;
  policies: readonly SlaPolicyDto[];
}

/** The holding tier's clock (time used of the targets, when they fall due), then every tier's clock. */
export function CaseClock({ detail, policies }: CaseClockProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSupportText();
  const policyOf = (clock: TierClockDto) => policies.find((p) => p.tier === clock.tier);
  const current = [...detail.clocks].reverse().find((c) => c.tier === detail.tier);
  const policy = current ? policyOf(current) : undefined;
  const hours = (p: SlaPolicyDto | undefined) => (p?.businessHours ? t('support.sla.businessHours') : t('support.sla.allHours'));

  const columns: Array<ColumnDef<TierClockDto>> = [
    { id: 'tier', header: t('support.clock.col.tier'), accessorFn: (c) => text.tier(c.tier) },
    { id: 'arrived', header: t('support.clock.col.arrived'), accessorFn: (c) => format.dateTime(c.arrivedAt) },
    {
      id: 'response',
      header: t('support.clock.col.response'),
      // "Not yet" only while the tier still holds the open case; a tier that passed it on unanswered never answered.
      // (A tier that resolved it answered with the resolution: the core gives it response minutes.)
      accessorFn: (c) =>
        c.responseMinutes !== null
          ? text.duration(c.responseMinutes)
          : c.tier === detail.tier && detail.state !== 'resolved'
            ? t('support.clock.notYet')
            : t('support.clock.notAnswered'),
    },
    { id: 'held', header: t('support.clock.col.held'), accessorFn: (c) => text.duration(c.heldMinutes) },
    {
      id: 'breaches',
      header: t('support.clock.col.breaches'),
      accessorFn: (c) =>
        [c.responseBreached ? t('support.clock.responseBreached') : null, c.resolutionBreached ? t('support.clock.resolutionBreached') : null].filter(Boolean).join(', ') ||
        t('support.clock.withinTargets'),
    },
  ];

  return (
    <section className="panel" aria-labelledby="case-clock-heading">
      <h2 id="case-clock-heading">{t('support.clock.title', { tier: text.tierTo(detail.tier) })}</h2>
      {current && policy && detail.state !== 'resolved' ? (
        <dl className="facts clock-facts">
          <div>
            <dt>{t('support.clock.firstResponse')}</dt>
            <dd>
              {current.responseMinutes !== null
                ? t('support.clock.answeredAfter', { used: text.duration(current.responseMinutes), target: text.duration(policy.firstResponseMinutes) })
                : current.responseDueAt
                  ? t('support.clock.dueAt', { due: format.dateTime(current.responseDueAt), target: text.duration(policy.firstResponseMinutes) })
                  : t('support.clock.notYet')}
              {current.responseBreached ? <span className="flag flag-overdue">{t('support.cases.overdue')}</span> : null}
            </dd>
          </div>
          <div>
            <dt>{t('support.clock.resolution')}</dt>
            <dd>
              {t('support.clock.usedOf', { used: text.duration(current.heldMinutes), target: text.duration(policy.resolutionMinutes), hours: hours(policy) })}
              {current.resolutionDueAt ? <span className="block">{t('support.clock.resolutionDue', { due: format.dateTime(current.resolutionDueAt) })}</span> : null}
              {current.resolutionBreached ? <span className="flag flag-overdue">{t('support.cases.overdue')}</span> : null}
            </dd>
          </div>
          {detail.state === 'waiting' ? (
            <div className="fact-wide">
              <dt>{t('support.clock.paused')}</dt>
              <dd>{t('support.clock.pausedText')}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <TableScroll>
        <DataTable data={detail.clocks} columns={columns} caption={t('support.clock.caption')} getRowId={(c, i) => `${c.tier}-${i}`} />
      </TableScroll>
    </section>
  );
}
