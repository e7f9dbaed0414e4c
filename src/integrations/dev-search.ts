// Search under `npm run dev`: the search index is built by `npm run build` (scripts/build-search.ts
// writes <outDir>/pagefind/), which Astro's dev server does not run. This serves the last build's
// index at <base>pagefind/, so the search page and the header box work while editing; reports added
// or changed since that build are found once the site is built again. Without a build the requests
// stay 404 and the terminal says what to run. Only `astro dev` runs the hooks: builds are unchanged.
// (The search page's note is keyed to BAOGAO_DEV_SEARCH, which only the dev command sets here, not to
// import.meta.env.DEV: that is also true in a build run with NODE_ENV=test, as vitest's setup does.)
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentTypeOf } from '../lib/content-types.ts';

/** Serves `<outDir>/pagefind/` under `<base>pagefind/` in the dev server; sets BAOGAO_DEV_SEARCH=1 there. */
export function devSearch(): AstroIntegration {
  let index = '';
  let mount = '/pagefind/';
  return {
    name: 'baogao-dev-search',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'dev') process.env.BAOGAO_DEV_SEARCH = '1';
      },
      'astro:config:done': ({ config }) => {
        index = join(fileURLToPath(config.outDir), 'pagefind');
        mount = `${config.base.replace(/\/?$/, '/')}pagefind/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        let warned = false;
        server.middlewares.use(async (req, res, next) => {
          const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
          if (!pathname.startsWith(mount)) return next();
          let file = '';
          try {
            file = normalize(join(index, decodeURIComponent(pathname.slice(mount.length))));
          } catch {
            // A malformed %-escape: no such file.
          }
          const found = file.startsWith(index + sep) && (await stat(file).catch(() => null))?.isFile();
          if (!found) {
            if (!warned && !(await stat(index).catch(() => null))) {
              logger.warn(`search: no index at ${index} — run npm run build once; npm run dev serves the last build's search index`);
              warned = true;
            }
            res.statusCode = 404;
            res.end('not found');
            return;
          }
          res.setHeader('Content-Type', contentTypeOf(file));
          res.end(await readFile(file));
        });
      },
    },
  };
}
