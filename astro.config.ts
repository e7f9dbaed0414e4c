// Site settings come from the environment so the same repo builds for / or a GitHub Pages project path.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { astroFeatures } from './src/pipeline/mdx-features.ts';
import { devSearch } from './src/integrations/dev-search.ts';
import { otherSharesPages, pageShare, shareOutDir } from './src/lib/page-share.ts';
import { langs } from './src/lib/site.ts';

const site = process.env.SITE_URL || 'https://example.org';
const base = process.env.BASE_PATH || '/';
// scripts/build.ts may run the astro step as two processes, each rendering its share of the pages into
// a folder of its own (src/lib/page-share.ts); the first writes into dist and the sitemap of every page.
const share = pageShare();
const part = share.part === 1 ? '' : `-part${share.part}`;
// Tests and benchmarks build sites into their own folders.
const outDir = shareOutDir(process.env.BAOGAO_DIST || './dist', share);
const cacheDir = process.env.BAOGAO_DIST ? `${process.env.BAOGAO_DIST}-cache${part}` : `./node_modules/.astro${part}`;

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The features report MDX is compiled with (src/pipeline/mdx-features.ts: no GFM, no smart
  // punctuation); @astrojs/mdx takes them from the Markdown processor. Report pages compile their MDX
  // themselves with the same features (src/components/mdx/content.ts); the mdx integration still
  // provides the astro:jsx renderer they render with. test/mdx-contract.test.ts renders the reports
  // both ways and compares.
  markdown: { processor: satteri({ features: { ...astroFeatures } }) },
  // devSearch: under `astro dev`, the last build's search index (src/integrations/dev-search.ts).
  // The sitemap: the first part's, naming the report pages the other part renders too (one process's sitemap, byte for byte).
  integrations: [
    mdx(),
    ...(share.part === 1 ? [sitemap({ customPages: otherSharesPages(process.env.BAOGAO_REPORTS ?? './content/reports', share, site, base, langs) })] : []),
    devSearch(),
  ],
  devToolbar: { enabled: false },
  // A rebuild copies the pages whose cacheKey (src/lib/page-keys.ts) and code are unchanged from
  // cacheDir instead of rendering them (README, Performance; test/incremental-contract.test.ts).
  experimental: { incrementalBuild: true },
  // Page scripts as cached files rather than inlined into every page (Astro inlines scripts under
  // vite's assetsInlineLimit): saves ~3.5 KB per page and keeps the CSP hash list short.
  // The search code a first search loads (the header search, the engine, the result rendering, the
  // text functions) as one chunk: one request and one gzip stream instead of three (about 0.5 KB
  // less; docs/benchmarks.md). The search page and the highlighter import from it.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // What every page loads (the search loader's session key, vite's preload helper) stays apart.
              { name: 'session', test: /[\\/]src[\\/]search[\\/]session\.ts$/, priority: 2 },
              { name: 'preload-helper', test: /preload-helper/, priority: 2 },
              { name: 'search', test: /[\\/]src[\\/](search[\\/](engine|render|text)|scripts[\\/]header-search)\.ts$/, priority: 1 },
            ],
          },
        },
      },
    },
  },
  // Content-Security-Policy <meta> on every page: scripts only from this origin or by the hash Astro
  // computes for each inline script (no 'unsafe-inline'); Pagefind compiles WebAssembly, hence
  // 'wasm-unsafe-eval'. Styles keep 'unsafe-inline' for the style attribute Base.astro sets (--page-url).
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
