import type { AstroIntegration } from 'astro';
import { AstroError as AstroUserError } from 'astro/errors';
import { checkContent, formatProblem } from '../schemas/check';
import { staleFacts } from '../schemas/freshness';

/** Fails the build before Astro loads content, listing every bad field with its file and entry. */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems = checkContent(contentDir);
        if (problems.length === 0) {
          // Old facts warn but never fail a build: `npm run freshness` is the gate before publishing.
          for (const p of staleFacts(contentDir, new Date())) logger.warn(`stale: ${formatProblem(p)}`);
          return;
        }
        const list = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
        const error = new AstroUserError(
          `Content check failed: ${problems.length} problem${problems.length > 1 ? 's' : ''}\n${list}`,
          'Fix the fields named above. The schemas are in src/schemas/; README.md explains each file.',
        );
        // The message says everything; a stack trace would only bury it.
        error.stack = '';
        logger.error(`${problems.length} content problem(s)`);
        throw error;
      },
    },
  };
}
