// Site settings come from the environment so the same repo builds for / or a GitHub Pages project path.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';

const site = process.env.SITE_URL || 'https://example.org';
const base = process.env.BASE_PATH || '/';
// Tests and benchmarks build sites into their own folders.
const outDir = process.env.BAOGAO_DIST || './dist';
const cacheDir = process.env.BAOGAO_DIST ? `${process.env.BAOGAO_DIST}-cache` : './node_modules/.astro';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Smart punctuation would turn Chinese quotes and dashes into something the author did not write.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  // GFM off for MDX: generated MDX uses none of it, and its autolink literals (`https://…`, `a@b.c`)
  // are found after escapes are resolved, so source text could not be kept literal (issue 10).
  // Report MDX is not compiled by these settings but by src/components/mdx/content.ts, with the same
  // features (astroFeatures in src/pipeline/emit.ts, which the pipeline also parses back with): keep
  // the three in step. The mdx integration still provides the astro:jsx renderer the pages use.
  integrations: [mdx({ gfm: false }), sitemap()],
  devToolbar: { enabled: false },
  // Page scripts as cached files rather than inlined into every page (Astro inlines scripts under
  // vite's assetsInlineLimit): saves ~3.5 KB per page and keeps the CSP hash list short.
  vite: { build: { assetsInlineLimit: 0 } },
  // Content-Security-Policy <meta> on every page: scripts only from this origin or by the hash Astro
  // computes for each inline script (no 'unsafe-inline'); Pagefind compiles WebAssembly, hence
  // 'wasm-unsafe-eval'. Styles keep 'unsafe-inline' for the style attribute Base.astro sets (--page-url).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
