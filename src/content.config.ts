// Collections over the generated content in content/reports (written by `npm run build:content`).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ReportRecord } from './schemas/report.ts';

const base = process.env.BAOGAO_REPORTS ?? './content/reports';

/** MDX bodies, one per report and script: id `<slug>.zh-Hans` / `<slug>.zh-Hant`. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
});

/** Report records, id `<slug>`. */
const reports = defineCollection({
  loader: glob({ pattern: '*.json', base, generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: ReportRecord,
});

export const collections = { pages, reports };
