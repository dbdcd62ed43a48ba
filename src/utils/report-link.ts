/*
 * "Report a problem with this question": a link built from the template in content/settings.json
 * (`reportProblem`), a mailto: address or an https form URL with {question}, {exam} and {version}
 * where the values go. No template, no link.
 */
export const REPORT_PLACEHOLDERS = ['question', 'exam', 'version'] as const;
export type ReportValues = Record<(typeof REPORT_PLACEHOLDERS)[number], string>;

/** Why a template cannot be used, or null when it can. */
export function reportTemplateProblem(template: string): string | null {
  if (!/^(mailto:|https:\/\/)/.test(template)) return 'must start with mailto: or https://';
  if (!template.includes('{question}')) return 'must contain {question}, where the question id goes';
  const unknown = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((k) => !(REPORT_PLACEHOLDERS as readonly string[]).includes(k));
  return unknown.length ? `has unknown placeholder {${unknown[0]}}; use {question}, {exam} or {version}` : null;
}

export function reportLink(template: string | undefined, values: ReportValues): string | undefined {
  if (!template) return undefined;
  return template.replace(/\{(question|exam|version)\}/g, (_, key: keyof ReportValues) => encodeURIComponent(values[key]));
}
