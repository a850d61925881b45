/** Today as an ISO date in the user's own time zone (what "today" means on their statement). */
export function localIsoDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last `count` calendar years, newest first: Belgian companies mostly close their books on 31 December. */
export function recentYears(today: string, count = 7): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, index) => year - index);
}
