import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../shared/types-accounts';

const MeContext = createContext<Me | null>(null);

export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

/** The signed-in user on a team server; null on the solo desktop, which has no accounts. */
export function useMe(): Me | null {
  return useContext(MeContext);
}

/** The name of the total row: the whole country, or on a team server for someone who reads part of it, their units. */
export function useTotalName(): string {
  const me = useMe();
  const { t } = useTranslation();
  return me && !me.national ? t('dashboard.inReach') : t('dashboard.nation');
}
