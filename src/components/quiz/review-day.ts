/** A review's day in words, "9 December": the day the learner's own clock will show. */
export const reviewDay = (t: number) => new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'long' });

/** The same day, short, for a small card: "9 Dec". */
export const shortDay = (t: number) => new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
