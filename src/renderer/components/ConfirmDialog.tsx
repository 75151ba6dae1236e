import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/errors';
import { Dialog } from './Dialog';
import { ErrorMessage } from './ErrorMessage';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  error?: ApiError | null;
  danger?: boolean;
}

/** Asks before something consequential. Focus starts on Cancel, the safe choice. */
export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onCancel, pending, error, danger }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onCancel}>
      <p className="dialog-body">{body}</p>
      <ErrorMessage error={error ?? null} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          {t('common:action.cancel')}
        </button>
        <button type="button" className={danger ? 'button button-danger' : 'button button-primary'} onClick={onConfirm} disabled={pending}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
