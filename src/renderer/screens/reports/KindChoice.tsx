import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REPORT_KINDS } from '../../../shared/types-reports';
import type { ReportValues } from './reportValues';

/** Which report: one radio button per kind, each with a line saying what it holds. */
export function KindChoice() {
  const { t } = useTranslation();
  const { register } = useFormContext<ReportValues>();
  return (
    <fieldset className="report-choices">
      <legend>{t('reports.kindLegend')}</legend>
      {REPORT_KINDS.map((kind) => (
        <div key={kind} className="report-choice">
          <label className="radio">
            <input type="radio" value={kind} aria-describedby={`report-kind-${kind}-text`} {...register('kind')} />
            {t(`reports.kind.${kind}.label`)}
          </label>
          <p id={`report-kind-${kind}-text`} className="field-hint">
            {t(`reports.kind.${kind}.description`)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
