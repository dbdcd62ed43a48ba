import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Bank } from '../../quiz/bank-schema';
import { renderBank } from '../../utils/render-bank';
import { getSettings } from '../../utils/content';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getCollection('quiz')).map((entry) => ({ params: { exam: entry.id }, props: { bank: entry.data } }));

/** The bank the island fetches: validated at build, Markdown already rendered to HTML. */
export const GET: APIRoute<{ bank: Bank }> = async ({ props }) =>
  new Response(JSON.stringify(await renderBank(props.bank, { reportTemplate: (await getSettings()).reportProblem })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
