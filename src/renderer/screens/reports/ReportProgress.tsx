import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../shared/format';
import type { ReportJobStatus } from '../../../shared/types-reports';
import { useLanguage } from '../../i18n/useLanguage';
import { useStepText } from './useStepText';

interface ReportProgressProps {
  status: ReportJobStatus;
  onCancel: () => void;
}

/** A running export: a progress bar, the step in words, and Cancel. Steps are announced by useReportJob. */
export function ReportProgress({ status, onCancel }: ReportProgressProps) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const stepText = useStepText();
  const percent = Math.round(status.progress * 100);
  return (
    <section className="panel report-progress" aria-labelledby="report-progress-heading">
      <h2 id="report-progress-heading">{t('reports.progress.title')}</h2>
      <progress className="progress-bar" max={100} value={percent} aria-labelledby="report-progress-heading" aria-describedby="report-progress-step" />
      <p id="report-progress-step">{t('reports.progress.step', { step: stepText(status), percent: formatPercent(lang, status.progress) })}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onCancel}>
          {t('reports.cancel')}
        </button>
      </div>
    </section>
  );
}
