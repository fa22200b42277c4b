/** Who is signed in on this device: the token, an API client that uses it, and signing in and out. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createApiClient, type ApiClient } from '../api/api-client';
import { clearPersonData } from '../local-data/clear-local-data';
import { readSignedInPerson } from '../local-data/signed-in-person';
import { captureTokenFromLocation, forgetToken, isTokenKey, readStoredToken, storeToken } from './token-store';

/** Why the sign-in screen is showing, when it is not the first visit. */
export type SignedOutReason = 'unauthorized' | 'signed-out' | null;

interface AuthValue {
  token: string | null;
  reason: SignedOutReason;
  api: ApiClient | null;
  signIn: (token: string) => void;
  signOut: (reason?: Exclude<SignedOutReason, null>) => void;
}

const AuthContext = createContext<AuthValue | null>(null);

function initialToken(): string | null {
  return captureTokenFromLocation() ?? readStoredToken();
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(initialToken);
  const [reason, setReason] = useState<SignedOutReason>(null);

  const signIn = useCallback((next: string) => {
    storeToken(next);
    setReason(null);
    setToken(next);
  }, []);

  const signOut = useCallback((why: Exclude<SignedOutReason, null> = 'signed-out') => {
    // Whoever signs out, or is no longer accepted, leaves nothing of theirs behind on a shared computer.
    const person = readSignedInPerson();
    forgetToken();
    void clearPersonData(person);
    setReason(why);
    setToken(null);
  }, []);

  // Signing out in one tab signs out the others, which would otherwise keep the text on screen and
  // their copies open (an open database cannot be deleted).
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && !isTokenKey(event.key)) return;
      if (token && readStoredToken() === null) {
        setReason('signed-out');
        setToken(null);
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [token]);

  const api = useMemo(
    () => (token ? createApiClient({ token, onUnauthorized: () => signOut('unauthorized') }) : null),
    [token, signOut],
  );

  const value = useMemo<AuthValue>(() => ({ token, reason, api, signIn, signOut }), [token, reason, api, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The API client and token of a signed-in session; only for components rendered after sign-in. */
export function useSignedIn(): { api: ApiClient; token: string } {
  const { api, token } = useAuth();
  if (!api || !token) throw new Error('useSignedIn used while signed out');
  return { api, token };
}
