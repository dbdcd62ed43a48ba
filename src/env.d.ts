/// <reference types="astro/client" />

// A module (see the export below), so that `declare module 'astro'` augments Astro's types rather
// than replacing them; the globals are declared in `declare global`.
import type { Citations } from './utils/citations';

declare global {
  /** Set per build in astro.config.mjs; tags Pagefind's metadata requests. */
  const __BUILD_ID__: string;

  namespace App {
    interface Locals {
      /** The page's numbered sources, set by the page before its components render. */
      citations?: Citations;
    }
  }
}
