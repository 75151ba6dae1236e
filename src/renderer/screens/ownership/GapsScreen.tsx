import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/useAction';
import { useQuery } from '../../api/useQuery';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportButtons } from '../../components/ExportButtons';
import { PageTitle } from '../../components/PageTitle';
import { useLanguage } from '../../i18n/useLanguage';
import { useFormat } from '../../lib/format';
import { GapFilters, type GapFilterValues } from './GapFilters';
import { GapList } from './GapList';
import { OverloadedSection } from './OverloadedSection';
import { RegionCounts } from './RegionCounts';

const NO_FILTERS: GapFilterValues = { regionId: null, levelRank: null, roleId: null };

/** Where the rollout has no owner: gaps by region, the gap list, and the people carrying too much. */
export function GapsScreen() {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const format = useFormat();
  const announce = useAnnounce();
  const [filters, setFilters] = useState<GapFilterValues>(NO_FILTERS);
  const gaps = useQuery('coverage.gaps', filters);
  const exporter = useAction('coverage.exportGaps');
  const roles = useQuery('roles.list', {});
  const report = gaps.data;
  const ready = !gaps.loading && !gaps.error && report !== undefined;
  const total = report?.rows.length ?? 0;

  useEffect(() => {
    if (ready) announce(t('gaps.found', { count: total, n: format.number(total) }), { quiet: true });
    // Announce once per finished filter change, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, filters]);

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
                <span className="panel-count">{t('gaps.found', { count: total, n: format.number(total) })}</span>
              </h2>
              <ExportButtons
                what={t('gaps.exportWhat')}
                run={(fmt) => exporter.run({ format: fmt, lang, ...filters })}
                pending={exporter.pending}
                error={exporter.error}
              />
            </div>
            <GapList
              key={JSON.stringify(filters)}
              rows={report.rows}
              checked={report.checked}
              roles={roles.data ?? []}
              today={report.today}
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
