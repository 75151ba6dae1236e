import type { ColumnDef } from '@tanstack/react-table';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GAP_SORTABLE, type GapSortColumn } from '../../../shared/gap-order';
import type { AssignmentRow, CoverageRow, GapReport, RoleDto } from '../../../shared/types-ownership';
import { DataTable } from '../../components/DataTable';
import { Pager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';
import { AssignRoleDialog } from '../unit/AssignRoleDialog';
import { StateBadge } from './StateBadge';
import { useOwnershipText } from './useOwnershipText';

/** Where a new region, or a new unit within one, begins: the rule drawn above the row shows the grouping. */
function groupStart(rows: readonly CoverageRow[], row: CoverageRow, index: number): string | undefined {
  const before = rows[index - 1];
  if (!before) return undefined;
  if (before.regionId !== row.regionId) return 'group-start-region';
  return before.unitId !== row.unitId ? 'group-start-unit' : undefined;
}

interface GapListProps {
  /** One page of the gaps; the text, the order and the page are the screen's and go to the core. */
  report: GapReport;
  query: string;
  onQuery: (query: string) => void;
  sort: { by: GapSortColumn; desc: boolean } | null;
  onSort: (by: GapSortColumn) => void;
  offset: number;
  limit: number;
  onOffset: (offset: number) => void;
  roles: RoleDto[];
  onAssigned: (row: AssignmentRow) => void;
}

/**
 * The unfilled role requirements, a page at a time, grouped by region and unit
 * (whatever the chosen order, rows of one region and unit stay together), with
 * a text filter and «Tildel» straight from the row.
 */
export function GapList({ report, query, onQuery, sort, onSort, offset, limit, onOffset, roles, onAssigned }: GapListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useOwnershipText();
  const filterId = useId();
  const [assigning, setAssigning] = useState<CoverageRow | null>(null);
  const roleName = (r: CoverageRow) => text.roleName({ nameNb: r.roleNameNb, nameEn: r.roleNameEn });
  const { rows, total, checked, today } = report;
  const gaps = report.national.total;

  const columns: Array<ColumnDef<CoverageRow>> = [
    {
      id: 'unit',
      header: t('gaps.unit'),
      cell: ({ row }) => (
        <a href={routeHref('organization', row.original.unitId)}>
          {row.original.unitName} <span className="code">{row.original.unitCode}</span>
        </a>
      ),
    },
    { id: 'level', header: t('gaps.level'), accessorFn: (r) => r.levelName },
    { id: 'region', header: t('gaps.region'), accessorFn: (r) => r.regionName ?? '' },
    { id: 'role', header: t('gaps.role'), accessorFn: roleName },
    { id: 'state', header: t('gaps.state'), cell: ({ row }) => <StateBadge state={row.original.state} vacantSince={row.original.vacantSince} expiresOn={row.original.expiresOn} /> },
    {
      id: 'holders',
      header: t('gaps.holders'),
      accessorFn: (r) => t('card.holdersOfMinimum', { holders: format.number(r.holders), minimum: format.number(r.minimum) }),
    },
    {
      id: 'actions',
      header: () => <span className="visually-hidden">{t('gaps.actions')}</span>,
      cell: ({ row }) => (
        <button
          type="button"
          className="button button-small"
          aria-label={t('gaps.assignLabel', { role: roleName(row.original), unit: row.original.unitName, code: row.original.unitCode })}
          onClick={() => setAssigning(row.original)}
        >
          {t('gaps.assign')}
        </button>
      ),
    },
  ];
  // Nothing checked is not the same as nothing missing: an empty organization has no gaps to show either.
  if (gaps === 0) return <p className="empty-state">{t(checked === 0 ? 'gaps.nothingToCheck' : 'gaps.none')}</p>;
  const role = assigning ? roles.find((r) => r.id === assigning.roleId) : undefined;
  return (
    <>
      <div className="field gap-text-filter">
        <label htmlFor={filterId} className="field-label">
          {t('gaps.textFilter')}
        </label>
        <input
          id={filterId}
          type="search"
          className="input"
          value={query}
          autoComplete="off"
          placeholder={t('gaps.textFilterPlaceholder')}
          onChange={(event) => onQuery(event.target.value)}
        />
        {query.trim() !== '' ? (
          <p className="muted" role="status">
            {t('gaps.shown', { count: total, n: format.number(total), total: format.number(gaps) })}
          </p>
        ) : null}
      </div>
      {total === 0 ? <p className="empty-state">{t('gaps.noneMatching')}</p> : (
        <TableScroll>
          <DataTable
            data={rows}
            columns={columns}
            caption={t('gaps.listTitle')}
            hideCaption
            numeric={['holders']}
            getRowId={(r) => `${r.unitId}-${r.roleId}`}
            rowClassName={(r, i) => groupStart(rows, r, i)}
            sorting={{
              sortable: GAP_SORTABLE,
              by: sort?.by ?? '',
              desc: sort?.desc ?? false,
              onSort: (id) => onSort(id as GapSortColumn),
            }}
          />
        </TableScroll>
      )}
      <Pager total={total} offset={offset} limit={limit} onChange={onOffset} label={t('gaps.pages')} />
      {assigning ? (
        <AssignRoleDialog
          unit={{ id: assigning.unitId, name: assigning.unitName }}
          roles={role ? [role] : []}
          today={today}
          onClose={() => setAssigning(null)}
          onAssigned={(row) => {
            setAssigning(null);
            onAssigned(row);
          }}
        />
      ) : null}
    </>
  );
}
