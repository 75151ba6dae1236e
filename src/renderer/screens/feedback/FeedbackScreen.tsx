import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/useMe';
import { useQuery } from '../../api/useQuery';
import { useRouteId } from '../../lib/navigation';
import { PageTitle } from '../../components/PageTitle';
import { UnitPicker, type PickedUnit } from '../../components/UnitPicker';
import { FeedbackFigures } from './FeedbackFigures';
import { FeedbackImport } from './FeedbackImport';
import { FeedbackList } from './FeedbackList';
import { RaiseFeedbackForm } from './RaiseFeedbackForm';
import { UnitFeedback } from './UnitFeedback';

/**
 * «Innspill»: a unit records its needs and feedback and reads the answers; the faggruppe
 * (those who read the whole organization) works through the list and answers.
 */
export function FeedbackScreen() {
  const { t } = useTranslation('feedback');
  const me = useMe();
  const own = me?.units[0];
  // #/feedback/<unit id>, as the unit card links here, opens on that unit; else on the user's own.
  const routeId = useRouteId();
  const routed = useQuery('units.get', routeId === null ? null : { id: routeId });
  const [chosen, setChosen] = useState<PickedUnit | null | undefined>(undefined);
  const start = routed.data ? { id: routed.data.id, name: routed.data.name, code: routed.data.code } : own ? { id: own.unitId, name: own.name, code: own.code } : null;
  const unit = chosen === undefined ? start : chosen;
  const setUnit = (next: PickedUnit | null) => setChosen(next);
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const faggruppe = me === null || me.national;

  return (
    <div className="screen feedback-screen">
      <div className="screen-head">
        <PageTitle title={t('title')} />
      </div>
      <p className="screen-intro">{t('intro')}</p>
      <section className="panel" aria-labelledby="feedback-unit-pick">
        <h2 id="feedback-unit-pick" className="panel-title">{t('pick.title')}</h2>
        {unit ? (
          <p className="chosen-unit">
            {t('pick.chosen', { name: unit.name, code: unit.code })}{' '}
            <button type="button" className="link-button" onClick={() => setUnit(null)}>{t('pick.change')}</button>
          </p>
        ) : (
          <UnitPicker label={t('pick.label')} value={unit} onChange={setUnit} />
        )}
      </section>
      {unit ? (
        <>
          <RaiseFeedbackForm key={unit.id} unit={unit} onRaised={changed} />
          <UnitFeedback unitId={unit.id} unitName={unit.name} version={version} />
        </>
      ) : null}
      {faggruppe ? (
        <>
          <FeedbackList version={version} onChanged={changed} />
          <FeedbackFigures version={version} />
          <FeedbackImport onImported={changed} />
        </>
      ) : null}
    </div>
  );
}
