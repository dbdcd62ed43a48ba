/*
 * The header's menu button and the "On this page" rail's current section, so no module is requested
 * before first paint. It listens on document and waits for DOMContentLoaded.
 * Menu: the button toggles aria-expanded (CSS shows the menu from that); Escape closes it and returns
 * focus to the button. Rail: the last section heading above the top third of the screen marks its
 * link with aria-current, checked at most once a frame while scrolling.
 */
export function menuAndRail(): void {
  const d = document;
  const expanded = 'aria-expanded';
  const currentAttr = 'aria-current';
  d.addEventListener('click', (e) => {
    const b = e.target instanceof Element && e.target.closest('[data-menu-toggle]');
    if (b) b.setAttribute(expanded, String(b.getAttribute(expanded) !== 'true'));
  });
  d.addEventListener('keydown', (e) => {
    const b = d.querySelector<HTMLElement>(`[data-menu-toggle][${expanded}=true]`);
    if (e.key === 'Escape' && b) {
      b.setAttribute(expanded, 'false');
      b.focus();
    }
  });
  d.addEventListener('DOMContentLoaded', () => {
    const links = [...d.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
    const headings = links.map((a) => d.getElementById(decodeURIComponent(a.hash.slice(1))));
    let queued = 0;
    const mark = () => {
      queued = 0;
      let i = 0;
      headings.forEach((h, j) => {
        if (h && h.getBoundingClientRect().top < innerHeight / 3) i = j;
      });
      links.forEach((a, j) => (j === i ? a.setAttribute(currentAttr, 'true') : a.removeAttribute(currentAttr)));
    };
    if (links.length) {
      addEventListener('scroll', () => void (queued ||= requestAnimationFrame(mark)), { passive: true });
      mark();
    }
  });
}
