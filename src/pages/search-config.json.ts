import type { APIRoute } from 'astro';
import { searchConfig } from '../utils/search-config';

/** src/utils/search-config.ts: the search dialog's view of the site, one file for any number of exams. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await searchConfig()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
