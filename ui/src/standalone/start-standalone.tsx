import i18next from 'i18next';
import { type ComponentType, type ReactNode, StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Alert } from '../components/feedback';
import { SkipLink } from '../components/layout';
import { graphQLErrorCodes } from '../problems/graphql-problems';
import type { RemoteAppProps, RemoteViewer } from '../remote-contract';
import { registerUiTranslations } from '../i18n/ui-translations';
import { ensureUiStyles } from '../tokens/ui-styles';

/** Where the standalone page sends someone to sign in: the portal on the same host name shares its session cookie. */
export const standalonePortalUrl = 'http://127.0.0.1:4000';
export const standaloneCustomerServicesEmail = 'customer.services@customer-corner.example';
const signedOutEvent = 'cc-unauthenticated';

/**
 * The Apollo pieces the page needs, handed over by the tab: the kit itself depends on no GraphQL
 * client (Apollo is the shell's shared singleton). Typed by what the page uses of them.
 */
export interface StandaloneApollo<Link, Cache, Client> {
  ApolloClient: new (options: { link: Link; cache: Cache }) => Client;
  HttpLink: new (options: { uri: string; fetch?: typeof fetch }) => Link;
  InMemoryCache: new () => Cache;
  ApolloProvider: ComponentType<{ client: Client; children: ReactNode }>;
}

/** One place the tab is mounted, as the shell would mount it, e.g. { basePath: '/leaflets', section: 'leaflets' }. */
export interface StandaloneMount {
  basePath: string;
  section?: string;
}

export interface StandaloneOptions<Link, Cache, Client> {
  RemoteApp: ComponentType<RemoteAppProps>;
  /** Where the tab is mounted; the first one is where any other address leads. */
  mounts: readonly [StandaloneMount, ...StandaloneMount[]];
  apollo: StandaloneApollo<Link, Cache, Client>;
  /**
   * The tab's namespace holding `standaloneSignIn` ("sign in on the portal first ({{url}})"), shown
   * when the gateway answers UNAUTHENTICATED. Without it the page shows no hint.
   */
  signInHintNamespace?: string;
  /** Who is signed in, as the shell would pass it (a hook: it may query the gateway); nobody by default. */
  useViewer?: () => RemoteViewer | null;
}

/** A fetch for Apollo's HttpLink that announces an UNAUTHENTICATED answer to the sign-in hint. */
export async function fetchAnnouncingSignedOut(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { errors?: { extensions?: Record<string, unknown> }[] } | null;
  if (graphQLErrorCodes(body?.errors).includes('UNAUTHENTICATED')) {
    window.dispatchEvent(new CustomEvent(signedOutEvent, { detail: 'UNAUTHENTICATED' }));
  }
  return response;
}

export function SignedOutHint({ namespace }: { namespace: string }) {
  const { t } = useTranslation(namespace);
  const [signedOut, setSignedOut] = useState(false);
  useEffect(() => {
    const onError = (event: Event) => {
      if (event instanceof CustomEvent && event.detail === 'UNAUTHENTICATED') setSignedOut(true);
    };
    window.addEventListener(signedOutEvent, onError);
    return () => window.removeEventListener(signedOutEvent, onError);
  }, []);
  return signedOut ? <Alert tone="info">{t('standaloneSignIn', { url: standalonePortalUrl })}</Alert> : null;
}

const nobody = (): RemoteViewer | null => null;

/** A customer user with the given profile, as the shell passes one (viewers cannot submit, REQ-5). */
export function standaloneCustomerViewer(profile: RemoteViewer['profile']): RemoteViewer {
  return { kind: 'CUSTOMER_USER', name: '', profile, staffRole: null, customerNumber: null, customerName: null };
}

/** The page's routes: each mount with the tab in it, anything else sent to the first mount. */
export function StandaloneRoutes({
  RemoteApp,
  mounts,
  useViewer = nobody,
}: Pick<StandaloneOptions<unknown, unknown, unknown>, 'RemoteApp' | 'mounts' | 'useViewer'>) {
  const viewer = useViewer();
  return (
    <Routes>
      {mounts.map(({ basePath, section }) => (
        <Route
          key={basePath}
          path={`${basePath}/*`}
          element={
            <RemoteApp basePath={basePath} section={section} viewer={viewer} customerServicesEmail={standaloneCustomerServicesEmail} />
          }
        />
      ))}
      <Route path="*" element={<Navigate to={mounts[0].basePath} replace />} />
    </Routes>
  );
}

/**
 * Standalone mode for a tab's team: the tab without the shell, served by
 * `pnpm --filter @customer-corner/mf-… standalone` with /graphql proxied to a gateway. Sign in on the
 * portal (same host name) first: the session cookie is shared across ports.
 */
export async function startStandalone<Link, Cache, Client>({
  RemoteApp,
  mounts,
  apollo,
  signInHintNamespace,
  useViewer,
}: StandaloneOptions<Link, Cache, Client>): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: localStorage.getItem('cc-language') ?? 'fr',
    fallbackLng: 'fr',
    resources: {},
    interpolation: { escapeValue: false },
  });
  registerUiTranslations(i18next);
  ensureUiStyles();
  const { ApolloClient, HttpLink, InMemoryCache, ApolloProvider } = apollo;
  const client = new ApolloClient({
    link: new HttpLink(signInHintNamespace ? { uri: '/graphql', fetch: fetchAnnouncingSignedOut } : { uri: '/graphql' }),
    cache: new InMemoryCache(),
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <SkipLink targetId="main" />
          <main id="main" style={{ maxWidth: 1200, margin: '0 auto', padding: '1rem' }}>
            {signInHintNamespace ? <SignedOutHint namespace={signInHintNamespace} /> : null}
            <StandaloneRoutes RemoteApp={RemoteApp} mounts={mounts} useViewer={useViewer} />
          </main>
        </BrowserRouter>
      </ApolloProvider>
    </StrictMode>,
  );
}
