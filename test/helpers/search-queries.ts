// The queries the search tests measure recall and precision on (test/search.test.ts on the built
// site, test/search-shards.test.ts on an index built in shards).

/** 30 queries in both scripts: single words, phrases, names, numbers, cross-script, quoted. */
export const queries = [
  '高新技术企业', '"高新技术企业"', '知识价值信用贷款', '创新平台', '科技创新', '成果转化', '研发经费', '孵化器',
  '大数据', '新型研发机构', '科技金融', '知识产权', '军民融合', '高质量发展', '产学研', '2020年', '科技部', '重庆',
  '成渝地区双城经济圈', '西部科学城', '高新技術企業', '科技成果轉化', '研發投入', '協同創新', '職務科技成果',
  '國家級', '成渝地區雙城經濟圈', '人才', '"科技金融"', '校院地協同',
];
