import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { getExams, type SiteExam } from '../../utils/exams';
import { renderBank } from '../../utils/render-bank';
import { questionRecord } from '../../utils/question-records';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getExams()).filter((e) => e.hasBank).map((exam) => ({ params: { exam: exam.id }, props: { exam } }));

/** Build-time only: the Pagefind integration indexes these records, then deletes this file. */
export const GET: APIRoute<{ exam: SiteExam }> = async ({ props: { exam } }) => {
  const entry = await getEntry('quiz', exam.id);
  if (!entry) throw new Error(`content/quiz/ has no bank "${exam.id}"`);
  const bank = await renderBank(entry.data);
  const name = (id: number) => exam.data.domains.find((d) => d.id === id)?.name ?? `Domain ${id}`;
  const records = bank.questions.map((q) => questionRecord(q, q.plain.stem, name(q.domain), exam.data.code, exam.paths.questions));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
