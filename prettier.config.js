// npm run format / the check in npm run lint. The options match the code as it was written before
// Prettier: single quotes, semicolons, trailing commas, long lines (180 columns gave the smallest
// reformat). Stylesheets keep the double quotes they have.
/** @type {import('prettier').Config} */
export default {
  plugins: ['prettier-plugin-astro'],
  printWidth: 180,
  singleQuote: true,
  overrides: [{ files: '*.css', options: { singleQuote: false } }],
};
