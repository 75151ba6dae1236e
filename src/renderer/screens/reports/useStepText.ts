import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportJobStatus } from '../../../shared/types-reports';

/** What a running export is doing, in words; a PDF's render step is printing. */
export function useStepText(): (status: Pick<ReportJobStatus, 'step' | 'format'>) => string {
  const { t } = useTranslation();
  return useCallback(
    ({ step, format }) => {
      if (step === 'data') return t('reports.step.data');
      if (step === 'layout') return t('reports.step.layout');
      return format === 'pdf' ? t('reports.step.print') : t('reports.step.write');
    },
    [t],
  );
}
