import type { ApolloClient } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { toPortalLanguage } from '@customer-corner/ui';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { changeLanguage } from '../../../app/i18n';
import { portalLanguageOf } from '../../../app/language-choice';
import { MeDocument, SignOutDocument } from '../api/identity.operations';
import type { MeFields } from '../api/identity.operations';
import { safeReturnPath, withReturnPath } from '../utils/return-path';
import { sessionEvents } from '../utils/session-events';

export type SessionNotice = 'expired' | 'signedOut' | 'activated' | null;

export interface Session {
  me: MeFields | null;
  loading: boolean;
  notice: SessionNotice;
  /** After a sign-in step answered SIGNED_IN. */
  signedIn: (me: MeFields, notice?: SessionNotice) => void;
  signOut: () => Promise<void>;
  clearNotice: () => void;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Replaces `me` and drops every other cached answer, keeping the cache's watchers. `clearStore()`
 * discards them: the `me` query then never saw the next sign-in's answer, and signing in again in
 * the same tab led back to the sign-in page (#18 item 4).
 */
export function dropEverythingButMe(client: ApolloClient, me: MeFields | null): void {
  client.writeQuery({ query: MeDocument, data: { __typename: 'Query', me } });
  client.cache.modify({ id: 'ROOT_QUERY', fields: (value, { fieldName, DELETE }) => (fieldName === 'me' ? value : DELETE) });
  client.cache.gc();
}

/**
 * #18 item 3: once someone is signed in, the language saved with the account (My settings, the
 * header switch) wins over the device's, the link's and the browser's; the page and `html lang` follow.
 */
function useSavedLanguage(me: MeFields | null): void {
  const { i18n } = useTranslation();
  // Only customer users save their choice with the account (the header switch does not for staff,
  // whose choice stays on the device): a staff account's stored language would undo it on reload.
  const saved = me?.kind === 'CUSTOMER_USER' ? portalLanguageOf(me.language) : null;
  const applied = useRef<string | null>(null);
  useEffect(() => {
    // Applied when the saved choice becomes known or changes, not on every render: a switch made on
    // the page itself goes first and the saved choice follows it.
    // Signed out: forget what was applied, so that the next sign-in in this tab applies it again
    // even when it is the same language (a switch on the sign-in page may have changed the page's).
    if (!me) applied.current = null;
    if (!saved || applied.current === saved) return;
    applied.current = saved;
    if (toPortalLanguage(i18n.language) !== saved) void changeLanguage(i18n, saved);
  }, [me, saved, i18n]);
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** Who is signed in (the `me` query), and the sign-in, sign-out and expiry transitions (ACC-5). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data, loading } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const [signOutMutation] = useMutation(SignOutDocument);
  const [notice, setNotice] = useState<SessionNotice>(null);
  const me = data?.me ?? null;
  useSavedLanguage(me);

  /** Signed out at once for the UI; every cached answer of the previous session is dropped with it. */
  const forget = useCallback(() => dropEverythingButMe(client, null), [client]);

  const location = useLocation();
  const locationRef = useRef('');
  const here = location.pathname + location.search + location.hash;
  useEffect(() => {
    locationRef.current = here;
  }, [here]);

  const signedInRef = useRef(false);
  useEffect(() => {
    signedInRef.current = me !== null;
  }, [me]);

  useEffect(
    () =>
      sessionEvents.onExpired(() => {
        // Only a session that existed can expire; an anonymous visitor just sees the sign-in page.
        if (!signedInRef.current) return;
        signedInRef.current = false;
        setNotice('expired');
        forget();
        // Signing in again returns to the page the expiry interrupted (#18 item 2).
        navigate(withReturnPath('/sign-in', safeReturnPath(locationRef.current)), { replace: true });
      }),
    [client, forget, navigate],
  );

  const session = useMemo<Session>(
    () => ({
      me,
      loading: loading && !data,
      notice,
      signedIn: (signedInMe, next = null) => {
        client.writeQuery({ query: MeDocument, data: { __typename: 'Query', me: signedInMe } });
        setNotice(next);
      },
      signOut: async () => {
        try {
          await signOutMutation();
        } finally {
          forget();
          setNotice('signedOut');
          navigate('/sign-in', { replace: true });
        }
      },
      clearNotice: () => setNotice(null),
    }),
    [me, loading, data, notice, client, signOutMutation, forget, navigate],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
