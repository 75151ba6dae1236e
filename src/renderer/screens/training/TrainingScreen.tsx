import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { CoverageSection } from './CoverageSection';
import { SessionsSection } from './SessionsSection';
import '../dashboard/dashboard.css';
import './training.css';

/** Who has the training they need, and the sessions that gave it. */
export function TrainingScreen() {
  const { t } = useTranslation();
  // Bumped when sessions change, so the coverage above them is counted again.
  const [sessionsVersion, setSessionsVersion] = useState(0);
  return (
    <div className="screen training-screen">
      <div className="screen-head">
        <PageTitle title={t('training.title')} />
      </div>
      <p className="lead">{t('training.intro')}</p>
      <CoverageSection sessionsVersion={sessionsVersion} />
      <SessionsSection onChanged={() => setSessionsVersion((v) => v + 1)} />
    </div>
  );
}
