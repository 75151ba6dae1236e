// Who owns what at a unit and at each level above it, with contact details.
// Pure presentation of one units.card result, so it can be printed or shown
// elsewhere (the support escalation path) without the actions around it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardHolder, CardLevel, CardRole, UnitCard as Card } from '../../../shared/types-ownership';
import { useFormat } from '../../lib/format';
import { StateBadge } from '../ownership/StateBadge';
import { useOwnershipText } from '../ownership/useOwnershipText';

interface UnitCardProps {
  card: Card;
  /** Something to do with a holder (e.g. end the assignment); shown after their details. */
  holderAction?: (level: CardLevel, role: CardRole, holder: CardHolder) => ReactNode;
}

export function UnitCard({ card, holderAction }: UnitCardProps) {
  return (
    <div className="unit-card">
      {card.levels.map((level) => (
        <CardLevelSection key={level.unitId} level={level} holderAction={holderAction} />
      ))}
    </div>
  );
}

function CardLevelSection({ level, holderAction }: { level: CardLevel; holderAction: UnitCardProps['holderAction'] }) {
  const { t } = useTranslation();
  const headingId = `card-level-${level.unitId}`;
  return (
    <section className="card-level" aria-labelledby={headingId}>
      <h4 id={headingId} className="card-level-title">
        {t('card.levelTitle', { level: level.levelName, name: level.name })} <span className="code">{level.code}</span>
      </h4>
      {level.roles.length === 0 ? (
        <p className="muted">{t('card.noRoles')}</p>
      ) : (
        <ul className="card-roles">
          {level.roles.map((role) => (
            <CardRoleItem key={role.roleId} level={level} role={role} holderAction={holderAction} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CardRoleItem({ level, role, holderAction }: { level: CardLevel; role: CardRole; holderAction: UnitCardProps['holderAction'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useOwnershipText();
  return (
    <li className={`card-role card-role-${role.state}`}>
      <div className="card-role-head">
        <h5 className="card-role-name">{text.roleName(role)}</h5>
        <StateBadge state={role.state} vacantSince={role.vacantSince} expiresOn={role.expiresOn} />
        <span className="card-role-count">
          {t('card.holdersOfMinimum', { holders: format.number(role.holders.length), minimum: format.number(role.minimum) })}
        </span>
      </div>
      {role.holders.length === 0 ? (
        <p className="muted card-no-holder">{t('card.noHolder')}</p>
      ) : (
        <ul className="card-holders">
          {role.holders.map((holder) => (
            <li key={`${holder.personId}-${holder.startDate}`} className="card-holder">
              <HolderDetails holder={holder} />
              {holderAction?.(level, role, holder)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function HolderDetails({ holder }: { holder: CardHolder }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useOwnershipText();
  return (
    <div className="holder-details">
      <span className="holder-name">{text.personName(holder.name)}</span>
      {holder.email ? (
        <a href={`mailto:${holder.email}`} className="holder-contact">
          {holder.email}
        </a>
      ) : null}
      {holder.phone ? (
        <a href={`tel:${holder.phone.replace(/[^+0-9]/g, '')}`} className="holder-contact">
          {holder.phone}
        </a>
      ) : null}
      <span className="holder-dates">
        {holder.endDate
          ? t('card.datesWithEnd', { start: format.date(holder.startDate), end: format.lastDay(holder.endDate) })
          : t('card.since', { start: format.date(holder.startDate) })}
      </span>
    </div>
  );
}
