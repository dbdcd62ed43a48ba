// ESLint for the whole tree (`npm run lint`, part of `npm test`): JavaScript's and typescript-eslint's
// recommended rules, the Astro plugin's for .astro files, and Preact's own configuration (hooks, JSX)
// for the island's components, read by the TypeScript parser. The top level of the repository is fixed,
// so the configuration lives here and package.json passes it with --config. Prettier formats the TypeScript,
// JavaScript and CSS; .astro templates are left as written, since their white space is the pages' own
// (Prettier would move bytes and spaces in the rendered HTML that tests and budgets hold).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import preact from 'eslint-config-preact';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const islands = ['src/components/**/*.tsx'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.astro/**', 'tmp/**', 'tests/artifacts/**', 'public/**', 'tests/fixtures/chunk-css/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...preact.map((config) => ({
    ...config,
    files: islands,
    languageOptions: { ...config.languageOptions, parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
  })),
  {
    files: islands,
    rules: {
      // typescript-eslint's rule knows types; the base rule flags the parameter names of function types.
      'no-unused-vars': 'off',
      // The island's effects depend on per-exam stores made once (createQuizStores), which never change identity.
      'react-hooks/exhaustive-deps': 'off',
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_`-prefixed names are deliberately unused (a callback's position, a destructured rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
