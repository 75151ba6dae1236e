import { useTranslation } from 'react-i18next';
import type { CardLevel } from '../../../shared/types-ownership';
import { useOwnershipText } from '../ownership/useOwnershipText';

/** The current holders that "replace the board" will end, so nobody is ended by surprise. */
export function BoardEnding({ level }: { level: CardLevel }) {
  const { t } = useTranslation();
  const text = useOwnershipText();
  const holders = level.roles.flatMap((role) => role.holders.map((holder) => ({ role, holder })));
  return (
    <section className="board-ending" aria-labelledby="board-ending-heading">
      <h3 id="board-ending-heading">{t('board.ending')}</h3>
      {holders.length === 0 ? (
        <p className="muted">{t('board.noneEnding')}</p>
      ) : (
        <ul>
          {holders.map(({ role, holder }) => (
            <li key={`${role.roleId}-${holder.personId}-${holder.startDate}`}>
              {t('board.endingItem', { name: text.personName(holder.name), role: text.roleName(role) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
