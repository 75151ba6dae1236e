import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REPORT_FILTERS } from '../../../shared/types-reports';
import { useQuery } from '../../api/useQuery';
import { useRegions } from '../../api/useRegions';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { UnitPicker } from '../../components/UnitPicker';
import type { ReportValues } from './reportValues';
import { FormDateInput } from '../../components/FormDateInput';

/** The filters the chosen kind takes (REPORT_FILTERS): a region or a unit, a wave, the support period, the per-stage appendix. */
export function ReportFilters() {
  const { t } = useTranslation();
  const { register, control, getValues, formState: { errors } } = useFormContext<ReportValues>();
  const kind = useWatch({ control, name: 'kind' });
  const { regions, error: regionsError } = useRegions();
  const waves = useQuery('waves.list', {});
  const takes = REPORT_FILTERS[kind];
  // Rules read the kind when the form is sent, so a hidden filter never blocks it.
  const needed = (filter: 'unit' | 'wave', message: string) => (value: unknown) =>
    REPORT_FILTERS[getValues('kind')][filter] !== 'required' || (value !== '' && value !== null) || message;

  return (
    <fieldset className="report-filters">
      <legend>{t('reports.filtersLegend')}</legend>
      {kind === 'chapter' ? (
        <Controller
          control={control}
          name="chapter"
          rules={{ validate: needed('unit', t('reports.required.unit')) }}
          render={({ field, fieldState }) => (
            <div className="report-unit">
              <p className="chosen-unit">{field.value ? t('reports.chosenUnit', { name: field.value.name, code: field.value.code }) : t('reports.noUnit')}</p>
              <UnitPicker label={t('reports.unit')} value={field.value} onChange={field.onChange} />
              {fieldState.error?.message ? <p className="field-error" role="alert">{fieldState.error.message}</p> : null}
            </div>
          )}
        />
      ) : null}
      {takes.unit !== 'no' && kind !== 'chapter' ? (
        <Field id="report-region" label={t('reports.region')} error={errors.region?.message} required={takes.unit === 'required'}>
          {(c) => (
            <select {...c} className="input" {...register('region', { validate: needed('unit', t('reports.required.region')) })}>
              <option value="">{takes.unit === 'required' ? t('reports.chooseRegion') : t('reports.wholeCountry')}</option>
              {regions.map((r) => (
                <option key={r.id} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {takes.wave !== 'no' ? (
        <Field id="report-wave" label={t('reports.wave')} error={errors.wave?.message} required={takes.wave === 'required'}>
          {(c) => (
            <select {...c} className="input" {...register('wave', { validate: needed('wave', t('reports.required.wave')) })}>
              <option value="">{takes.wave === 'required' ? t('reports.chooseWave') : t('reports.allWaves')}</option>
              {(waves.data ?? []).map((w) => (
                <option key={w.id} value={w.name}>
                  {w.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {takes.period ? (
        <fieldset className="report-period" aria-describedby="report-period-hint">
          <legend>{t('reports.period')}</legend>
          <p id="report-period-hint" className="field-hint">
            {t('reports.periodHint')}
          </p>
          <div className="field-row field-row-2">
            <Field id="report-from" label={t('reports.from')} error={errors.from?.message}>
              {(c) => <FormDateInput {...c} control={control} name="from" />}
            </Field>
            <Field id="report-to" label={t('reports.to')} error={errors.to?.message}>
              {(c) => <FormDateInput {...c} control={control} name="to" />}
            </Field>
          </div>
        </fieldset>
      ) : null}
      {takes.appendix ? (
        <label className="checkbox report-appendix">
          <input type="checkbox" {...register('appendix')} />
          {t('reports.appendix')}
        </label>
      ) : null}
      <ErrorMessage error={regionsError ?? waves.error} />
    </fieldset>
  );
}
