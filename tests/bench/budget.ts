/*
 * The byte and time budgets of tests/bench/budgets.json, and which apply to a page: the defaults, with
 * every pageOverrides entry whose regular expression matches the page's file under dist/ laid over them.
 * Read by the bench and by the e2e test that keeps every built page within its byte budgets.
 */
import budgets from './budgets.json';

export { budgets };
export type PageBudget = typeof budgets.page;

/** The budget of one page ("ai-102/index.html"). */
export function budgetFor(page: string): PageBudget {
  const overrides = Object.entries(budgets.pageOverrides as Record<string, Partial<PageBudget>>).filter(([re]) => new RegExp(re).test(page));
  return Object.assign({ ...budgets.page }, ...overrides.map(([, o]) => o));
}

/** Pages no budget applies to: the skipped ones, and the old addresses that only send readers on (meta refresh). */
export const measured = (page: string, html: string) => !budgets.skipPages.some((s) => page.startsWith(s)) && !html.includes('http-equiv="refresh"');
