import type { APIRoute } from 'astro';
import { getBridges, getExams, getGuide } from '../utils/exams';
import { isoDate } from '../utils/dates';
import { CHANGELOG_PATH } from '../utils/changelog-path';

// Every indexable page of every exam, plus the shared ones; the 404 page and the old addresses that
// only send readers on (/faq/, /quiz/) are left out on purpose.
export const GET: APIRoute = async ({ site }) => {
  const exams = await getExams();
  const reviewed = await Promise.all(exams.map(async (e) => (await getGuide(e)).data.reviewed));
  const lastmod = isoDate(new Date(Math.max(...reviewed.map((d) => d.getTime()))));
  const pages = [
    '/',
    ...exams.flatMap((e) => [e.paths.guide, e.paths.faq, ...(e.hasBank ? [e.paths.quiz, e.paths.questions, e.paths.changes] : [])]),
    ...(await getBridges()).map((b) => b.path),
    '/salaries/',
    '/certifications/',
    ...(exams.some((e) => e.hasBank) ? [CHANGELOG_PATH] : []),
  ];
  const urls = pages.map((p) => new URL(`${import.meta.env.BASE_URL}${p.replace(/^\//, '')}`, site).href);
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${u}</loc><lastmod>${lastmod}</lastmod></url>`).join('\n')}
</urlset>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
