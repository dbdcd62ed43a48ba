/// <reference types="astro/client" />

/** Set per build in astro.config.mjs; tags Pagefind's metadata requests. */
declare const __BUILD_ID__: string;

declare namespace App {
  interface Locals {
    /** The page's numbered sources, set by the page before its components render. */
    citations?: import('./utils/citations').Citations;
  }
}
