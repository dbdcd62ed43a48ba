import type { APIRoute } from 'astro';
import { getSiteContent } from '../utils/content';
import { isoDate } from '../utils/dates';

// Every indexable page; the 404 page is left out on purpose.
const PAGES = ['', 'salaries/', 'certifications/', 'faq/', 'quiz/', 'quiz/changes/'];

export const GET: APIRoute = async ({ site }) => {
  const { guide } = await getSiteContent();
  const lastmod = isoDate(guide.data.reviewed);
  const urls = PAGES.map((p) => new URL(`${import.meta.env.BASE_URL}${p}`, site).href);
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${u}</loc><lastmod>${lastmod}</lastmod></url>`).join('\n')}
</urlset>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
