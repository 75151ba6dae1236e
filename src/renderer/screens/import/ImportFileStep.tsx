import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors';
import { ErrorMessage } from '../../components/ErrorMessage';

interface ImportFileStepProps {
  onPick: (file: File | undefined) => void;
  pending: boolean;
  error: ApiError | null;
}

/** Step 1 of an import: choose a CSV or Excel file. */
export function ImportFileStep({ onPick, pending, error }: ImportFileStepProps) {
  const { t } = useTranslation();
  const inputId = useId();
  return (
    <section className="panel" aria-labelledby="import-file-heading">
      <h2 id="import-file-heading">{t('import.step.file')}</h2>
      <div className="field">
        <label htmlFor={inputId} className="field-label">
          {t('import.fileLabel')}
        </label>
        <p className="field-hint" id={`${inputId}-hint`}>
          {t('import.fileHint')}
        </p>
        <input
          id={inputId}
          type="file"
          className="file-input"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => onPick(event.target.files?.[0])}
        />
      </div>
      {pending ? <p className="muted">{t('import.reading')}</p> : null}
      <ErrorMessage error={error} />
    </section>
  );
}
