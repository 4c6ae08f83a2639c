import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client';

/** What every page needs from where the tab runs: the API as the signed-in person, and how to open a link. */
export interface Host {
  readonly api: ApiClient;
  readonly inTeams: boolean;
  /** Teams deep links must go through Teams; elsewhere a new browser tab. */
  openLink(url: string): void;
}

export const HostContext = createContext<Host | undefined>(undefined);

export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost() outside <HostContext.Provider>');
  return host;
}
