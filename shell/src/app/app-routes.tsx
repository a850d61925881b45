import { EmptyState, PageHeader, Spinner, type RemoteViewer } from '@customer-corner/ui';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import type { MeFields } from '../features/auth/api/identity.operations';
import { useSession } from '../features/auth/hooks/session';
import { returnPathOf, safeReturnPath, withReturnPath } from '../features/auth/utils/return-path';
import { AppLayout } from '../features/layout/components/app-layout';
import { RemoteTab, type TabLoader } from '../features/remotes/components/remote-tab';
import { routeTabs } from '../features/remotes/utils/route-tabs';

// The pages before sign-in load on demand: a signed-in first screen does not carry their forms,
// password rules and second-factor steps (issue #4, first-screen budget).
const SignInPage = lazy(() => import('../features/auth/components/sign-in-page').then((m) => ({ default: m.SignInPage })));
const ActivationPage = lazy(() => import('../features/auth/components/activation-page').then((m) => ({ default: m.ActivationPage })));
const ForgotPasswordPage = lazy(() =>
  import('../features/auth/components/forgot-password-page').then((m) => ({ default: m.ForgotPasswordPage })),
);
const RegistrationPage = lazy(() => import('../features/auth/components/registration-page').then((m) => ({ default: m.RegistrationPage })));
const ResetPasswordPage = lazy(() =>
  import('../features/auth/components/reset-password-page').then((m) => ({ default: m.ResetPasswordPage })),
);

function viewerOf(me: MeFields): RemoteViewer {
  return {
    kind: me.kind === 'STAFF' ? 'STAFF' : 'CUSTOMER_USER',
    name: me.name,
    profile: me.profile,
    staffRole: me.staffRole,
    customerNumber: me.customer?.customerNumber ?? null,
    customerName: me.customer?.name ?? null,
  };
}

function RequireSession({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <Spinner />;
  if (!me) {
    // The page asked for goes along in the address (#18 item 2); back-office pages ask staff to sign in.
    const asked = safeReturnPath(location.pathname + location.search + location.hash);
    const signIn = location.pathname.startsWith('/back-office') ? '/staff/sign-in' : '/sign-in';
    return <Navigate to={withReturnPath(signIn, asked)} replace />;
  }
  return children;
}

function PublicOnly({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  const { search } = useLocation();
  if (loading) return <Spinner />;
  return me ? <Navigate to={returnPathOf(search) ?? '/'} replace /> : <Suspense fallback={<Spinner />}>{children}</Suspense>;
}

function Home() {
  const { me } = useSession();
  return <Navigate to={me?.kind === 'STAFF' ? '/back-office' : '/contracts'} replace />;
}

function NotFound() {
  const { t } = useTranslation('shell');
  return (
    <div>
      <PageHeader title={t('notFound.title')} />
      <p>{t('notFound.text')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </div>
  );
}

function StaffOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation('shell');
  const { me } = useSession();
  return me?.kind === 'STAFF' ? children : <EmptyState>{t('staffOnly')}</EmptyState>;
}

export function AppRoutes({ customerServicesEmail, loader }: { customerServicesEmail: string; loader?: TabLoader }) {
  const { me } = useSession();
  const viewer = me ? viewerOf(me) : null;
  return (
    <Routes>
      <Route
        path="/sign-in"
        element={
          <PublicOnly>
            <SignInPage />
          </PublicOnly>
        }
      />
      <Route
        path="/staff/sign-in"
        element={
          <PublicOnly>
            <SignInPage staff />
          </PublicOnly>
        }
      />
      <Route
        path="/activate"
        element={
          <PublicOnly>
            <ActivationPage />
          </PublicOnly>
        }
      />
      <Route
        path="/register"
        element={
          <PublicOnly>
            <RegistrationPage />
          </PublicOnly>
        }
      />
      <Route
        path="/forgot-password"
        element={
          <Suspense fallback={<Spinner />}>
            <ForgotPasswordPage />
          </Suspense>
        }
      />
      <Route
        path="/reset-password"
        element={
          <Suspense fallback={<Spinner />}>
            <ResetPasswordPage />
          </Suspense>
        }
      />
      <Route
        element={
          <RequireSession>
            <AppLayout customerServicesEmail={customerServicesEmail} />
          </RequireSession>
        }
      >
        <Route index element={<Home />} />
        {routeTabs.map((tab) => {
          const element = (
            <RemoteTab
              key={tab.path}
              remote={tab.remote}
              section={tab.section}
              basePath={tab.path}
              viewer={viewer}
              customerServicesEmail={customerServicesEmail}
              loader={loader}
            />
          );
          return <Route key={tab.path} path={`${tab.path}/*`} element={tab.staff ? <StaffOnly>{element}</StaffOnly> : element} />;
        })}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
