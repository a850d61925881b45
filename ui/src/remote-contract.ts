import type { ReactNode } from 'react';

// What the shell gives every tab (a Module Federation remote exposing `./app`). Kept in the shared
// kit so both sides compile against one definition; the shell never imports a tab's code.

export type ViewerKind = 'CUSTOMER_USER' | 'STAFF';

export interface RemoteViewer {
  kind: ViewerKind;
  name: string;
  /** ADMINISTRATOR or VIEWER for customer users; null for staff. */
  profile: 'ADMINISTRATOR' | 'VIEWER' | null;
  /** AGENT or SUPERVISOR for staff; null for customer users. */
  staffRole: 'AGENT' | 'SUPERVISOR' | null;
  customerNumber: string | null;
  customerName: string | null;
}

export interface RemoteAppProps {
  /** Where the tab is mounted, e.g. "/contracts"; the tab's own routes are relative to it. */
  basePath: string;
  /** Which part of a multi-tab remote to show, e.g. "company" or "profiles" for mf-profiles. */
  section?: string;
  viewer: RemoteViewer | null;
  /** Customer Services address for "contact us about this contract" (CON-5, HLP-2). */
  customerServicesEmail: string;
}

/** The module a remote exposes as `./app`. */
export interface RemoteAppModule {
  RemoteApp: (props: RemoteAppProps) => ReactNode;
}
