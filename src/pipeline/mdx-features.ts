// The Markdown features report MDX is compiled with, in one place: astro.config.ts gives them to
// Astro's Markdown processor (which @astrojs/mdx inherits), src/components/mdx/content.ts compiles
// each report with them, and emit.ts parses its own output back with them.

/**
 * GFM off: generated MDX uses none of it, and Sätteri finds its autolink literals (`https://…`,
 * `a@b.c`) after escapes are resolved, so source text could not be kept literal. Smart punctuation
 * off: it would turn Chinese quotes and dashes into something the author did not write.
 */
export const astroFeatures = { gfm: false, smartPunctuation: false } as const;
