import type { AstroIntegration } from 'astro';

/*
 * Runs in <head> before first paint so a reader who chose a theme never sees the other one flash.
 * It also wires every [data-theme-toggle] button, which keeps article pages free of any bundle.
 * Injected as "head-inline" so Astro's CSP adds its hash to script-src.
 */
export const THEME_SCRIPT = `(()=>{const d=document.documentElement,k='theme',m=matchMedia('(prefers-color-scheme: dark)');let s=null;try{s=localStorage.getItem(k)}catch(e){}const t=()=>d.dataset.theme||(m.matches?'dark':'light');const sync=()=>{for(const b of document.querySelectorAll('[data-theme-toggle]'))b.setAttribute('aria-pressed',String(t()==='dark'))};if(s==='dark'||s==='light')d.dataset.theme=s;d.classList.add('js');document.addEventListener('click',e=>{const b=e.target instanceof Element&&e.target.closest('[data-theme-toggle]');if(!b)return;const n=t()==='dark'?'light':'dark';d.dataset.theme=n;try{localStorage.setItem(k,n)}catch(e){}sync()});document.addEventListener('DOMContentLoaded',sync);m.addEventListener('change',sync)})();`;

export function themeScript(): AstroIntegration {
  return {
    name: 'theme-script',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('head-inline', THEME_SCRIPT),
    },
  };
}
