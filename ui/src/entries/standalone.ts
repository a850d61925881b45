// `@customer-corner/ui/standalone`: a tab's standalone page (the tab without the shell, for its team).
// A separate entry, never imported by the portal: only each tab's standalone.tsx uses it, so none of it
// reaches the shell's first screen nor a tab's `./app` (issue #4).
export {
  fetchAnnouncingSignedOut,
  SignedOutHint,
  standaloneCustomerServicesEmail,
  standaloneCustomerViewer,
  standalonePortalUrl,
  StandaloneRoutes,
  startStandalone,
  type StandaloneApollo,
  type StandaloneMount,
  type StandaloneOptions,
} from '../standalone/start-standalone';
