import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { routeHref, useRouteId } from '../../lib/navigation';
import { GuidanceEditor } from './GuidanceEditor';
import { MissingList } from './MissingList';
import { PlanSection } from './PlanSection';
import { SentLog } from './SentLog';

/**
 * Messages for each stage and wave: the stages' "what to do now" per role, then one
 * wave's communication plan with its sent log and the units still missing a message.
 * #/messages/<wave id> opens on that wave.
 */
export function MessagesScreen() {
  const { t } = useTranslation('messages');
  const waves = useQuery('waves.list', {});
  const routeId = useRouteId();
  const [chosen, setChosen] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const list = waves.data ?? [];
  const waveId = chosen ?? (list.some((w) => w.id === routeId) ? routeId : (list[0]?.id ?? null));
  const changed = () => setVersion((v) => v + 1);
  const choose = (id: number) => {
    setChosen(id);
    window.history.replaceState(null, '', routeHref('messages', id));
  };

  return (
    <div className="screen messages-screen">
      <div className="screen-head">
        <PageTitle title={t('title')} />
      </div>
      <p className="screen-intro">{t('intro')}</p>
      <GuidanceEditor />
      <section className="panel" aria-labelledby="messages-wave-heading">
        <h2 id="messages-wave-heading" className="panel-title">{t('chooseWave')}</h2>
        <ErrorMessage error={waves.error} />
        {waves.data && list.length === 0 ? <p>{t('noWaves')}</p> : null}
        {list.length > 0 ? (
          <Field id="messages-wave" label={t('wave')}>
            {(c) => (
              <select {...c} className="input" value={waveId ?? ''} onChange={(e) => choose(Number(e.target.value))}>
                {list.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
              </select>
            )}
          </Field>
        ) : null}
      </section>
      {waveId !== null ? (
        <>
          <PlanSection key={waveId} waveId={waveId} version={version} onChanged={changed} />
          <MissingList waveId={waveId} version={version} />
          <SentLog waveId={waveId} version={version} />
        </>
      ) : null}
    </div>
  );
}
