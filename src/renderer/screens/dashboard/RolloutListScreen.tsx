import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { useFormat } from '../../lib/format';
import { routeHref } from '../../lib/navigation';
import { LIST_FILTERS, listHref, type ListAddress } from './links';
import { RegionSelect } from './RegionSelect';
import { RolloutListTable } from './RolloutListTable';
import { useListAddress } from './useListAddress';
import { useUnitListControls } from './useUnitListControls';
import { useRegions } from '../../api/useRegions';
import { WaveSelect } from './WaveSelect';
import './dashboard.css';

const PAGE = 50;

/** Late, blocked or at-risk units (or all), by region and wave. The filters live in the address. */
export function RolloutListScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const address = useListAddress();
  const { regions, error: regionsError } = useRegions();
  const waves = useQuery('waves.list', {});
  const stages = useQuery('stages.list', {});
  const [page, setPage] = useState({ key: '', offset: 0 });
  const controls = useUnitListControls();
  const addressKey = `${JSON.stringify(address)}|${controls.key}`;
  // A new filter starts on the first page.
  const offset = page.key === addressKey ? page.offset : 0;
  const list = useQuery('rollout.list', { ...address, query: controls.query, sort: controls.sort, desc: controls.desc, limit: PAGE, offset });
  const total = list.data?.total ?? 0;
  const ready = !list.loading && !list.error && list.data !== undefined;

  useEffect(() => {
    if (ready) announce(t('dashboard.list.found', { count: total, n: format.number(total) }), { quiet: true });
    // Announce once per finished filter change, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, addressKey]);

  const go = (next: Partial<ListAddress>) => {
    const merged = { ...address, ...next };
    window.location.hash = listHref(merged.filter, merged);
  };
  const title = t(`dashboard.list.title.${address.filter}`);

  return (
    <div className="screen rollout-list-screen">
      <p>
        <a href={routeHref('dashboard')} className="back-link">
          {t('dashboard.list.back')}
        </a>
      </p>
      <div className="screen-head">
        <PageTitle title={title} />
      </div>
      <search className="panel list-filters" aria-label={t('dashboard.list.filters')}>
        <Field id="list-filter" label={t('dashboard.list.show')}>
          {(c) => (
            <select {...c} className="input" value={address.filter} onChange={(e) => go({ filter: e.target.value as ListAddress['filter'] })}>
              {LIST_FILTERS.map((f) => (
                <option key={f} value={f}>
                  {t(`dashboard.list.title.${f}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <RegionSelect id="list-region" regions={regions} value={address.regionId} onChange={(regionId) => go({ regionId })} />
        <WaveSelect id="list-wave" waves={waves.data ?? []} value={address.waveId} onChange={(waveId) => go({ waveId })} />
        {controls.field(t('dashboard.list.textFilter'), t('dashboard.list.textFilterPlaceholder'))}
      </search>
      <ErrorMessage error={list.error ?? regionsError ?? waves.error ?? stages.error} />
      <section className="panel" aria-labelledby="rollout-list-heading">
        <h2 id="rollout-list-heading" className="panel-title">
          {t('dashboard.list.units')}
          <span className="panel-count">{t('dashboard.list.found', { count: total, n: format.number(total) })}</span>
        </h2>
        {list.data && list.data.rows.length === 0 ? <p className="empty-state">{t(`dashboard.list.none.${address.filter}`)}</p> : null}
        {list.data && list.data.rows.length > 0 ? <RolloutListTable rows={list.data.rows} stages={stages.data ?? []} caption={title} sorting={controls.sorting({ unit: 'unit', region: 'region', share: 'done' })} /> : null}
        {list.data === undefined && list.loading ? <p className="muted">{t('common:loading')}</p> : null}
        <Pager total={total} offset={offset} limit={PAGE} onChange={(o) => setPage({ key: addressKey, offset: o })} label={t('dashboard.list.pages')} />
      </section>
    </div>
  );
}
