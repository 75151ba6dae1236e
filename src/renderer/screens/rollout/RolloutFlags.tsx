import { useTranslation } from 'react-i18next';
import './rollout.css';

interface Flags {
  late: boolean;
  blocked: boolean;
  atRisk: boolean;
  /** Only the lists that read the usage figures carry it. */
  unused?: boolean;
}

/** Late, blocked, at risk and in operation but unused, in words; "on track" only for a unit in a wave, since a unit with no plan cannot be on it. */
export function RolloutFlags({ row, planned }: { row: Flags; planned: boolean }) {
  const { t } = useTranslation();
  const well = !row.late && !row.blocked && !row.atRisk && row.unused !== true;
  return (
    <>
      {row.late ? <span className="flag-late">{t('rollout.flag.late')}</span> : null}
      {row.blocked ? <span className="flag-blocked">{t('rollout.flag.blocked')}</span> : null}
      {row.atRisk ? <span className="flag-risk">{t('rollout.flag.atRisk')}</span> : null}
      {row.unused ? <span className="flag-unused">{t('rollout.flag.unused')}</span> : null}
      {well ? <span className="muted">{planned ? t('rollout.flag.onTrack') : t('common:progress.notPlanned')}</span> : null}
    </>
  );
}
