/*
 * A bridge between an exam and its successor: where each domain of the old exam went, what the new
 * one adds and what it no longer names, and advice per reader. The bridge page is generated from it.
 */
import { z } from 'astro/zod';
import type { Problem } from './check';

const domainId = z.number().int().min(1);
const text = z.string().trim().min(10);

export const bridgeSchema = z.object({
  from: z.string(),
  to: z.string(),
  intro: text,
  /** One entry per domain of the old exam, in its order. */
  domains: z.array(z.object({ from: domainId, to: z.array(domainId), went: text })).min(1),
  added: z.array(z.object({ topic: z.string().min(3), domain: domainId, note: text })).min(1),
  dropped: z.array(z.object({ topic: z.string().min(3), fromDomain: domainId, note: text })).min(1),
  readers: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), who: z.string().min(5), advice: text })).min(1),
});

export type Bridge = z.infer<typeof bridgeSchema>;

/** The checks that need both exams: the bridge names real exams and real domains, each old domain once. */
export function checkBridge(id: string, file: string, b: Bridge, exams: ReadonlyMap<string, { data: { domains: { id: number }[] } }>): Problem[] {
  const problems: Problem[] = [];
  const from = exams.get(b.from);
  const to = exams.get(b.to);
  if (!from) problems.push({ file, entry: id, field: 'from', message: `"${b.from}" is not an exam in content/exams/` });
  if (!to) problems.push({ file, entry: id, field: 'to', message: `"${b.to}" is not an exam in content/exams/` });
  if (!from || !to) return problems;
  const fromIds = from.data.domains.map((d) => d.id);
  const toIds = new Set(to.data.domains.map((d) => d.id));
  const mapped = b.domains.map((d) => d.from);
  if (mapped.join() !== fromIds.join()) {
    problems.push({
      file,
      entry: id,
      field: 'domains',
      message: `must list the domains of ${b.from} once each, in order (${fromIds.join(', ')}); got ${mapped.join(', ')}`,
    });
  }
  b.domains.forEach((d, i) =>
    d.to.forEach((t, j) => {
      if (!toIds.has(t)) problems.push({ file, entry: id, field: `domains[${i}].to[${j}]`, message: `${t} is not a domain of ${b.to}` });
    }),
  );
  b.added.forEach((a, i) => {
    if (!toIds.has(a.domain)) problems.push({ file, entry: id, field: `added[${i}].domain`, message: `${a.domain} is not a domain of ${b.to}` });
  });
  b.dropped.forEach((a, i) => {
    if (!fromIds.includes(a.fromDomain))
      problems.push({ file, entry: id, field: `dropped[${i}].fromDomain`, message: `${a.fromDomain} is not a domain of ${b.from}` });
  });
  return problems;
}
