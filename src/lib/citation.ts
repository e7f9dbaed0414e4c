// Citations of a report or one of its sections, in the reader's script: GB/T 7714—2015 (electronic
// resource, [EB/OL]), BibTeX (biblatex @online) and CSL-JSON. Pure: the page renders the report's
// citation with these, and the page script the citation of a section, with the reader's date.
//   成都市科学技术局. 成都市2020年科技创新工作情况和2021年工作打算: 三、12.[EB/OL]. (2020-12-31)[2026-12-03]. https://…/#s3-12.
import type { DocumentKind } from '../schemas/meta.ts';

/** What a citation says, in one script. */
export interface CitationSource {
  /** Citation key: the slug (`-<section id>` is added for a section). */
  key: string;
  /** The issuing bodies (the lead first); none when the report does not name one. */
  issuers: string[];
  title: string;
  /** 文号, e.g. 成科字〔2020〕12号. */
  docNumber?: string | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string | undefined;
  /** Absolute URL of the page in this script. */
  url: string;
  kind: DocumentKind;
  /** `zh-Hans` or `zh-Hant`. */
  language: string;
  /** A section: its id and its numbering path as printed (`三、12.`, `第四章第十二条`). */
  section?: { id: string; path: string } | undefined;
}

const urlOf = (src: CitationSource): string => (src.section ? `${src.url.replace(/#.*$/, '')}#${src.section.id}` : src.url);

/**
 * GB/T 7714—2015, electronic resource: `主要责任者. 题名: 其他题名信息[EB/OL]. (发表日期)[引用日期]. 访问路径.`
 * The 文号 and a section's path are other title information; several issuers are joined with `, `.
 */
export function gbt7714(src: CitationSource, accessed: string): string {
  const info = [src.docNumber, src.section?.path].filter(Boolean).join(', ');
  const responsible = src.issuers.length ? `${src.issuers.join(', ')}. ` : '';
  const date = src.date ? `(${src.date})` : '';
  return `${responsible}${src.title}${info ? `: ${info}` : ''}[EB/OL]. ${date}[${accessed}]. ${urlOf(src)}.`;
}

/** A BibTeX value: braces, backslashes and TeX's special characters escaped. */
const tex = (s: string): string =>
  s
    .replace(/[\\{}]/g, (c) => `\\${c}`)
    .replace(/[%&$#_]/g, (c) => `\\${c}`)
    .replace(/[~^]/g, (c) => `\\${c}{}`);

/** biblatex `@online`: corporate authors in double braces, `titleaddon` for a section, `number` for the 文号. */
export function bibtex(src: CitationSource, accessed: string): string {
  const fields: [string, string][] = [];
  if (src.issuers.length) fields.push(['author', src.issuers.map((i) => `{${tex(i)}}`).join(' and ')]);
  fields.push(['title', tex(src.title)]);
  if (src.section) fields.push(['titleaddon', tex(src.section.path)]);
  if (src.docNumber) fields.push(['number', tex(src.docNumber)]);
  if (src.date) fields.push(['date', src.date]);
  fields.push(['url', urlOf(src)], ['urldate', accessed], ['langid', 'chinese']);
  const key = src.section ? `${src.key}-${src.section.id}` : src.key;
  return `@online{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

const cslTypes: Partial<Record<DocumentKind, string>> = { regulation: 'legislation', news: 'article-newspaper' };

/** `{date-parts: [[2020, 12, 31]]}` from YYYY[-MM[-DD]]. */
const dateParts = (date: string): { 'date-parts': number[][] } => ({ 'date-parts': [date.split('-').map(Number)] });

/** CSL-JSON (an array of one item), as Zotero, Pandoc and citeproc read it. */
export function cslJson(src: CitationSource, accessed: string): string {
  const item: Record<string, unknown> = {
    id: src.section ? `${src.key}-${src.section.id}` : src.key,
    type: cslTypes[src.kind] ?? 'report',
    title: src.title,
    ...(src.issuers.length ? { author: src.issuers.map((literal) => ({ literal })) } : {}),
    ...(src.date ? { issued: dateParts(src.date) } : {}),
    ...(src.docNumber ? { number: src.docNumber } : {}),
    ...(src.section ? { section: src.section.path } : {}),
    URL: urlOf(src),
    ...(/^\d{4}(-\d{2}){0,2}$/.test(accessed) ? { accessed: dateParts(accessed) } : {}),
    language: src.language,
  };
  return JSON.stringify([item], null, 2);
}

/** Today as YYYY-MM-DD in the reader's time zone (the 引用日期 of a citation). */
export function today(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
