import { useTranslation } from 'react-i18next';
import type { Level } from '../../../shared/types';
import { useFormat } from '../../lib/format';

/** "Landsforbund 1 · Fylkeslag 15 · Lokallag 357": the shape of the organization at a glance. */
export function LevelCounts({ levels }: { levels: Level[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (levels.length === 0) return null;
  return (
    <ul className="level-counts" aria-label={t('org.levelCounts')}>
      {levels.map((level) => (
        <li key={level.id}>
          <span className="level-count-name">{level.name}</span> <strong>{format.number(level.unitCount)}</strong>
        </li>
      ))}
    </ul>
  );
}
