import { useTranslation } from 'react-i18next';
import './rollout.css';

interface Flags {
  late: boolean;
  blocked: boolean;
  atRisk: boolean;
}

/** Late, blocked and at risk, in words; nothing when all is well. */
export function RolloutFlags({ row }: { row: Flags }) {
  const { t } = useTranslation();
  return (
    <>
      {row.late ? <span className="flag-late">{t('rollout.flag.late')}</span> : null}
      {row.blocked ? <span className="flag-blocked">{t('rollout.flag.blocked')}</span> : null}
      {row.atRisk ? <span className="flag-risk">{t('rollout.flag.atRisk')}</span> : null}
      {!row.late && !row.blocked && !row.atRisk ? <span className="muted">{t('rollout.flag.onTrack')}</span> : null}
    </>
  );
}
