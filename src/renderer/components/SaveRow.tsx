import type { ApiError } from '../../shared/errors';
import { ErrorMessage } from './ErrorMessage';

/** The foot of a settings form: the save's error, if any, then the submit button. */
export function SaveRow({ error, pending, label }: { error: ApiError | null; pending: boolean; label: string }) {
  return (
    <>
      <ErrorMessage error={error} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {label}
      </button>
    </>
  );
}
