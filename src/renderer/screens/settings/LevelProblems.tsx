import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { routeHref } from '../../lib/navigation';

/**
 * Units stored before the level rule whose level is not below their parent's.
 * Nothing repairs them automatically; each links to the unit so someone can
 * move it or change its level.
 */
export function LevelProblems() {
  const { t } = useTranslation();
  const problems = useQuery('units.levelProblems', {});
  if (problems.error) return <ErrorMessage error={problems.error} />;
  if (!problems.data) return null;
  if (problems.data.length === 0) return <p className="muted">{t('settings.about.levelProblems.none')}</p>;
  return (
    <div role="group" aria-labelledby="settings-level-problems-heading">
      <h3 id="settings-level-problems-heading">{t('settings.about.levelProblems.title', { count: problems.data.length })}</h3>
      <p>{t('settings.about.levelProblems.explain')}</p>
      <ul>
        {problems.data.map((p) => (
          <li key={p.unitId}>
            <a href={routeHref('organization', p.unitId)}>{t('settings.about.levelProblems.unit', { name: p.name, code: p.code })}</a>{' '}
            {t('settings.about.levelProblems.detail', {
              level: p.levelName, parent: p.parentName, parentCode: p.parentCode, parentLevel: p.parentLevelName,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
