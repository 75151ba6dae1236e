import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import { ErrorMessage, errorText } from '../../components/ErrorMessage';
import { useLanguage } from '../../i18n/useLanguage';
import { FormatChoice } from './FormatChoice';
import { KindChoice } from './KindChoice';
import { ReportFilters } from './ReportFilters';
import { ReportProgress } from './ReportProgress';
import { defaultValues, fieldOfError, toRequest, type ReportValues } from './reportValues';
import { useReportJob } from './useReportJob';

/** Choose a report, its filters, format and language; export it and follow its progress. */
export function ReportForm() {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const job = useReportJob();
  const exportButton = useRef<HTMLButtonElement>(null);
  const [startError, setStartError] = useState<ApiError | null>(null);
  const form = useForm<ReportValues>({ defaultValues: defaultValues(lang) });
  const { handleSubmit, setError, resetField } = form;
  const busy = job.running !== null;
  const langChosen = Boolean(form.formState.dirtyFields.lang);

  // The report's language follows the UI language until the user picks another.
  useEffect(() => {
    if (!langChosen) resetField('lang', { defaultValue: lang });
  }, [lang, langChosen, resetField]);

  const submit = handleSubmit(async (values) => {
    if (busy) return;
    setStartError(null);
    const started = await job.start(toRequest(values));
    if (started.ok) return;
    // A refused filter is shown at its field; anything else below the form.
    const field = fieldOfError(started.error, values);
    if (field) setError(field, { type: 'server', message: errorText(t, started.error, lang) }, { shouldFocus: true });
    else setStartError(started.error);
  });

  const cancel = async () => {
    await job.cancel();
    exportButton.current?.focus();
  };

  return (
    <FormProvider {...form}>
      <form className="panel report-form" onSubmit={(event) => void submit(event)} noValidate>
        <KindChoice />
        <ReportFilters />
        <FormatChoice />
        <ErrorMessage error={startError ?? job.error} />
        <div className="button-row">
          {/* aria-disabled, not disabled: the button keeps focus while the export runs. */}
          <button ref={exportButton} type="submit" className="button button-primary" aria-disabled={busy}>
            {t('reports.export')}
          </button>
        </div>
        {job.outcome ? <p className="report-outcome">{job.outcome}</p> : null}
      </form>
      {job.running ? <ReportProgress status={job.running} onCancel={() => void cancel()} /> : null}
    </FormProvider>
  );
}
