/** The moment every test that fixes the clock starts at (page.clock in e2e, an injected now in unit tests). */
export const TEST_TIME = Date.parse('2026-11-26T09:00:00Z');

/** The seed the tests start every attempt with, through the one global the stores read (stores/attempt.ts). */
export const TEST_SEED = 1;
