// Site settings come from the environment so the same repo builds for / or a GitHub Pages project path.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';

const site = process.env.SITE_URL || 'https://example.org';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Smart punctuation would turn Chinese quotes and dashes into something the author did not write.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
});
