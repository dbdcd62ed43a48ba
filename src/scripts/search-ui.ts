/*
 * Search over the guide and the FAQ with Pagefind, loaded the first time search is opened.
 * The dialog is a native modal <dialog>: it traps focus and closes on Esc; we restore focus.
 */

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results?: SubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

export interface Hit {
  title: string;
  url: string;
  excerpt: string;
  section: string;
}

export const SECTIONS = ['Guide', 'Salaries', 'Certifications', 'FAQ', 'Quiz'];

let engine: Promise<Pagefind> | undefined;

function pagefind(base: string): Promise<Pagefind> {
  engine ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // A tag per build keeps the cached index metadata in step with the service worker's precache.
    await pf.options({ baseUrl: base, metaCacheTag: __BUILD_ID__, excerptLength: 22 });
    await pf.init();
    return pf;
  })();
  // A failed load (offline, a deployment swapped the files) must not stick: the next search tries again.
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Page results, each narrowed to its best-matching sections so a hit lands on its anchor. */
export async function search(base: string, term: string, section = ''): Promise<Hit[]> {
  const pf = await pagefind(base);
  const found = await pf.search(term, section ? { filters: { section } } : {});
  if (!found) return [];
  const pages = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
  return pages.flatMap((p) => {
    const where = p.filters.section?.[0] ?? '';
    const subs = (p.sub_results ?? [])
      .filter((s) => s.url.includes('#') && (s.locations?.length ?? 1) > 0)
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
      .slice(0, 3);
    if (subs.length === 0) return [{ title: p.meta.title ?? p.url, url: p.url, excerpt: p.excerpt, section: where }];
    return subs.map((s) => ({ title: s.title, url: s.url, excerpt: s.excerpt, section: where }));
  });
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function render(list: HTMLElement, status: HTMLElement, hits: Hit[], term: string) {
  list.innerHTML = hits
    .map(
      (h) =>
        `<li><a href="${escape(h.url)}"><span class="hit-title">${escape(h.title)}</span>` +
        `<span class="hit-section">${escape(h.section)}</span><span class="hit-excerpt">${h.excerpt}</span></a></li>`,
    )
    .join('');
  status.textContent = term ? `${hits.length || 'No'} result${hits.length === 1 ? '' : 's'} for “${term}”.` : '';
}

/** Wires an input, optional section filter, status line and result list; returns nothing. */
function wire(base: string, input: HTMLInputElement, list: HTMLElement, status: HTMLElement, section: () => string) {
  let run = 0;
  const go = async () => {
    const term = input.value.trim();
    const mine = ++run;
    if (!term) return render(list, status, [], '');
    status.textContent = 'Searching…';
    try {
      const hits = await search(base, term, section());
      if (mine === run) render(list, status, hits, term);
    } catch {
      if (mine !== run) return;
      status.textContent = 'Search could not be loaded. Check your connection, then ';
      const retry = document.createElement('button');
      retry.type = 'button';
      retry.className = 'link-button';
      retry.textContent = 'retry';
      retry.addEventListener('click', () => {
        input.focus();
        void go();
      });
      status.append(retry, '.');
    }
  };
  let timer: ReturnType<typeof setTimeout>;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(go, 120);
  });
  return go;
}

/** Arrow keys move between the search field and the result links. */
function arrows(container: HTMLElement, input: HTMLInputElement, list: HTMLElement) {
  container.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const stops = [input, ...list.querySelectorAll<HTMLAnchorElement>('a')];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at < 0 || stops.length < 2) return;
    e.preventDefault();
    stops[Math.max(0, Math.min(stops.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]!.focus();
  });
}

let dialog: HTMLDialogElement | undefined;
let returnTo: HTMLElement | null = null;

export function openSearch(base: string, opener: Element | null) {
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-labelledby', 'search-title');
    dialog.innerHTML = `
      <div class="search-head">
        <h2 id="search-title">Search the guide</h2>
        <button type="button" class="button small" data-close>Close <span class="visually-hidden">search</span></button>
      </div>
      <form role="search" class="search-form">
        <label for="search-input">Search for</label>
        <input id="search-input" type="search" autocomplete="off" spellcheck="false" aria-describedby="search-help" />
        <label for="search-section">Section</label>
        <select id="search-section">
          <option value="">All sections</option>
          ${SECTIONS.map((s) => `<option>${s}</option>`).join('')}
        </select>
      </form>
      <p id="search-help" class="hint">Arrow keys move through the results; Esc closes.</p>
      <p class="search-status" role="status" aria-live="polite"></p>
      <ul class="search-results"></ul>`;
    document.body.append(dialog);
    const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
    const select = dialog.querySelector<HTMLSelectElement>('#search-section')!;
    const list = dialog.querySelector<HTMLElement>('.search-results')!;
    const go = wire(base, input, list, dialog.querySelector('.search-status')!, () => select.value);
    select.addEventListener('change', go);
    dialog.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      void go();
    });
    dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog!.close());
    // A result in this page: close first so the jump to the anchor is visible.
    list.addEventListener('click', () => dialog!.close());
    dialog.addEventListener('close', () => returnTo?.focus());
    arrows(dialog, input, list);
    // The modal already makes the page inert; wrapping Tab keeps focus from leaving for the browser's own UI.
    dialog.addEventListener('keydown', (e) => {
      if (e.key !== 'Tab') return;
      const stops = [...dialog!.querySelectorAll<HTMLElement>('button, input, select, a[href]')];
      const edge = e.shiftKey ? stops[0] : stops.at(-1);
      if (document.activeElement === edge) {
        e.preventDefault();
        (e.shiftKey ? stops.at(-1) : stops[0])!.focus();
      }
    });
    void pagefind(base).catch(() => undefined);
  }
  returnTo = opener instanceof HTMLElement ? opener : null;
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLInputElement>('#search-input')!.focus();
}

/** The FAQ page's own search box, limited to its section. */
export function attachInline(form: HTMLFormElement, base: string) {
  if (form.dataset.ready) return;
  form.dataset.ready = '1';
  const input = form.querySelector<HTMLInputElement>('input')!;
  const list = form.querySelector<HTMLElement>('.search-results')!;
  const go = wire(base, input, list, form.querySelector('.search-status')!, () => form.dataset.searchInline ?? '');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void go();
  });
  arrows(form, input, list);
  void pagefind(base).catch(() => undefined);
  if (input.value) void go();
}
