import type { ApiError } from '../../../shared/errors';
import { useSupportText } from './useSupportText';

/** An error from a support call, with a case's state put in words. */
export function SupportError({ error }: { error: ApiError | null }) {
  const text = useSupportText();
  if (!error) return null;
  return (
    <div className="error-message">
      <p role="alert">{text.error(error)}</p>
    </div>
  );
}
