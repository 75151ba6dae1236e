import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { CoverageSection } from './CoverageSection';
import { SessionsSection } from './SessionsSection';
import '../dashboard/dashboard.css';
import './training.css';

/** Who has the training they need, and the sessions that gave it. */
export function TrainingScreen() {
  const { t } = useTranslation();
  return (
    <div className="screen training-screen">
      <div className="screen-head">
        <PageTitle title={t('training.title')} />
      </div>
      <p className="lead">{t('training.intro')}</p>
      <CoverageSection />
      <SessionsSection />
    </div>
  );
}
