import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RolloutListRow, StageDto, WaveDto } from '../../../shared/types-rollout';
import { useQuery } from '../../api/useQuery';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Pager } from '../../components/Pager';
import { useFormat } from '../../lib/format';
import { rolloutUnitHref } from '../../lib/navigation';
import { ProgressText } from './ProgressText';
import { RolloutFlags } from './RolloutFlags';
import { TableScroll } from '../../components/TableScroll';
import { useUnitListControls } from '../dashboard/useUnitListControls';

const LIMIT = 25;

/** The units in a wave, each linked to its rollout page. */
export function WaveUnits({ wave, stages }: { wave: WaveDto; stages: StageDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const controls = useUnitListControls();
  const [page, setPage] = useState({ key: '', offset: 0 });
  // A new filter or order starts on the first page.
  const offset = page.key === controls.key ? page.offset : 0;
  const units = useQuery('rollout.list', {
    filter: 'all', regionId: null, waveId: wave.id, query: controls.query, sort: controls.sort, desc: controls.desc, limit: LIMIT, offset,
  });
  const total = units.data?.total ?? 0;
  const columns: Array<ColumnDef<RolloutListRow>> = [
    {
      id: 'name',
      header: t('rollout.units.unit'),
      cell: ({ row }) => <a href={rolloutUnitHref(row.original.unitId)}>{`${row.original.name} (${row.original.code})`}</a>,
    },
    { id: 'region', header: t('rollout.units.region'), accessorFn: (r) => r.regionName ?? '' },
    {
      id: 'stage',
      header: t('rollout.units.progress'),
      cell: ({ row }) => <ProgressText position={row.original.position} readyStageIds={row.original.readyStageIds} stages={stages} />,
    },
    { id: 'done', header: t('rollout.units.shareDone'), accessorFn: (r) => t('rollout.percent', { n: format.number(Math.round(r.shareDone * 100)) }) },
    { id: 'flags', header: t('rollout.units.flags'), cell: ({ row }) => <RolloutFlags row={row.original} planned /> },
  ];
  return (
    <section aria-labelledby="wave-units-heading">
      <h4 id="wave-units-heading">
        {t('rollout.units.title')} <span className="panel-count">{t('rollout.units.count', { count: total, n: format.number(total) })}</span>
      </h4>
      {controls.field(t('rollout.units.textFilter'), t('rollout.units.textFilterPlaceholder'))}
      <ErrorMessage error={units.error} />
      {units.data && units.data.rows.length === 0 ? <p className="muted">{t(controls.query ? 'rollout.units.noneMatching' : 'rollout.units.none')}</p> : null}
      {units.data && units.data.rows.length > 0 ? (
        <TableScroll>
          <DataTable data={units.data.rows} columns={columns} caption={t('rollout.units.caption', { name: wave.name })} hideCaption numeric={['done']} getRowId={(r) => String(r.unitId)}
            sorting={controls.sorting({ name: 'unit', region: 'region', done: 'done' })}
          />
        </TableScroll>
      ) : null}
      <Pager total={total} offset={offset} limit={LIMIT} onChange={(o) => setPage({ key: controls.key, offset: o })} label={t('rollout.units.pages')} />
    </section>
  );
}
