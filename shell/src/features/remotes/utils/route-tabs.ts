import type { RemoteName } from './runtime-config';

/** The tabs: route prefix → remote (and section of a remote that serves two tabs). */
export const routeTabs: readonly { path: string; remote: RemoteName; section?: string; staff?: boolean }[] = [
  { path: '/contracts', remote: 'contracts' },
  { path: '/documents', remote: 'documents', section: 'documents' },
  { path: '/leaflets', remote: 'documents', section: 'leaflets' },
  { path: '/requests', remote: 'requests' },
  { path: '/company', remote: 'profiles', section: 'company' },
  { path: '/profiles', remote: 'profiles', section: 'profiles' },
  { path: '/back-office', remote: 'backoffice', staff: true },
];

/** The tab a path shows, if any ("/contracts/LC-1001" → contracts; "/" leads a customer to the contracts). */
export function remoteForPath(pathname: string): RemoteName | null {
  if (pathname === '/') return 'contracts';
  return routeTabs.find((tab) => pathname === tab.path || pathname.startsWith(`${tab.path}/`))?.remote ?? null;
}
