// Minifies a JavaScript module with the minifier of rolldown (the bundler vite, and so Astro, builds the
// site's own scripts with): for a file a tool writes as readable code, such as Pagefind's pagefind.js.
import { minifySync } from 'rolldown/utils';

/**
 * The minified code of an ES module; throws with the minifier's first error. `drop`: functions whose
 * calls are removed where their result is not used (e.g. `console.warn`).
 */
export function minifyScript(code: string, name: string, drop: string[] = []): string {
  const result = minifySync(name, code, { module: true, compress: { treeshake: { manualPureFunctions: drop } }, mangle: true });
  if (result.errors.length) throw new Error(`${name}: cannot minify (${result.errors[0]!.message})`);
  return result.code;
}
