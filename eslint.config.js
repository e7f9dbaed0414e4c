// npm run lint (with prettier --check): the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro.
// A .js file: ESLint 10 loads a .ts config only through the jiti package or an unstable flag.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Generated output and data (as in .prettierignore): not code written here.
  { ignores: ['dist/', 'dist-cache/', '.astro/', '.bench/', 'content/', 'test/fixtures/', 'test/e2e/screenshots/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      // `({ start: _s, ...rest }) => rest` is how the code drops fields from a record: the named
      // siblings of a rest element are there to be left out, not to be used.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
