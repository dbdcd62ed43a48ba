/// <reference types="astro/client" />

/** Set per build in astro.config.mjs; tags Pagefind's metadata requests. */
declare const __BUILD_ID__: string;

