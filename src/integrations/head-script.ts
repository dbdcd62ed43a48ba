import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { minify } from 'terser';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../scripts/head/index.ts', import.meta.url));

/**
 * The head script (src/scripts/head/: the theme, the page-module loader, the menu and the rail), typed
 * TypeScript that `astro check` checks, bundled into one IIFE with esbuild and minified with terser
 * (the options the site's modules get). Injected as "head-inline", so Astro's CSP lists its hash, and
 * csp-page-hashes.ts keeps that hash because it hashes the text each page finally carries.
 */
export async function buildHeadScript(): Promise<string> {
  const bundled = await build({ entryPoints: [ENTRY], bundle: true, format: 'iife', target: 'es2020', write: false, logLevel: 'silent' });
  const { code } = await minify(bundled.outputFiles[0]!.text, { ecma: 2020, compress: { passes: 3 }, format: { comments: false } });
  if (!code) throw new Error('terser returned no code for the head script');
  return code.replace(/;$/, '');
}

export function headScript(): AstroIntegration {
  return {
    name: 'head-script',
    hooks: {
      'astro:config:setup': async ({ injectScript }) => injectScript('head-inline', await buildHeadScript()),
    },
  };
}
