/**
 * The keys that open search: "/" (unless the reader is typing in a field) or Ctrl/Cmd+K. One rule for the
 * head loader (loader.ts), which holds such a key until the page modules have run, and for site.ts, which
 * then opens the dialog.
 */
export function isSearchShortcut(e: KeyboardEvent): boolean {
  const t = e.target;
  const typing = t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typing;
  const chord = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
  return slash || chord;
}
