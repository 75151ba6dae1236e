import { useEffect, useRef, useState } from 'react';
import type { GapSortColumn } from '../../../shared/gap-order';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportButtons } from '../../components/ExportButtons';
import { PageTitle } from '../../components/PageTitle';
import { useLanguage } from '../../i18n/useLanguage';
import { useFormat } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import { GapFilters, type GapFilterValues } from './GapFilters';
import { GapList } from './GapList';
import { OverloadedSection } from './OverloadedSection';
import { RegionCounts } from './RegionCounts';

const NO_FILTERS: GapFilterValues = { regionId: null, levelRank: null, roleId: null };
// A federation has tens of thousands of gaps; the core sends one page of them.
const PAGE = 100;

/** Where the rollout has no owner: gaps by region, the gap list, and the people carrying too much. */
export function GapsScreen() {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const format = useFormat();
  const announce = useAnnounce();
  const [filters, setFilters] = useState<GapFilterValues>(NO_FILTERS);
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim());
  // Null: the core's order, region by region and unit by unit down the tree.
  const [sort, setSort] = useState<{ by: GapSortColumn; desc: boolean } | null>(null);
  const [page, setPage] = useState({ key: '', offset: 0 });
  const filtersKey = JSON.stringify(filters);
  const viewKey = JSON.stringify([filters, query, sort]);
  // A new filter, text or order starts on the first page.
  const offset = page.key === viewKey ? page.offset : 0;
  const gaps = useQuery('coverage.gaps', { ...filters, query, sort: sort?.by ?? null, desc: sort?.desc ?? false, lang, limit: PAGE, offset });
  const exporter = useAction('coverage.exportGaps');
  const roles = useQuery('roles.list', {});
  const report = gaps.data;
  const ready = !gaps.loading && !gaps.error && report !== undefined;
  const total = report?.total ?? 0;
  const announced = useRef<string | null>(null);

  useEffect(() => {
    if (!ready || announced.current === filtersKey) return;
    announced.current = filtersKey;
    announce(t('gaps.found', { count: total, n: format.number(total) }), { quiet: true });
    // Announce once per finished filter change, not on each page, text or reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, filtersKey]);

  // A filled gap can empty the last page: step back to the page that is now last (adjusted while
  // rendering, as React advises for state that follows an answer, rather than in an effect).
  if (ready && offset > 0 && offset >= total) setPage({ key: viewKey, offset: Math.max(0, Math.ceil(total / PAGE) - 1) * PAGE });

  return (
    <div className="screen gaps-screen">
      <div className="screen-head">
        <PageTitle title={t('gaps.title')} />
      </div>
      <p className="lead">{t('gaps.intro')}</p>
      <GapFilters value={filters} onChange={setFilters} />
      <ErrorMessage error={gaps.error} />
      {report ? (
        <>
          <p className="muted">
            {t('gaps.asOf', { date: format.date(report.today), days: format.number(report.expiryDays), count: report.expiryDays })}
          </p>
          <RegionCounts report={report} filtered={filters.regionId !== null || filters.levelRank !== null || filters.roleId !== null} />
          <section className="panel" aria-labelledby="gap-list-heading">
            <div className="panel-head">
              <h2 id="gap-list-heading" className="panel-title">
                {t('gaps.listTitle')}
                <span className="panel-count">{t('gaps.found', { count: report.national.total, n: format.number(report.national.total) })}</span>
              </h2>
              <ExportButtons
                what={t('gaps.exportWhat')}
                run={(fmt) => exporter.run({ format: fmt, lang, ...filters })}
                pending={exporter.pending}
                error={exporter.error}
              />
            </div>
            <GapList
              report={report}
              query={typed}
              onQuery={setTyped}
              sort={sort}
              onSort={(by) => setSort((s) => ({ by, desc: s?.by === by ? !s.desc : false }))}
              offset={offset}
              limit={PAGE}
              onOffset={(next) => setPage({ key: viewKey, offset: next })}
              roles={roles.data ?? []}
              onAssigned={(row) => {
                announce(t('gaps.assigned', { person: row.personName, unit: row.unitName }));
                gaps.reload();
              }}
            />
          </section>
        </>
      ) : gaps.loading ? (
        <p className="muted">{t('common:loading')}</p>
      ) : null}
      <OverloadedSection />
    </div>
  );
}
