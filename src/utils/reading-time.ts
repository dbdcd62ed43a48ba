/** Minutes to read a Markdown/MDX body at an adult's silent-reading pace (about 230 words a minute). */
export function readingMinutes(body: string, wordsPerMinute = 230): number {
  const text = body
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`>[\]()-]/g, ' ');
  const words = text.split(/\s+/).filter((w) => /\w/.test(w)).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
