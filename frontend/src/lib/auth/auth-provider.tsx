import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, use, useCallback, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { api, unwrap } from '@/lib/api/client';
import type { Me, Role } from '@/lib/api/types';
import { refreshAccessToken, signOutOnServer, startSession, type AccessToken } from './session';
import { tokenStore } from './token-store';

export type Session = {
  /** 'loading' until the silent refresh on start-up (and the profile) has answered. */
  status: 'loading' | 'signedIn' | 'signedOut';
  me: Me | undefined;
  hasRole: (...roles: Role[]) => boolean;
  signIn: (token: AccessToken) => void;
  signOut: () => Promise<void>;
};

const SessionContext = createContext<Session | null>(null);

export const ME_QUERY_KEY = ['me'] as const;

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const tokenStatus = useSyncExternalStore(tokenStore.subscribe, tokenStore.getStatus);

  useEffect(() => {
    if (tokenStore.getStatus() === 'unknown') void refreshAccessToken();
  }, []);

  const meQuery = useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: (): Promise<Me> => unwrap(api.GET('/api/v1/me')),
    enabled: tokenStatus === 'signedIn',
    staleTime: 5 * 60 * 1000,
  });

  const signIn = useCallback((token: AccessToken) => startSession(token), []);

  const signOut = useCallback(async () => {
    await signOutOnServer();
    // Drop everything fetched with the old rights (contacts, people…).
    queryClient.clear();
  }, [queryClient]);

  const me = tokenStatus === 'signedIn' ? meQuery.data : undefined;
  const status: Session['status'] =
    tokenStatus === 'unknown' || (tokenStatus === 'signedIn' && meQuery.isPending)
      ? 'loading'
      : tokenStatus === 'signedIn' && me
        ? 'signedIn'
        : 'signedOut';

  const value = useMemo<Session>(
    () => ({
      status,
      me,
      hasRole: (...roles) => roles.some((role) => me?.roles.includes(role)),
      signIn,
      signOut,
    }),
    [status, me, signIn, signOut],
  );

  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession must be used inside <AuthProvider>');
  return session;
}
