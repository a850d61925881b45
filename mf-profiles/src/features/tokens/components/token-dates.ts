/** YYYY-MM-DD of a local date. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The same day `years` years later (29 February falls back to 28). */
export function yearsAhead(today: Date, years: number): Date {
  const result = new Date(today.getFullYear() + years, today.getMonth(), today.getDate());
  if (result.getMonth() !== today.getMonth()) result.setDate(0);
  return result;
}

/** PRO-5: default one year ahead, at most two, at least tomorrow. */
export function expiryBounds(today: Date): { min: string; max: string; initial: string } {
  const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  return { min: isoDay(tomorrow), max: isoDay(yearsAhead(today, 2)), initial: isoDay(yearsAhead(today, 1)) };
}

/** The ready-to-run example shown with a new token. */
export function curlExample(origin: string, token: string): string {
  return `curl -s ${origin}/graphql -H "Authorization: Bearer ${token}" -H 'Content-Type: application/json' -d '{"query":"{ contracts(first: 5) { nodes { contractNumber } } }"}'`;
}
