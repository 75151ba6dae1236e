import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { CaseRow, SupportTier } from '../../../shared/types-support';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';
import { useSupportText } from './useSupportText';
import { TableScroll } from '../../components/TableScroll';
import { CASE_SORTS, type CaseSort } from './casesAddress';

interface CaseTableProps {
  rows: CaseRow[];
  caption: string;
  sort: { by: CaseSort; desc: boolean; onSort: (by: CaseSort) => void };
  onEscalate: (row: CaseRow, toTier: SupportTier) => void;
}

/**
 * Cases in the order the server sorted them (opened, due time or time left); each shows when
 * its holding tier's next target falls due and the time left. An overdue case says so in words
 * and offers the one escalation it needs.
 */
export function CaseTable({ rows, caption, sort, onEscalate }: CaseTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSupportText();
  const columns: Array<ColumnDef<CaseRow>> = [
    {
      id: 'case',
      header: t('support.cases.col.case'),
      cell: ({ row }) => <a href={routeHref('support-case', row.original.id)}>{text.caseName(row.original.id)}</a>,
    },
    { id: 'opened', header: t('support.cases.col.opened'), accessorFn: (r) => format.dateTime(r.openedAt) },
    {
      id: 'unit',
      header: t('support.cases.col.unit'),
      cell: ({ row }) => (
        <>
          {row.original.unitName} <span className="code">{row.original.unitCode}</span>
        </>
      ),
    },
    { id: 'region', header: t('support.cases.col.region'), accessorFn: (r) => r.regionName ?? '–' },
    { id: 'problem', header: t('support.cases.col.problem'), accessorFn: (r) => text.problemTitle({ titleNb: r.problemTitleNb, titleEn: r.problemTitleEn }) },
    { id: 'reporter', header: t('support.cases.col.reporter'), accessorFn: (r) => r.reporterName },
    { id: 'tier', header: t('support.cases.col.tier'), accessorFn: (r) => text.tier(r.tier) },
    {
      id: 'due',
      header: t('support.cases.col.due'),
      cell: ({ row: { original: r } }) =>
        r.dueTarget === null ? (
          '–'
        ) : (
          <>
            {r.dueAt ? format.dateTime(r.dueAt) : t('support.cases.paused')}
            <span className="block muted">{t(`support.cases.dueTarget.${r.dueTarget}`)}</span>
          </>
        ),
    },
    {
      id: 'left',
      header: t('support.cases.col.left'),
      accessorFn: (r) =>
        r.minutesLeft === null ? '–' : r.minutesLeft < 0 ? t('support.cases.overdueBy', { time: text.duration(-r.minutesLeft) }) : text.duration(r.minutesLeft),
    },
    {
      id: 'state',
      header: t('support.cases.col.state'),
      cell: ({ row }) => (
        <>
          <span className={`case-state case-state-${row.original.state}`}>{text.state(row.original.state)}</span>
          {row.original.overdue ? <span className="flag flag-overdue">{t('support.cases.overdue')}</span> : null}
        </>
      ),
    },
    {
      id: 'action',
      header: () => <span className="visually-hidden">{t('support.cases.col.action')}</span>,
      cell: ({ row }) => {
        const to = row.original.overdue ? row.original.proposedTier : null;
        if (!to) return null;
        const tier = text.tierTo(to);
        return (
          <button
            type="button"
            className="button button-small"
            aria-label={t('support.cases.escalateLabel', { tier, name: text.caseName(row.original.id) })}
            onClick={() => onEscalate(row.original, to)}
          >
            {t('support.cases.escalate', { tier })}
          </button>
        );
      },
    },
  ];
  return (
    <TableScroll>
      <DataTable
        data={rows}
        columns={columns}
        caption={caption}
        hideCaption
        getRowId={(r) => String(r.id)}
        className="case-table"
        sorting={{ sortable: CASE_SORTS, by: sort.by, desc: sort.desc, onSort: (id) => sort.onSort(id as CaseSort) }}
      />
    </TableScroll>
  );
}
