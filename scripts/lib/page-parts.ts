// The parts of a built report page that scripts/page-bytes.ts counts, as an ordered table: the first
// row whose tag and attribute pattern match names an element's part (its bytes not claimed by a
// part inside it).

/** Parts in the order the table gives them. */
export const pageParts = [
  'head',
  'site header and footer',
  'scripts',
  'contents (目录)',
  'report header',
  'citation (引用)',
  'key figures',
  'heading controls (copy, 引用)',
  'section headings',
  'paragraph wrappers',
  'figure marks',
  'callouts',
  'heading references (参见)',
  'tables in the text',
  'icons',
  '全部指标',
  'cited by (被引用)',
  'cleaning (整理说明)',
  'other',
] as const;
export type PagePart = (typeof pageParts)[number];

const rules: { tag: RegExp; attrs?: RegExp; part: PagePart }[] = [
  { tag: /^head$/, part: 'head' },
  { tag: /^script$/, part: 'scripts' },
  { tag: /^(header|footer)$/, attrs: /class="site-/, part: 'site header and footer' },
  { tag: /^(a|p)$/, attrs: /class="(skip|copy-status)"/, part: 'site header and footer' },
  { tag: /^nav$/, attrs: /class="toc"/, part: 'contents (目录)' },
  { tag: /^header$/, attrs: /class="report-header"/, part: 'report header' },
  { tag: /^(details|dialog|template)$/, attrs: /class="cite/, part: 'citation (引用)' },
  { tag: /^section$/, attrs: /class="key-figures"/, part: 'key figures' },
  { tag: /^(button|span)$/, attrs: /class="(copy|cite-sec|sec-tools)"/, part: 'heading controls (copy, 引用)' },
  { tag: /^h[2-6]$/, attrs: /class="sec-h"/, part: 'section headings' },
  { tag: /^div$/, attrs: /class="para/, part: 'paragraph wrappers' },
  { tag: /^mark$/, part: 'figure marks' },
  { tag: /^aside$/, attrs: /class="co"/, part: 'callouts' },
  { tag: /^div$/, attrs: /class="sec-refs"/, part: 'heading references (参见)' },
  { tag: /^svg$/, attrs: /class="icons"/, part: 'icons' },
  { tag: /^details$/, attrs: /class="report-indicators"/, part: '全部指标' },
  { tag: /^section$/, attrs: /class="cited-by"/, part: 'cited by (被引用)' },
  { tag: /^section$/, attrs: /class="cleaning"/, part: 'cleaning (整理说明)' },
  { tag: /^table$/, part: 'tables in the text' },
];

/** The part an element starts, or undefined when it belongs to the part around it. */
export function pagePartOf(tag: string, attrs: string, ancestors: (PagePart | undefined)[]): PagePart | undefined {
  // a table inside 整理说明 is 整理说明's
  if (tag === 'table' && ancestors.includes('cleaning (整理说明)')) return undefined;
  return rules.find((r) => r.tag.test(tag) && (!r.attrs || r.attrs.test(attrs)))?.part;
}
