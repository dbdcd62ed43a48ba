/// <reference types="astro/client" />

/** Set per build in astro.config.mjs; tags Pagefind's metadata requests. */
declare const __BUILD_ID__: string;

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate after the page's `load` event (src/integrations/client-after-load.ts). */
    'client:afterload'?: boolean;
  }
}
