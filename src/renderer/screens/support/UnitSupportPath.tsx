import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EscalationPath } from './EscalationPath';
import './support.css';

/** "Whom do I call?" on the unit card, and for a chapter, printing the chapter card (ownership and path) on one sheet. */
export function UnitSupportPath({ unitId, unitName }: { unitId: number; unitName: string }) {
  const { t } = useTranslation();
  const path = useQuery('support.path', { unitId });
  return (
    <section className="unit-support" aria-labelledby="unit-support-heading">
      <div className="panel-head">
        <h3 id="unit-support-heading">{t('support.unitCard.title')}</h3>
        {path.data?.unitId === unitId && path.data.chapterLevel ? (
          <button type="button" className="button button-small print-button" onClick={() => window.print()}>
            {t('support.unitCard.print')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('support.unitCard.intro')}</p>
      <ErrorMessage error={path.error} />
      {path.data?.unitId === unitId ? (
        <EscalationPath path={path.data} label={t('support.path.label', { name: unitName })} compact />
      ) : path.loading ? (
        <p className="muted">{t('common:loading')}</p>
      ) : null}
    </section>
  );
}
