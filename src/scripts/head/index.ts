/*
 * The one inline script of every page's <head> (one tag and one CSP hash, in a <head> that must fit,
 * with the page, in the connection's first round trip of about 14 KB). src/integrations/head-script.ts
 * bundles and minifies this entry at build time.
 */
import { pageModuleLoader } from './loader';
import { theme } from './theme';
import { menuAndRail } from './ui';

theme();
pageModuleLoader();
menuAndRail();
