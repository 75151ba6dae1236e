import { useCallback, useEffect, useState } from 'react';
import type { MethodName, ParamsOf, ResultOf } from '../../shared/contract';
import type { ApiError, Envelope } from '../../shared/errors';
import { useClient } from './ClientContext';

export interface Query<T> {
  /** The last value received; kept while a reload runs so the screen does not flash. */
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

interface Received<T> {
  key: string | null;
  version: number;
  envelope: Envelope<T> | null;
  lastValue: T | undefined;
}

/**
 * Loads a method's result whenever its input changes. Pass `null` as input to skip.
 * The call for an input no longer shown (a newer input, a reload, the screen left) is
 * aborted, so the core drops it if it has not started rather than make the next call wait.
 */
export function useQuery<K extends MethodName>(method: K, input: ParamsOf<K> | null): Query<ResultOf<K>> {
  const client = useClient();
  // The input is compared by value, so callers may pass fresh object literals.
  const json = input === null ? null : JSON.stringify(input);
  const key = json === null ? null : `${method}:${json}`;
  const [version, setVersion] = useState(0);
  const [received, setReceived] = useState<Received<ResultOf<K>>>({ key: null, version: -1, envelope: null, lastValue: undefined });

  useEffect(() => {
    if (json === null) return;
    const wanted = new AbortController();
    void client.call(method, JSON.parse(json) as ParamsOf<K>, { signal: wanted.signal }).then((envelope) => {
      if (wanted.signal.aborted) return;
      setReceived((prev) => ({
        key: `${method}:${json}`,
        version,
        envelope,
        lastValue: envelope.ok ? envelope.value : prev.lastValue,
      }));
    });
    return () => wanted.abort();
  }, [client, method, json, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const current = received.key === key && received.version === version;
  const envelope = current ? received.envelope : null;
  return {
    data: received.lastValue,
    error: envelope && !envelope.ok ? envelope.error : null,
    loading: key !== null && !current,
    reload,
  };
}
