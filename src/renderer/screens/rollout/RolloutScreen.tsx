import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { BulkPanel } from './BulkPanel';
import { WavesSection } from './WavesSection';
import './rollout.css';

/** Planning the rollout: the waves by region, their stage dates, and bulk changes. */
export function RolloutScreen() {
  const { t } = useTranslation();
  const waves = useQuery('waves.list', {});
  const stages = useQuery('stages.list', {});
  // Bumped after any change, so the undo box asks again what the last bulk change is.
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);
  return (
    <div className="screen rollout-screen">
      <div className="screen-head">
        <PageTitle title={t('rollout.title')} />
      </div>
      <p className="lead">{t('rollout.intro')}</p>
      <ErrorMessage error={stages.error} />
      <WavesSection waves={waves} stages={stages.data ?? []} version={version} onChanged={bump} />
      <BulkPanel
        waves={waves.data ?? []}
        stages={stages.data ?? []}
        version={version}
        onChanged={() => {
          waves.reload();
          bump();
        }}
      />
    </div>
  );
}
