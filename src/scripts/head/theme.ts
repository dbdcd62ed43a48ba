/*
 * Runs in <head> before first paint so a reader who chose a theme never sees the other one flash.
 * It also wires every [data-theme-toggle] button, which keeps article pages free of any bundle.
 */
export function theme(): void {
  const d = document.documentElement;
  const key = 'theme';
  const dark = matchMedia('(prefers-color-scheme: dark)');
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(key);
  } catch {
    // Storage blocked: the system theme applies.
  }
  const current = () => d.dataset.theme || (dark.matches ? 'dark' : 'light');
  const sync = () => {
    for (const b of document.querySelectorAll('[data-theme-toggle]')) b.setAttribute('aria-pressed', String(current() === 'dark'));
  };
  if (saved === 'dark' || saved === 'light') d.dataset.theme = saved;
  d.classList.add('js');
  document.addEventListener('click', (e) => {
    const b = e.target instanceof Element && e.target.closest('[data-theme-toggle]');
    if (!b) return;
    const next = current() === 'dark' ? 'light' : 'dark';
    d.dataset.theme = next;
    try {
      localStorage.setItem(key, next);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
    sync();
  });
  document.addEventListener('DOMContentLoaded', sync);
  dark.addEventListener('change', sync);
}
