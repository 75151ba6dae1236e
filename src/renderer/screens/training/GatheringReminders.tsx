import { useTranslation } from 'react-i18next';
import type { GatheringReminder } from '../../../shared/types-rollout';
import { useFormat } from '../../lib/format';

/** The regions whose super-users are due their yearly gathering (the method: meet 1–2 times a year). */
export function GatheringReminders({ reminders }: { reminders: GatheringReminder[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="gathering-reminders">
      <h3 id="training-gathering-heading">{t('training.gathering.title')}</h3>
      {reminders.length === 0 ? (
        <p>{t('training.gathering.allMet')}</p>
      ) : (
        <>
          <p>{t('training.gathering.intro')}</p>
          <ul data-testid="gathering-reminders">
            {reminders.map((r) => (
              <li key={r.regionId}>
                {r.lastGathering === null
                  ? t('training.gathering.never', { region: r.name, count: r.superUsers, n: format.number(r.superUsers) })
                  : t('training.gathering.last', { region: r.name, count: r.superUsers, n: format.number(r.superUsers), date: format.date(r.lastGathering) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
