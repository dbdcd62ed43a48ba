/*
 * The header's menu button and the "On this page" rail's current section, in a few lines of inline
 * script so no module is requested before first paint. Part of HEAD_SCRIPT (theme-script.ts); it
 * listens on document and waits for DOMContentLoaded.
 * Menu: the button toggles aria-expanded (CSS shows the menu from that); Escape closes it and returns
 * focus to the button. Rail: the last section heading above the top third of the screen marks its
 * link with aria-current, checked at most once a frame while scrolling.
 */
export const UI_SCRIPT = `(()=>{const d=document,x='aria-expanded',c='aria-current';d.addEventListener('click',e=>{const b=e.target instanceof Element&&e.target.closest('[data-menu-toggle]');if(b)b.setAttribute(x,String(b.getAttribute(x)!=='true'))});d.addEventListener('keydown',e=>{const b=d.querySelector('[data-menu-toggle]['+x+'=true]');if(e.key==='Escape'&&b){b.setAttribute(x,'false');b.focus()}});d.addEventListener('DOMContentLoaded',()=>{const l=[...d.querySelectorAll('.toc a[href^="#"]')],h=l.map(a=>d.getElementById(decodeURIComponent(a.hash.slice(1))));let q=0;const f=()=>{q=0;let i=0;h.forEach((t,j)=>{if(t&&t.getBoundingClientRect().top<innerHeight/3)i=j});l.forEach((a,j)=>j===i?a.setAttribute(c,'true'):a.removeAttribute(c))};if(l.length){addEventListener('scroll',()=>{q||=requestAnimationFrame(f)},{passive:true});f()}})})();`;
