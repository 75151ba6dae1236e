import type { ColumnDef } from '@tanstack/react-table';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentRow, CoverageRow, RoleDto } from '../../../shared/types-ownership';
import { DataTable } from '../../components/DataTable';
import { Pager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import { useLanguage } from '../../i18n/useLanguage';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';
import { AssignRoleDialog } from '../unit/AssignRoleDialog';
import { GAP_SORTABLE, filterGaps, sortGaps, type GapSortColumn } from './gapOrder';
import { StateBadge } from './StateBadge';
import { useOwnershipText } from './useOwnershipText';

/** Where a new region, or a new unit within one, begins: the rule drawn above the row shows the grouping. */
function groupStart(rows: readonly CoverageRow[], row: CoverageRow, index: number): string | undefined {
  const before = rows[index - 1];
  if (!before) return undefined;
  if (before.regionId !== row.regionId) return 'group-start-region';
  return before.unitId !== row.unitId ? 'group-start-unit' : undefined;
}

// A whole organization can have thousands of gaps; a page keeps the table quick to render and to read.
const PAGE = 100;

interface GapListProps {
  rows: CoverageRow[];
  checked: number;
  roles: RoleDto[];
  today: string;
  onAssigned: (row: AssignmentRow) => void;
}

/**
 * Every unfilled role requirement, grouped by region and unit (whatever the
 * chosen order, rows of one region and unit stay together), with a text
 * filter and «Tildel» straight from the row.
 */
export function GapList({ rows, checked, roles, today, onAssigned }: GapListProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const format = useFormat();
  const text = useOwnershipText();
  const filterId = useId();
  const [offset, setOffset] = useState(0);
  const [query, setQuery] = useState('');
  // Null: the core's order, region by region and unit by unit down the tree.
  const [sort, setSort] = useState<{ by: GapSortColumn; desc: boolean } | null>(null);
  const [assigning, setAssigning] = useState<CoverageRow | null>(null);
  const roleName = (r: CoverageRow) => text.roleName({ nameNb: r.roleNameNb, nameEn: r.roleNameEn });
  const shown = useMemo(
    () => (sort ? sortGaps(filterGaps(rows, query), sort.by, sort.desc, lang, roleName) : filterGaps(rows, query)),
    // roleName follows the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, query, sort, lang],
  );

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
  if (rows.length === 0) return <p className="empty-state">{t(checked === 0 ? 'gaps.nothingToCheck' : 'gaps.none')}</p>;
  const role = assigning ? roles.find((r) => r.id === assigning.roleId) : undefined;
  const page = shown.slice(offset, offset + PAGE);
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
          onChange={(event) => {
            setQuery(event.target.value);
            setOffset(0);
          }}
        />
        {query.trim() !== '' ? (
          <p className="muted" role="status">
            {t('gaps.shown', { count: shown.length, n: format.number(shown.length), total: format.number(rows.length) })}
          </p>
        ) : null}
      </div>
      {shown.length === 0 ? <p className="empty-state">{t('gaps.noneMatching')}</p> : (
        <TableScroll>
          <DataTable
            data={page}
            columns={columns}
            caption={t('gaps.listTitle')}
            hideCaption
            numeric={['holders']}
            getRowId={(r) => `${r.unitId}-${r.roleId}`}
            rowClassName={(r, i) => groupStart(page, r, i)}
            sorting={{
              sortable: GAP_SORTABLE,
              by: sort?.by ?? '',
              desc: sort?.desc ?? false,
              onSort: (id) => {
                const by = id as GapSortColumn;
                setSort((s) => ({ by, desc: s?.by === by ? !s.desc : false }));
                setOffset(0);
              },
            }}
          />
        </TableScroll>
      )}
      <Pager total={shown.length} offset={offset} limit={PAGE} onChange={setOffset} label={t('gaps.pages')} />
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
