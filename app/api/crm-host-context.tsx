import { createContext, useContext, type ReactNode } from 'react';
import type { CrmHost } from './crm-host';

const CrmHostContext = createContext<CrmHost | null>(null);

export function CrmHostProvider({ host, children }: { host: CrmHost; children: ReactNode }) {
  return <CrmHostContext.Provider value={host}>{children}</CrmHostContext.Provider>;
}

/** The CRM the widget talks to. Throws outside <CrmHostProvider> so a missing provider fails loudly. */
export function useCrmHost(): CrmHost {
  const host = useContext(CrmHostContext);
  if (!host) throw new Error('useCrmHost must be used inside <CrmHostProvider>');
  return host;
}
