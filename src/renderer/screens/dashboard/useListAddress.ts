import { useSyncExternalStore } from 'react';
import { parseListHash, type ListAddress } from './links';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

// The snapshot must be stable between renders, so it is the hash string; parsing happens after.
const snapshot = () => window.location.hash;

/** The list's filter, region and wave as they are in the address. */
export function useListAddress(): ListAddress {
  return parseListHash(useSyncExternalStore(subscribe, snapshot));
}
