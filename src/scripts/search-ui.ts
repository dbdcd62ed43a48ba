/*
 * Search over the guide and the FAQ with Pagefind, loaded the first time search is opened.
 * The dialog is a native modal <dialog>: it traps focus and closes on Esc; we restore focus.
 */
import { combine, mergePages, perPageAtMost, PER_PAGE, rank, type PageData, type Ranked } from './search-rank';
import { plan, subsets, tokens } from './search-query';
import { VOCABULARY_FILE } from './search-typos';
import { importFresh } from './chunk-import';
import type { SearchConfig } from '../utils/search-config';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PageData> }[] } | null>;
}

export interface Hit {
  title: string;
  url: string;
  excerpt: string;
  section: string;
  /** The exam the page belongs to, or "All exams" for a shared page. */
  exam: string;
}

export interface Filters {
  section?: string;
  exam?: string;
}

let engine: Promise<Pagefind> | undefined;

function pagefind(base: string): Promise<Pagefind> {
  engine ??= (async () => {
    // After a failure, importFresh asks under a new URL: some engines keep a failed module failed.
    const pf = await importFresh<Pagefind>(new URL(`${base}pagefind/pagefind.js`, location.href).href);
    // A tag per build keeps the cached index metadata in step with the service worker's precache.
    await pf.options({ baseUrl: base, metaCacheTag: __BUILD_ID__, excerptLength: 22 });
    await pf.init();
    return pf;
  })();
  // A failed load (offline, a deployment swapped the files) must not stick: the next search tries again.
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Pages Pagefind reads in full before the sections are ranked: enough for every section that can win. */
const PAGES_READ = 10;
/** Results shown at most. */
const SHOWN = 12;

/** Where a result sits, shortly: the page title up to its first colon or comma ("AI-102 FAQ"). */
const pageName = (title: string) => title.split(/[:,]/)[0]!.trim();

/** Searches for parts of a query at most, per size of part (see subsets() in search-query.ts). */
const PART_SEARCHES = 16;

export interface Found {
  hits: Hit[];
  /** What was searched, when it was not the query as typed: a typo fixed, unknown words left out, or the parts of the query that matched. */
  searched: string[] | null;
}

/**
 * Section results across pages, best first (see search-rank.ts), each landing on its anchor. The query
 * and its synonym variants are searched together (search-query.ts); when no section holds every word,
 * the largest parts of the query that find something are searched, and sections holding more of its
 * words come first.
 */
export async function search(base: string, term: string, filters: Filters = {}, perPage?: number): Promise<Found> {
  const [pf, known, site] = await Promise.all([pagefind(base), words(base), config(base).catch(() => null)]);
  const { variants, changed } = plan(term, known, site?.synonyms ?? []);
  const chosen = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
  // One search at a time, each page copied as it comes: Pagefind hands every search of a page the same
  // object, with that search's matches written into it.
  const pagesFor = async (terms: string[]): Promise<PageData[]> => {
    const found = await pf.search(terms.join(' '), { filters: chosen });
    const pages: PageData[] = [];
    for (const r of found?.results.slice(0, PAGES_READ) ?? []) pages.push(structuredClone(await r.data()));
    return pages;
  };
  const inTurn = async <T, R>(items: T[], f: (item: T) => Promise<R>): Promise<R[]> => {
    const out: R[] = [];
    for (const item of items) out.push(await f(item));
    return out;
  };
  const typed = tokens(term);
  let ranked: Ranked[] = combine(
    await inTurn(variants, async (v) => ({ ranked: rank(await pagesFor(v.terms), v.terms, Infinity, typed), tier: v.tier, factor: v.factor })),
  );
  let searched = changed === null ? null : [changed];
  const longest = Math.max(0, ...variants.map((v) => v.terms.length));
  for (let k = longest - 1; !ranked.length && k >= 1; k--) {
    // No section holds every word: each variant's parts of k words, ranked against all of its words.
    const parts = variants.flatMap((v, i) => (subsets(v.terms)[v.terms.length - 1 - k] ?? []).map((part) => ({ v: i, part }))).slice(0, PART_SEARCHES);
    const found = await inTurn(parts, async (p) => ({ ...p, pages: await pagesFor(p.part) }));
    const hit = found.filter((f) => f.pages.length);
    if (!hit.length) continue;
    ranked = combine(
      variants.map((v, i) => ({
        ranked: rank(mergePages(hit.filter((f) => f.v === i).flatMap((f) => f.pages)), v.terms, Infinity, typed),
        tier: v.tier,
        factor: v.factor,
      })),
      true,
    );
    searched = hit.filter((f) => f.v === hit[0]!.v).map((f) => f.part.join(' '));
  }
  const hits = perPageAtMost(ranked, perPage ?? PER_PAGE)
    .slice(0, perPage === undefined ? SHOWN : undefined)
    .map(({ page, sub }) => {
      const exams = page.filters.exam ?? [];
      const where = pageName(page.meta.title ?? '');
      // A practice question is a record of its own: its title already says what it is.
      const title = !sub.anchor || sub.title === page.meta.title || !where ? sub.title : `${where} › ${sub.title}`;
      return { title, url: sub.url, excerpt: sub.excerpt, section: page.filters.section?.[0] ?? '', exam: exams.length === 1 ? exams[0]! : 'All exams' };
    });
  return { hits, searched: hits.length ? searched : null };
}

let site: Promise<SearchConfig> | undefined;

/** The site's exams and their FAQs, and content/search.yaml (src/pages/search-config.json.ts), fetched once; a failed fetch is tried again. */
function config(base: string): Promise<SearchConfig> {
  site ??= fetch(`${base}search-config.json`).then((r) => (r.ok ? (r.json() as Promise<SearchConfig>) : Promise.reject(new Error(r.statusText))));
  site.catch(() => (site = undefined));
  return site;
}

let vocabulary: Promise<string[]> | undefined;

/** The index's words, written at build: for typos and words the index lacks. Without it, every word counts as known. */
function words(base: string): Promise<string[]> {
  vocabulary ??= fetch(`${base}pagefind/${VOCABULARY_FILE}`).then(
    (r) => (r.ok ? (r.json() as Promise<string[]>) : []),
    () => [],
  );
  return vocabulary;
}

/** “a b” or “a c”: what was searched, a few of its parts at most. */
const quoted = (parts: string[]) =>
  parts
    .slice(0, 3)
    .map((p) => `“${p}”`)
    .join(' or ');

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function render(list: HTMLElement, status: HTMLElement, hits: Hit[], term: string, searched: string[] | null = null) {
  list.innerHTML = hits
    .map(
      (h) =>
        `<li><a href="${escape(h.url)}"><span class="hit-title">${escape(h.title)}</span>` +
        `<span class="hit-section"><span data-hit-exam>${escape(h.exam)}</span> · ${escape(h.section)}</span><span class="hit-excerpt">${h.excerpt}</span></a></li>`,
    )
    .join('');
  if (!term) status.textContent = '';
  else if (searched) status.textContent = `No results for “${term}”. Showing ${hits.length} for ${quoted(searched)}.`;
  else status.textContent = `${hits.length || 'No'} result${hits.length === 1 ? '' : 's'} for “${term}”.`;
}

/** Below an empty result: popular queries (buttons that search) and each exam's FAQ. */
async function recovery(base: string, list: HTMLElement, show: boolean, ask: (q: string) => void) {
  let box = list.nextElementSibling as HTMLElement | null;
  if (!box?.classList.contains('search-empty')) {
    box = document.createElement('div');
    box.className = 'search-empty';
    list.after(box);
    box.addEventListener('click', (e) => {
      const q = (e.target as Element).closest<HTMLButtonElement>('button[data-query]')?.dataset.query;
      if (q) ask(q);
    });
  }
  box.hidden = !show;
  if (!show) return (box.innerHTML = '');
  const site = await config(base).catch(() => null);
  const faqs = site?.exams ?? [];
  const popular = site?.popular ?? [];
  box.innerHTML =
    (popular.length
      ? `<p>Try one of these: ${popular.map((q) => `<button type="button" class="chip" data-query="${escape(q)}">${escape(q)}</button>`).join(' ')}</p>`
      : '') +
    (faqs.length ? `<p>Or read the questions people ask: ${faqs.map((f) => `<a href="${escape(f.faq)}">${escape(f.code)} FAQ</a>`).join(', ')}.</p>` : '');
}

/** Wires an input, optional section filter, status line and result list; returns nothing. */
function wire(base: string, input: HTMLInputElement, list: HTMLElement, status: HTMLElement, filters: () => Filters) {
  let run = 0;
  const go = async () => {
    const term = input.value.trim();
    const mine = ++run;
    const ask = (q: string) => {
      input.value = q;
      input.focus();
      void go();
    };
    if (!term) {
      void recovery(base, list, false, ask);
      return render(list, status, [], '');
    }
    status.textContent = 'Searching…';
    try {
      const { hits, searched } = await search(base, term, filters());
      if (mine !== run) return;
      render(list, status, hits, term, searched);
      await recovery(base, list, hits.length === 0, ask);
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
  searchAsYouType(input, go);
  return go;
}

/** How long typing pauses before a search runs. */
const PAUSE_MS = 120;

/** The one debounce of search: `go` runs once typing in `input` pauses (the dialog and the FAQ box alike). */
function searchAsYouType(input: HTMLInputElement, go: () => unknown) {
  let timer: ReturnType<typeof setTimeout>;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(go, PAUSE_MS);
  });
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

/** Closes search and gives focus back at once (the dialog's close event, which does it too, comes a task later). */
function closeSearch() {
  if (!dialog?.open) return;
  dialog.close();
  returnTo?.focus();
}

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
          <option value="">Any section</option>
        </select>
        <label for="search-exam">Exam</label>
        <select id="search-exam">
          <option value="">Any exam</option>
        </select>
      </form>
      <p id="search-help" class="hint">Arrow keys move through the results; Esc closes.</p>
      <p class="search-status" role="status" aria-live="polite"></p>
      <ul class="search-results"></ul>`;
    document.body.append(dialog);
    const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
    const select = dialog.querySelector<HTMLSelectElement>('#search-section')!;
    const exam = dialog.querySelector<HTMLSelectElement>('#search-exam')!;
    const list = dialog.querySelector<HTMLElement>('.search-results')!;
    // The filters' options come with the site's search config (content/search.yaml, the exams).
    void config(base).then(
      (c) => {
        select.append(...c.sections.map((s) => new Option(s)));
        exam.append(...c.exams.map((e) => new Option(e.code)));
      },
      () => undefined,
    );
    const go = wire(base, input, list, dialog.querySelector('.search-status')!, () => ({ section: select.value, exam: exam.value }));
    select.addEventListener('change', go);
    exam.addEventListener('change', go);
    dialog.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      void go();
    });
    dialog.querySelector('[data-close]')!.addEventListener('click', () => closeSearch());
    // A result in this page: close first so the jump to the anchor is visible.
    list.addEventListener('click', () => closeSearch());
    // A click on the backdrop (outside the dialog's box) closes it, as Esc and the Close button do.
    const outside = (e: MouseEvent) => {
      const box = dialog!.getBoundingClientRect();
      // (A key that "clicks" a button reports 0, 0: only a pointer can be outside.)
      return (
        e.target === dialog && (e.clientX || e.clientY) && (e.clientX < box.left || e.clientX > box.right || e.clientY < box.top || e.clientY > box.bottom)
      );
    };
    // A press on the backdrop would focus the dialog itself; the focus goes back where it came from instead.
    dialog.addEventListener('mousedown', (e) => outside(e) && e.preventDefault());
    dialog.addEventListener('click', (e) => outside(e) && closeSearch());
    // Closed some other way (the browser's own close request): focus goes back too, unless it has moved on.
    dialog.addEventListener('close', () => {
      const at = document.activeElement;
      if (!at || at === document.body || dialog!.contains(at)) returnTo?.focus();
    });
    arrows(dialog, input, list);
    // The modal already makes the page inert; wrapping Tab keeps focus from leaving for the browser's own UI.
    dialog.addEventListener('keydown', (e) => {
      // WebKit's search field keeps Esc for itself (it clears the field), so the modal never hears it.
      if (e.key === 'Escape') {
        e.preventDefault();
        closeSearch();
        return;
      }
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
  if (!dialog.open) {
    // Focus goes back where it was; opened by "/" or Ctrl+K from the page itself, to the Search button.
    const onPage = opener instanceof HTMLElement && opener !== document.body && opener.isConnected;
    returnTo = onPage ? opener : ([...document.querySelectorAll<HTMLElement>('[data-search-open]')].find((b) => b.offsetParent !== null) ?? null);
    dialog.showModal();
  }
  dialog.querySelector<HTMLInputElement>('#search-input')!.focus();
}

/**
 * The FAQ page's own box, limited to its section and its exam: it filters the page's questions in
 * place (the index and the answers), so a match is read where it stands; clearing shows them all.
 */
export function attachInline(form: HTMLFormElement, base: string) {
  if (form.dataset.ready) return;
  form.dataset.ready = '1';
  const input = form.querySelector<HTMLInputElement>('input')!;
  const status = form.querySelector<HTMLElement>('.search-status')!;
  const items = [...document.querySelectorAll<HTMLElement>('.faq-item')];
  const entries = [...document.querySelectorAll<HTMLAnchorElement>('.faq-index a[href^="#"]')];
  const show = (ids: Set<string> | null) => {
    for (const item of items) item.hidden = !!ids && !ids.has(item.querySelector('h2')?.id ?? '');
    for (const a of entries) a.closest('li')!.hidden = !!ids && !ids.has(a.hash.slice(1));
  };
  let run = 0;
  const go = async () => {
    const term = input.value.trim();
    const mine = ++run;
    if (!term) {
      show(null);
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const filters = { section: form.dataset.searchInline, exam: form.dataset.searchExam };
      // Every matching answer, not the dialog's five per page.
      const { hits, searched } = await search(base, term, filters, Infinity);
      if (mine !== run) return;
      const ids = new Set(hits.map((h) => h.url.split('#')[1] ?? '').filter(Boolean));
      show(ids);
      const n = items.filter((i) => !i.hidden).length;
      const shown = `${n} of ${items.length} question${items.length === 1 ? '' : 's'}`;
      status.textContent = searched && n ? `No match for “${term}”. Showing ${shown} for ${quoted(searched)}.` : `${shown} match “${term}”.`;
    } catch {
      status.textContent = 'Search is not available right now.';
    }
  };
  searchAsYouType(input, go);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void go();
  });
  void pagefind(base).catch(() => undefined);
  if (input.value) void go();
}
