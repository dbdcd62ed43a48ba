// A module file (it imports), so this augments Astro's types instead of replacing them.
import 'astro';
declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate after the page's `load` event (src/integrations/client-after-load.ts). */
    'client:afterload'?: boolean;
  }
}
