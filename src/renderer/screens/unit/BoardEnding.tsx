import { useTranslation } from 'react-i18next';
import type { RoleDto } from '../../../shared/types-ownership';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useOwnershipText } from '../ownership/useOwnershipText';

/**
 * What "replace the board" on `date` will end, asked of the core (the same
 * rule that runs on confirm), and which roles are board roles, so nobody is
 * ended by surprise and the appointed roles are seen to stay.
 */
export function BoardEnding({ unitId, date, roles }: { unitId: number; date: string; roles: RoleDto[] }) {
  const { t } = useTranslation();
  const text = useOwnershipText();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const ending = useQuery('assignments.boardEnding', valid ? { unitId, date } : null);
  const boardRoles = roles.filter((r) => r.board).map((r) => text.roleName(r));
  return (
    <section className="board-ending" aria-labelledby="board-ending-heading" aria-live="polite">
      <h3 id="board-ending-heading">{t('board.ending')}</h3>
      <p className="muted">
        {boardRoles.length === 0 ? t('board.noBoardRoles') : t('board.boardRoles', { roles: new Intl.ListFormat(text.lang, { type: 'conjunction' }).format(boardRoles) })}
      </p>
      <ErrorMessage error={ending.error} />
      {!valid ? null : ending.data?.length === 0 ? (
        <p className="muted">{t('board.noneEnding')}</p>
      ) : (
        <ul>
          {(ending.data ?? []).map((a) => (
            <li key={a.id}>
              {t('board.endingItem', {
                name: text.personName(a.personErased ? '' : a.personName),
                role: text.roleName({ nameNb: a.roleNameNb, nameEn: a.roleNameEn }),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
