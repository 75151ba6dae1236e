import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { GatheringReminders } from './GatheringReminders';
import { TrainingFiguresTable } from './TrainingFiguresTable';

/** Coverage per region and nation; choosing a region shows its units. */
export function CoverageSection({ sessionsVersion }: { sessionsVersion: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [region, setRegion] = useState<{ id: number; name: string } | null>(null);
  const coverage = useQuery('training.coverage', { regionId: region?.id ?? null });
  const data = coverage.data;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const drilled = useRef(false);
  const { reload } = coverage;

  // A session registered, changed or deleted below changes who is trained.
  useEffect(() => {
    if (sessionsVersion > 0) reload();
  }, [sessionsVersion, reload]);

  // After drilling in or out, focus the heading so the new table is announced from its start.
  useEffect(() => {
    if (drilled.current) headingRef.current?.focus();
  }, [region]);

  const choose = (next: { id: number; name: string } | null) => {
    drilled.current = true;
    setRegion(next);
  };
  const regionTotal = region ? data?.regions.find((r) => r.regionId === region.id) : undefined;

  return (
    <section className="panel" aria-labelledby="training-coverage-heading">
      <h2 id="training-coverage-heading" ref={headingRef} tabIndex={-1}>
        {region ? t('training.coverage.unitsTitle', { region: region.name }) : t('training.coverage.title')}
      </h2>
      {data ? <p className="muted">{t('training.coverage.asOf', { date: format.date(data.today) })}</p> : null}
      {region ? (
        <p>
          <button type="button" className="link-button" onClick={() => choose(null)}>
            {t('training.coverage.back')}
          </button>
        </p>
      ) : null}
      <ErrorMessage error={coverage.error} />
      {data && !region ? (
        <TrainingFiguresTable
          caption={t('training.coverage.title')}
          nationalLevel={data.nationalLevel}
          national={data.national}
          regions={data.regions.map((r) => ({
            key: String(r.regionId),
            name: r.name,
            figures: r,
            nameCell: (
              <button type="button" className="link-button" aria-label={t('training.coverage.drill', { region: r.name })} onClick={() => choose({ id: r.regionId, name: r.name })}>
                {r.name}
              </button>
            ),
          }))}
        />
      ) : null}
      {data && region ? (
        data.units.length === 0 ? (
          <p className="empty-state">{t('training.coverage.noUnits')}</p>
        ) : (
          <TrainingFiguresTable
            caption={t('training.coverage.unitsTitle', { region: region.name })}
            national={regionTotal}
            totalName={region.name}
            regions={data.units.map((u) => ({ key: String(u.unitId), name: `${u.name} (${u.code})`, figures: u }))}
          />
        )
      ) : null}
      {data && !region ? <GatheringReminders reminders={data.gatheringReminders} /> : null}
      {coverage.loading && !data ? <p className="muted">{t('common:loading')}</p> : null}
      <p className="field-hint">{t('training.coverage.explain')}</p>
    </section>
  );
}
