import { useTranslation } from 'react-i18next';
import type { UnitRow } from '../../../shared/types';
import { useFormat } from '../../lib/format';

/** One row of the organization tree: name, code, total members, and an archived tag. */
export function UnitNode({ unit, total }: { unit: UnitRow; total: number | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <span className="unit-node">
      <span className="unit-node-name">{unit.name}</span>
      <span className="code">{unit.code}</span>
      {unit.archived ? <span className="tag">{t('unit.archivedTag')}</span> : null}
      {total !== null ? (
        <span className="unit-node-members">
          {format.number(total)}
          <span className="visually-hidden"> {t('unit.membersSuffix', { count: total })}</span>
        </span>
      ) : null}
    </span>
  );
}
