import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { onUnauthenticated, tokenStore } from '../api/client';
import { authApi } from '../api/endpoints';
import type { LoginResponse, MfaChallenge, User } from '../api/types';
import { clearAllDrafts } from '../components/drafts';
import { navigate, withQuery } from '../routing/router';

export type SignOutReason = 'signedOut' | 'expired';

/** The password was right: either signed in, or a code from the authenticator is due next. */
export type SignInStep = { kind: 'done'; user: User } | { kind: 'mfa'; mfaToken: string };

const isChallenge = (answer: LoginResponse | MfaChallenge): answer is MfaChallenge =>
  (answer as MfaChallenge).mfaRequired === true;

/**
 * Single sign-on ends with a redirect to `#/sso#accessToken=…&refreshToken=…&expiresIn=…`: keep the
 * tokens (as a password login would) and drop them from the address bar and the history.
 */
export function adoptSsoTokens(): void {
  const hash = window.location.hash;
  if (!hash.startsWith('#/sso#')) return;
  const tokens = new URLSearchParams(hash.slice('#/sso#'.length));
  const accessToken = tokens.get('accessToken');
  if (accessToken) tokenStore.set(accessToken, tokens.get('refreshToken') ?? undefined);
  window.history.replaceState(null, '', `${window.location.pathname}#/`);
}

interface SessionContextValue {
  user: User | null;
  /** True while a stored token is being checked at start-up. */
  restoring: boolean;
  signOutReason: SignOutReason | null;
  signIn: (email: string, password: string) => Promise<SignInStep>;
  completeMfa: (mfaToken: string, proof: { code: string } | { recoveryCode: string }) => Promise<User>;
  /** After enrolling an authenticator: the session counts as MFA-proven. */
  mfaEnrolled: () => void;
  signOut: (reason?: SignOutReason) => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [restoring, setRestoring] = useState(() => tokenStore.get() !== null);
  const [signOutReason, setSignOutReason] = useState<SignOutReason | null>(null);
  // A SAML session also ends at the identity provider (single logout).
  const samlSession = useRef(false);
  useEffect(() => {
    samlSession.current = user?.amr?.includes('saml') === true;
  }, [user]);

  const signOut = useCallback((reason: SignOutReason = 'signedOut') => {
    if (reason === 'signedOut' && tokenStore.get()) void endSession(samlSession.current);
    tokenStore.clear();
    setUser(null);
    setSignOutReason(reason);
    if (reason === 'expired') {
      // Back to the same page after signing in again; the page's draft waits in sessionStorage.
      const here = window.location.hash.replace(/^#/, '');
      navigate(here && !here.startsWith('/log-ind') ? withQuery('/log-ind', { til: here }) : '/log-ind');
    } else {
      // Signing out on purpose: the next person at this PC finds nothing of what was typed.
      clearAllDrafts();
      navigate('/log-ind');
    }
  }, []);

  useEffect(() => {
    onUnauthenticated(() => signOut('expired'));
  }, [signOut]);

  // A reload keeps the tab's token: ask the API who it belongs to.
  useEffect(() => {
    if (!tokenStore.get()) return;
    authApi
      .me()
      .then((me) => setUser(me))
      .catch(() => tokenStore.clear())
      .finally(() => setRestoring(false));
  }, []);

  const adopt = useCallback((result: LoginResponse): User => {
    tokenStore.set(result.accessToken, result.refreshToken);
    setSignOutReason(null);
    const signedIn = { ...result.user, mfaEnrolmentRequired: result.mfaEnrolmentRequired === true };
    setUser(signedIn);
    return signedIn;
  }, []);

  const signIn = useCallback(
    async (email: string, password: string): Promise<SignInStep> => {
      const answer = await authApi.login(email, password);
      if (isChallenge(answer)) return { kind: 'mfa', mfaToken: answer.mfaToken };
      return { kind: 'done', user: adopt(answer) };
    },
    [adopt],
  );

  const completeMfa = useCallback(
    async (mfaToken: string, proof: { code: string } | { recoveryCode: string }) =>
      adopt(await authApi.loginMfa(mfaToken, proof)),
    [adopt],
  );

  const mfaEnrolled = useCallback(() => {
    setUser((current) => (current ? { ...current, mfaEnrolmentRequired: false, mfaEnabled: true } : current));
  }, []);

  const value = useMemo(
    () => ({ user, restoring, signOutReason, signIn, completeMfa, mfaEnrolled, signOut }),
    [user, restoring, signOutReason, signIn, completeMfa, mfaEnrolled, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** For pages that are only rendered for a signed-in user. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}

/**
 * Ends the session at the API, so neither token works any more. The tokens are read before the
 * caller clears them; an expired access token is renewed once for the purpose.
 */
async function endSession(saml = false): Promise<void> {
  const accessToken = tokenStore.get();
  const refreshToken = tokenStore.getRefresh();
  const logout = (token: string) =>
    fetch('/api/v1/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  try {
    if (!accessToken) return;
    if (saml) {
      // Ends our session and answers the IdP's logout URL (a signed LogoutRequest) to go to.
      const answer = await fetch('/api/v1/auth/saml/logout', {
        method: 'POST',
        headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
      });
      if (answer.ok) {
        const { redirectUrl } = (await answer.json()) as { redirectUrl?: string | null };
        if (redirectUrl) window.location.assign(redirectUrl);
        return;
      }
    }
    const response = await logout(accessToken);
    if (response.status !== 401 || !refreshToken) return;
    // The access token had expired: renew with the refresh token, then end that session.
    const renewed = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    if (!renewed.ok) return;
    const pair = (await renewed.json()) as { accessToken?: string };
    if (pair.accessToken) await logout(pair.accessToken);
  } catch {
    // Signing out locally still happens; the short-lived token expires on its own.
  }
}
