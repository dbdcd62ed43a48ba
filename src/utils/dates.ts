/** "30 June 2026", in UTC so the build machine's time zone never shifts a date. */
export function formatDate(d: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
