// The queries the search tests measure recall and precision on (test/search.test.ts on the built
// site, test/search-shards.test.ts on an index built in shards).

/** 30 queries in both scripts: single words, phrases, names, numbers, cross-script, quoted. */
export const queries = [
  '高新技术企业',
  '"高新技术企业"',
  '知识价值信用贷款',
  '创新平台',
  '科技创新',
  '成果转化',
  '研发经费',
  '孵化器',
  '大数据',
  '新型研发机构',
  '科技金融',
  '知识产权',
  '军民融合',
  '高质量发展',
  '产学研',
  '2020年',
  '科技部',
  '重庆',
  '成渝地区双城经济圈',
  '西部科学城',
  '高新技術企業',
  '科技成果轉化',
  '研發投入',
  '協同創新',
  '職務科技成果',
  '國家級',
  '成渝地區雙城經濟圈',
  '人才',
  '"科技金融"',
  '校院地協同',
];

/** A report's text in both scripts: the ground truth is substring search over them. */
export interface SearchBody {
  slug: string;
  texts: string[];
}

/**
 * Recall and precision of a search over `queries`: `search` gives the slugs it lists for a query (and
 * may check each hit), the truth is every body that contains the query's phrase. Logged under `label`.
 */
export async function recallPrecision(bodies: SearchBody[], search: (query: string) => Promise<string[]>, label: string): Promise<{ recall: number; precision: number }> {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const query of queries) {
    const phrase = query.replace(/^"|"$/g, '');
    const truth = new Set(bodies.filter((b) => b.texts.some((t) => t.includes(phrase))).map((b) => b.slug));
    const slugs = await search(query);
    truePositives += slugs.filter((s) => truth.has(s)).length;
    falsePositives += slugs.filter((s) => !truth.has(s)).length;
    falseNegatives += [...truth].filter((s) => !slugs.includes(s)).length;
  }
  const recall = truePositives / (truePositives + falseNegatives);
  const precision = truePositives / (truePositives + falsePositives);
  console.log(`${label}: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)} (${truePositives} found, ${falsePositives} wrong, ${falseNegatives} missed)`);
  return { recall, precision };
}
