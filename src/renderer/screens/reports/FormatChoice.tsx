import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REPORT_FORMATS } from '../../../shared/types-reports';
import { LANGS } from '../../../shared/i18n';
import type { ReportValues } from './reportValues';

/** The file format (with the CSV separator when CSV is chosen) and the report's language, each named in itself. */
export function FormatChoice() {
  const { t } = useTranslation();
  const { register, control } = useFormContext<ReportValues>();
  const format = useWatch({ control, name: 'format' });
  return (
    <>
      <fieldset className="radio-group">
        <legend>{t('reports.formatLegend')}</legend>
        {REPORT_FORMATS.map((f) => (
          <label key={f} className="radio">
            <input type="radio" value={f} {...register('format')} />
            {t(`reports.format.${f}`)}
          </label>
        ))}
      </fieldset>
      {format === 'csv' ? (
        <fieldset className="radio-group">
          <legend>{t('reports.separatorLegend')}</legend>
          <label className="radio">
            <input type="radio" value=";" {...register('separator')} />
            {t('reports.separator.semicolon')}
          </label>
          <label className="radio">
            <input type="radio" value="," {...register('separator')} />
            {t('reports.separator.comma')}
          </label>
        </fieldset>
      ) : null}
      <fieldset className="radio-group">
        <legend>{t('reports.langLegend')}</legend>
        {LANGS.map((lang) => (
          <label key={lang} className="radio" lang={lang}>
            <input type="radio" value={lang} {...register('lang')} />
            {t(`common:lang.${lang}`, { lng: lang })}
          </label>
        ))}
      </fieldset>
    </>
  );
}
