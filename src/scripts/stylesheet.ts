/*
 * Rules that only on-demand code needs (the search dialog, the update offer) are files of their own,
 * linked when that code first runs, so no page carries them in its HTML. A <link> rather than a <style>
 * element: the content security policy allows the site's own files but no unhashed inline style.
 */
/** Links a stylesheet once and resolves when it applies; a failed one is removed, so a retry links it again. */
export function stylesheet(href: string): Promise<void> {
  const present = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${href}"]`);
  if (present) return present.sheet ? Promise.resolve() : new Promise((resolve) => present.addEventListener('load', () => resolve(), { once: true }));
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.onload = () => resolve();
    link.onerror = () => (link.remove(), reject(new Error(`Could not load ${href}`)));
    document.head.append(link);
  });
}
