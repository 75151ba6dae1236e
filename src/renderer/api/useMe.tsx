import { createContext, useContext, type ReactNode } from 'react';
import type { Me } from '../../shared/types-accounts';

const MeContext = createContext<Me | null>(null);

export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

/** The signed-in user on a team server; null on the solo desktop, which has no accounts. */
export function useMe(): Me | null {
  return useContext(MeContext);
}
