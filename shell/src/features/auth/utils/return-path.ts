// #18 item 2: the page asked for before sign-in travels in the address (`?next=`), so it survives the
// detour through activation or the staff sign-in, a reload and the second-factor step. Only a path of
// this portal is ever followed: anything that could leave the origin is dropped.

const PROBE_ORIGIN = 'https://portal.invalid';

/** Pages where a return path makes no sense (they would loop back to signing in). */
const publicPages = ['/sign-in', '/staff/sign-in', '/activate', '/register', '/forgot-password', '/reset-password'];

/**
 * The same-origin path `value` names, or null: it must start with one "/", hold no backslash or
 * control character, and resolve on this origin ("//evil.example", "/\evil", "https://…" do not).
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || value.length > 2048) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  if (publicPages.some((page) => url.pathname === page || url.pathname.startsWith(`${page}/`))) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path === '/' ? null : path;
}

/** `/sign-in` (or another public page) carrying where to go afterwards. */
export function withReturnPath(page: string, next: string | null): string {
  return next ? `${page}?next=${encodeURIComponent(next)}` : page;
}

/** The return path a public page was given in its address. */
export function returnPathOf(search: string): string | null {
  return safeReturnPath(new URLSearchParams(search).get('next'));
}
