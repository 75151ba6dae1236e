import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { ReportForm } from './ReportForm';
import './reports.css';

/** Status reports as PDF, Excel or CSV, for the board, the regions and the vendor. */
export function ReportsScreen() {
  const { t } = useTranslation();
  return (
    <div className="screen reports-screen">
      <div className="screen-head">
        <PageTitle title={t('reports.title')} />
      </div>
      <p className="lead">{t('reports.intro')}</p>
      <ReportForm />
    </div>
  );
}
