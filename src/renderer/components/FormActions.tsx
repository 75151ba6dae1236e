import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/errors';
import { ErrorMessage } from './ErrorMessage';

/** The foot of a dialog form: the server's error, if any, then Cancel and the submit button. */
export function FormActions({
  error,
  onCancel,
  submitting,
  submitLabel,
}: {
  error: ApiError | null;
  onCancel: () => void;
  submitting: boolean;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorMessage error={error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common:action.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
