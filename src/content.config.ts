// Collections over the generated content in content/reports (written by `npm run build:content`).
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'zod';
import { ReportRecord } from './schemas/report.ts';
import { SEARCH_FILE_SUFFIX } from './schemas/search.ts';

const base = process.env.BAOGAO_REPORTS ?? './content/reports';

/**
 * The MDX files, listed but not imported: an entry is the file's path, and the report page compiles
 * and renders it (src/components/mdx/content.ts). Astro's own MDX collections make every file a module
 * of the server bundle, which cost about 2 MB of build memory per report. In `astro dev` a
 * changed file changes its entry's digest, so the open page reloads as before.
 */
function mdxFiles(folder: string): Loader {
  return {
    name: 'baogao-mdx-files',
    async load({ store, generateDigest, watcher, logger }) {
      const dir = resolve(folder);
      const idOf = (name: string): string | undefined => (name.endsWith('.mdx') ? name.slice(0, -'.mdx'.length) : undefined);
      const add = async (name: string, id: string): Promise<void> => {
        const path = join(dir, name);
        // The path is part of the digest: the same text in another folder is another entry.
        store.set({ id, data: { path }, digest: generateDigest(`${path}\n${await readFile(path, 'utf8')}`) });
      };
      // No folder yet (a fresh clone before `npm run build:content`, e.g. `astro check`): no pages,
      // as Astro's glob loader does for the records.
      const listed = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        logger.warn(`${dir} does not exist: run npm run build:content`);
        return [] as string[];
      });
      const names = listed.filter((name) => idOf(name) !== undefined);
      const ids = new Set(names.map(idOf));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const name of names) await add(name, idOf(name)!); // one file open at a time, however many
      if (!watcher) return;
      watcher.add(dir);
      const changed = (path: string): void => {
        const id = dirname(path) === dir ? idOf(basename(path)) : undefined;
        if (id) add(basename(path), id).catch((error: Error) => logger.warn(`${path}: ${error.message}`));
      };
      watcher.on('add', changed);
      watcher.on('change', changed);
      watcher.on('unlink', (path) => {
        const id = dirname(path) === dir ? idOf(basename(path)) : undefined;
        if (id) store.delete(id);
      });
    },
  };
}

/** MDX bodies, one per report and script: id `<slug>.zh-Hans` / `<slug>.zh-Hant`. */
const pages = defineCollection({
  loader: mdxFiles(base),
  schema: z.object({ path: z.string() }),
});

/** Report records, id `<slug>` (not the search documents `<slug>.search.json` beside them). */
const reports = defineCollection({
  loader: glob({ pattern: ['*.json', `!*${SEARCH_FILE_SUFFIX}`], base, generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: ReportRecord,
});

export const collections = { pages, reports };
