import type { AstroIntegration } from 'astro';
import { UI_SCRIPT } from './ui-script';

/*
 * Runs in <head> before first paint so a reader who chose a theme never sees the other one flash.
 * It also wires every [data-theme-toggle] button, which keeps article pages free of any bundle.
 * Injected as "head-inline" so Astro's CSP adds its hash to script-src.
 */
export const THEME_SCRIPT = `(()=>{const d=document.documentElement,k='theme',m=matchMedia('(prefers-color-scheme: dark)');let s=null;try{s=localStorage.getItem(k)}catch(e){}const t=()=>d.dataset.theme||(m.matches?'dark':'light');const sync=()=>{for(const b of document.querySelectorAll('[data-theme-toggle]'))b.setAttribute('aria-pressed',String(t()==='dark'))};if(s==='dark'||s==='light')d.dataset.theme=s;d.classList.add('js');document.addEventListener('click',e=>{const b=e.target instanceof Element&&e.target.closest('[data-theme-toggle]');if(!b)return;const n=t()==='dark'?'light':'dark';d.dataset.theme=n;try{localStorage.setItem(k,n)}catch(e){}sync()});document.addEventListener('DOMContentLoaded',sync);m.addEventListener('change',sync)})();`;

/*
 * Imports the page modules that defer-page-scripts.ts lifted out of the HTML: once the page has loaded
 * and its first contentful paint has reached the screen (the browser's paint timing says so; 1.5 s at
 * most, for a page painted in a background tab), so no module request competes with that paint, or at once when a reader reaches for search earlier (the "/" or Ctrl/Cmd+K
 * keys, the search button, the FAQ box); such an event, until the modules have run, is held and replayed.
 * The moment of that paint is published once, as `data-painted` on <html> (which entry told: the
 * largest-contentful-paint or paint timing, or "timer" when neither came) and a "page-painted" event,
 * for islands that wait for it too (client:afterload). `data-modules-loaded` on <html> then tells tests
 * that a page is fully wired.
 */
export const PAGE_MODULE_LOADER = `(()=>{const d=document.documentElement;let p,ready=false;const load=()=>p??=Promise.all((d.dataset.pageModules||'').split(' ').filter(Boolean).map(u=>import(u))).then(()=>{ready=true;d.dataset.modulesLoaded='1'});const early=e=>{if(ready)return;const t=e.target;if(e.type==='keydown'){const typing=t instanceof HTMLElement&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));const slash=e.key==='/'&&!e.ctrlKey&&!e.metaKey&&!e.altKey&&!typing;const chord=(e.ctrlKey||e.metaKey)&&e.key.toLowerCase()==='k';if(!slash&&!chord)return;e.preventDefault();load().then(()=>t.dispatchEvent(new KeyboardEvent('keydown',{key:e.key,ctrlKey:e.ctrlKey,metaKey:e.metaKey,bubbles:true,cancelable:true})))}else{const el=t instanceof Element&&t.closest(e.type==='click'?'[data-search-open]':'[data-search-inline]');if(!el)return;load().then(()=>e.type==='click'?el.click():t.dispatchEvent(new FocusEvent('focusin',{bubbles:true})))}};for(const type of['keydown','click','focusin'])document.addEventListener(type,early,true);addEventListener('load',()=>{let done=0;const go=w=>{if(done)return;done=1;setTimeout(()=>{d.dataset.painted=w;dispatchEvent(new Event('page-painted'));load()})};const T=PerformanceObserver.supportedEntryTypes||[],t=['largest-contentful-paint','paint'].find(x=>T.includes(x));if(t)new PerformanceObserver((_,o)=>{o.disconnect();go(t)}).observe({type:t,buffered:true});setTimeout(()=>go('timer'),t?1500:0)})})();`;

/*
 * The three run as one inline script: one tag and one CSP hash rather than three, in a <head> that
 * must fit, with the page, in the first round trip of the connection (about 14 KB).
 */
export const HEAD_SCRIPT = THEME_SCRIPT + PAGE_MODULE_LOADER + UI_SCRIPT;

export function headScript(): AstroIntegration {
  return {
    name: 'head-script',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('head-inline', HEAD_SCRIPT),
    },
  };
}
