import { useEffect, useState } from 'react';
import type { Client } from '../../shared/client';
import type { ResultOf } from '../../shared/contract';
import { useClient } from './ClientContext';

type Logo = ResultOf<'organization.logo'>;

// The logo is only drawn on the printed chapter card, yet every unit page renders that
// card: it is fetched once per client (up to 200 kB), not once per page.
const fetched = new WeakMap<Client, Promise<Logo | null>>();

/** Settings calls this after a new logo is saved or the logo removed. */
export function forgetLogo(client: Client): void {
  fetched.delete(client);
}

/** The organization's logo, or null while it loads, when there is none, or when it could not be read. */
export function useLogo(): Logo | null {
  const client = useClient();
  const [logo, setLogo] = useState<Logo | null>(null);
  useEffect(() => {
    let live = true;
    let pending = fetched.get(client);
    if (!pending) {
      pending = client.call('organization.logo', {}).then((answer) => {
        if (!answer.ok) fetched.delete(client); // try again on the next page rather than keep a failure
        return answer.ok ? answer.value : null;
      });
      fetched.set(client, pending);
    }
    void pending.then((value) => live && setLogo(value));
    return () => {
      live = false;
    };
  }, [client]);
  return logo;
}
