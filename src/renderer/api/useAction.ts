import { useCallback, useState } from 'react';
import type { MethodName, ParamsOf, ResultOf } from '../../shared/contract';
import type { ApiError, Envelope } from '../../shared/errors';
import { useClient } from './ClientContext';

export interface Action<K extends MethodName> {
  run: (input?: ParamsOf<K>) => Promise<Envelope<ResultOf<K>>>;
  pending: boolean;
  /** The error of the last run, shown next to the control that started it. */
  error: ApiError | null;
  reset: () => void;
}

/** A method the user triggers (save, delete, import...), with its pending and error state. */
export function useAction<K extends MethodName>(method: K): Action<K> {
  const client = useClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(
    async (input?: ParamsOf<K>) => {
      setPending(true);
      setError(null);
      const envelope = await client.call(method, input);
      setPending(false);
      if (!envelope.ok) setError(envelope.error);
      return envelope;
    },
    [client, method],
  );
  const reset = useCallback(() => setError(null), []);
  return { run, pending, error, reset };
}
