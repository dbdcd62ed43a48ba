/** Prefixes a site path with the configured base, so links work under SITE_BASE. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  if (/^[a-z]+:/i.test(path) || path.startsWith('#')) return path;
  return `${base}/${path.replace(/^\//, '')}`;
}
