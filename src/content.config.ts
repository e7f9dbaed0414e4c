// Collections over the generated content in content/reports (written by `npm run build:content`).
import { readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { isRecordFile } from './schemas/search.ts';
import { siteFileOf, siteFileYear } from './schemas/site-report.ts';
import { readSiteText } from './lib/site-scan.ts';
import { readText } from './lib/read-file.ts';

const base = process.env.BAOGAO_REPORTS ?? './content/reports';

/**
 * A loader of the files of one folder (Astro's public loader API): `idOf` names the files it takes
 * (undefined: not one of them), `entry` makes an entry's data and digest from its path and text: the
 * text of the file itself, or of the one `textOf` names beside it. Files
 * are read one at a time however many there are; an entry whose digest is unchanged (a store kept
from an earlier build) is not made again. In
 * `astro dev` a changed file changes its entry, so the open page reloads.
 */
function folderLoader(
  name: string,
  folder: string,
  idOf: (file: string) => string | undefined,
  digestOf: (context: LoaderContext, path: string, text: string) => string,
  dataOf: (context: LoaderContext, id: string, path: string, text: string) => Promise<Record<string, unknown>>,
  textOf: (path: string) => Promise<string> = async (path) => readText(path),
): Loader {
  return {
    name,
    async load(context) {
      const { store, watcher, logger } = context;
      const dir = resolve(folder);
      const add = async (file: string, id: string): Promise<void> => {
        const path = join(dir, file);
        const text = await textOf(path);
        const digest = digestOf(context, path, text);
        if (store.get(id)?.digest !== digest) store.set({ id, data: await dataOf(context, id, path, text), digest });
      };
      // No folder yet (a fresh clone before `npm run build:content`, e.g. `astro check`): no entries.
      const listed = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        logger.warn(`${dir} does not exist: run npm run build:content`);
        return [] as string[];
      });
      const files = listed.filter((file) => idOf(file) !== undefined);
      const ids = new Set(files.map(idOf));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const file of files) await add(file, idOf(file)!);
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

/**
 * MDX bodies, one per report and script: id `<slug>.zh-Hans` / `<slug>.zh-Hant`. The files are listed
 * but not imported: an entry is the file's path, and the report page compiles and renders it
 * (src/components/mdx/content.ts). Astro's own MDX collections make every file a module of the
 * server bundle, which cost about 2 MB of build memory per report.
 */
const pages = defineCollection({
  loader: folderLoader(
    'baogao-mdx-files',
    base,
    (file) => (file.endsWith('.mdx') ? file.slice(0, -'.mdx'.length) : undefined),
    // The path is part of the digest: the same text in another folder is another entry.
    ({ generateDigest }, path, text) => generateDigest(`${path}\n${text}`),
    async (_context, _id, path) => ({ path }),
  ),
  schema: z.object({ path: z.string() }),
});

/**
 * Report records, id `<slug>` (not the search documents `<slug>.search.json` or the site views
 * `<slug>.site.json` beside them). The entry keeps only the record's file and year, from its site view
 * (only the year is checked here: the site's pass checks each whole view once, src/lib/site-scan.ts):
 * the record itself is not decoded in the astro step. The content
 * layer's store is bundled into the build and held for all of it, so the pages read each report's site
 * view from its file when they need it (src/lib/reports.ts), and the site's pass checks each view
 * against its record's bytes (src/lib/site-scan.ts).
 */
const reports = defineCollection({
  loader: folderLoader(
    'baogao-report-records',
    base,
    (file) => (isRecordFile(file) ? file.slice(0, -'.json'.length) : undefined),
    // The path is part of the digest, as for the MDX files; the text is the site view's (it names the record's digest).
    ({ generateDigest }, path, text) => generateDigest(`${path}\n${text}`),
    async ({ parseData }, id, path, text) => {
      const year = siteFileYear(text, siteFileOf(path));
      return parseData({ id, data: { path, ...(year !== undefined ? { year } : {}) }, filePath: path });
    },
    readSiteText,
  ),
  schema: z.object({ path: z.string(), year: z.number().optional() }),
});

export const collections = { pages, reports };
