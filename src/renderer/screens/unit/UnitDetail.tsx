import { useTranslation } from 'react-i18next';
import { osloDate } from '../../../shared/dates';
import type { UnitDetail as Unit } from '../../../shared/types';
import { useFormat } from '../../lib/format';
import { RolloutStatus } from '../rollout/RolloutStatus';
import { UnitSupportPath } from '../support/UnitSupportPath';
import { UnitActions, type UnitChange } from './UnitActions';
import { UnitOwnership } from './UnitOwnership';
import { UnitHistory } from '../audit/UnitHistory';
import { UnitFeedbackCard } from '../feedback/UnitFeedbackCard';
import { useLogo } from '../../api/useLogo';

interface UnitDetailProps {
  unit: Unit;
  onSelect: (id: number) => void;
  onEdit: () => void;
  onChanged: (change: UnitChange) => void;
}

/** Everything about the selected unit, and what can be done with it. */
export function UnitDetail({ unit, onSelect, onEdit, onChanged }: UnitDetailProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // The organization's logo, only for the printed card.
  const logo = useLogo();
  const members = unit.members === null ? t('unit.membersUnknown') : format.number(unit.members);
  return (
    <article className="unit-detail" aria-labelledby="unit-detail-title">
      {unit.ancestors.length > 0 ? (
        <nav aria-label={t('unit.breadcrumb')} className="breadcrumb">
          <ol>
            {unit.ancestors.map((a) => (
              <li key={a.id}>
                <button type="button" className="link-button" onClick={() => onSelect(a.id)}>
                  {a.name}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="unit-heading">
        <h2 id="unit-detail-title">{unit.name}</h2>
        {unit.archived ? <span className="tag">{t('unit.archivedTag')}</span> : null}
        {/* Only on the printed chapter card: whose card it is (the top unit's name) and the day it was printed. */}
        <p className="print-only print-origin">
          {logo ? <img className="print-logo" src={`data:${logo.mime};base64,${logo.base64}`} alt={t('settings.logo.title')} /> : null}
          {`${unit.ancestors[0]?.name ?? unit.name} · ${format.date(osloDate())}`}
        </p>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('unit.field.code')}</dt>
          <dd className="code">{unit.code}</dd>
        </div>
        <div>
          <dt>{t('unit.field.level')}</dt>
          <dd>{unit.levelName}</dd>
        </div>
        <div>
          <dt>{t('unit.field.ownMembers')}</dt>
          <dd className="num-value">{members}</dd>
        </div>
        <div>
          <dt>{t('unit.field.membersTotal')}</dt>
          <dd className="num-value">
            {format.number(unit.membersTotal)} <span className="fact-note">{t('unit.membersTotalNote')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('unit.field.children')}</dt>
          <dd className="num-value">{format.number(unit.childCount)}</dd>
        </div>
        <div className="fact-wide">
          <dt>{t('unit.field.contactNotes')}</dt>
          <dd className="notes">{unit.contactNotes || <span className="muted">{t('unit.noContactNotes')}</span>}</dd>
        </div>
        <div>
          <dt>{t('unit.field.createdAt')}</dt>
          <dd>{format.dateTime(unit.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('unit.field.updatedAt')}</dt>
          <dd>{format.dateTime(unit.updatedAt)}</dd>
        </div>
      </dl>
      <UnitActions unit={unit} onEdit={onEdit} onChanged={onChanged} />
      <UnitOwnership key={unit.id} unit={unit} />
      {unit.archived ? null : <UnitSupportPath key={`support-${unit.id}`} unitId={unit.id} unitName={unit.name} />}
      {unit.archived ? null : <RolloutStatus key={`rollout-${unit.id}`} unitId={unit.id} unitName={unit.name} />}
      {unit.archived ? null : <UnitFeedbackCard key={`feedback-${unit.id}`} unitId={unit.id} />}
      <UnitHistory key={`history-${unit.id}`} unitId={unit.id} unitName={unit.name} />
    </article>
  );
}
