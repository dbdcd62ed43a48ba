import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * `client:afterload`: hydrates an island once the page has loaded and painted, so its code is never requested
 * before first paint (Lighthouse's simulation counts such a request against LCP). The quiz uses it
 * through QuizLoader, which renders a "Loading" line at build time and imports the quiz itself.
 */
export function clientAfterLoad(): AstroIntegration {
  return {
    name: 'client-after-load',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) =>
        addClientDirective({ name: 'afterload', entrypoint: fileURLToPath(new URL('./client-after-load-directive.ts', import.meta.url)) }),
    },
  };
}
