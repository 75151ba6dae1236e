import { useEffect, useState } from 'react';

/**
 * How long a search waits for the next key before it asks. Short enough that results follow
 * the typing (under 100 ms, issue 16); a call a newer key makes stale is cancelled (useQuery).
 */
export const TYPING_PAUSE_MS = 80;

/** The value, once it has stopped changing for `ms` (search as you type without a call per key). */
export function useDebounced<T>(value: T, ms = TYPING_PAUSE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
