// content/vocabulary.yml: official vocabulary OpenCC segments wrongly. One row per entry with a real
// phrase (where it was found), what the site writes with the entry and what OpenCC alone writes;
// and the loading: vocabulary.yml goes through the terms reader, after terms.yml.
import { describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTerms, readSiteTerms, termFiles } from '../scripts/lib/terms.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { SourceError } from '../src/pipeline/errors.ts';
import { createVariantConverter, detectScript, otherScript, presets } from '../src/pipeline/variants.ts';
import type { Script } from '../src/schemas/meta.ts';
import type { Term } from '../src/schemas/terms.ts';
import { root, tempDir } from './helpers/run.ts';

const vocabularyPath = join(root, 'content/vocabulary.yml');
const vocabulary = parseTerms(readFileSync(vocabularyPath, 'utf8'), vocabularyPath);
const site = await readSiteTerms(join(root, 'content'));

/**
 * [entry (its Simplified form), phrase as written in the source, the site's conversion (preset tw),
 * OpenCC alone (tw), where the phrase is: corpus file:line, or the issue that asked for the entry].
 * A Traditional phrase is converted to Simplified, a Simplified one to Traditional.
 */
const rows: [entry: string, phrase: string, site: string, opencc: string, source: string][] = [
  ['发展', '准确把握发展阶段', '準確把握發展階段', '準確把握髮展階段', 'issue (把握发展)'],
  ['发展', '厚植发展优势', '厚植發展優勢', '厚植髮展優勢', 'issue (厚植发展)'],
  ['发展', '打造人与自然和谐共生发展新格局', '打造人與自然和諧共生發展新格局', '打造人與自然和諧共生髮展新格局', '37_cpc-sc-rural-revitalization-opinions-2018.txt:29'],
  ['换发', '适应农村商品交换发展的新形势', '適應農村商品交換發展的新形勢', '適應農村商品交換髮展的新形勢', '38_prc-gov-work-report-1984-gbk-scrape-excerpt.txt:125'],
  ['换发', '更换发动机', '更換發動機', '更換髮動機', 'issue (更换发动机)'],
  ['额发放', '和离退休费的按时足额发放', '和離退休費的按時足額發放', '和離退休費的按時足額髮放', '04_prc-gov-work-report-2004.txt:95'],
  ['行政复议', '重视人民群众通过行政复议、行政诉讼', '重視人民群眾通過行政覆議、行政訴訟', '重視人民群眾通過行政複議、行政訴訟', '04_prc-gov-work-report-2004.txt:108'],
  ['申请复议', '可依法申请复议或提起诉讼', '可依法申請覆議或提起訴訟', '可依法申請複議或提起訴訟', '30_zz-gas-management-regulation.txt:285'],
  ['复核', '房屋安全鉴定业务（含复核鉴定）', '房屋安全鑑定業務（含覆核鑑定）', '房屋安全鑑定業務（含複核鑑定）', '10_zj-housing-use-safety-regulation.txt:137'],
  ['拴系', '拴系', '拴繫', '拴系', 'issue (拴系)'],
  ['获准', '未获准新购、新建大型科学仪器设施', '未獲准新購、新建大型科學儀器設施', '未獲準新購、新建大型科學儀器設施', '01_sh-large-instrument-sharing-rules.txt:47'],
  ['不准开工', '尚未建设的不准开工', '尚未建設的不准開工', '尚未建設的不準開工', '04_prc-gov-work-report-2004.txt:54'],
  ['不准再', '各部门一律不准再组织其他检查', '各部門一律不准再組織其他檢查', '各部門一律不準再組織其他檢查', '37_cpc-sc-rural-revitalization-opinions-2018.txt:61'],
  ['市场准入', '严格市场准入', '嚴格市場准入', '嚴格市場準入', '04_prc-gov-work-report-2004.txt:54'],
  ['采取', '是在需求不足的情况下采取的阶段性政策', '是在需求不足的情況下採取的階段性政策', '是在需求不足的情況下采取的階段性政策', '04_prc-gov-work-report-2004.txt:53'],
  ['采用', '更多采用生产奖补', '更多採用生產獎補', '更多采用生產獎補', '37_cpc-sc-rural-revitalization-opinions-2018.txt:60'],
  ['注重', '更加注重搞好宏观调控', '更加注重搞好宏觀調控', '更加註重搞好宏觀調控', '04_prc-gov-work-report-2004.txt:49'],
  ['制度', '海外高层次人才职称直接认定制度', '海外高層次人才職稱直接認定制度', '海外高層次人才職稱直接認定製度', '02_bj-intl-sci-tech-innovation-center-regulation.txt:283'],
  ['制度', '落地实施提供制度保障', '落地實施提供制度保障', '落地實施提供製度保障', 'content/sources/chengdu-2015-xiaoyuandi-xietong.txt:11'],
  ['制度', '经费分配、考试制度', '經費分配、考試制度', '經費分配、考試製度', '35_macao-basic-law-simplified.txt:559'],
  ['转制', '转制为企业法人', '轉制為企業法人', '轉製為企業法人', '34_npcsc-guangdong-approval-adjustment-decision.txt:62'],
  ['成渝', '高质量编制成渝地区双城经济圈', '高質量編制成渝地區雙城經濟圈', '高質量編製成渝地區雙城經濟圈', 'content/sources/suining-2021-gongzuoyaodian.txt:5'],
  ['好干部', '贯彻新时期好干部标准', '貫徹新時期好幹部標準', '貫徹新時期好乾部標準', '43_cpc-19th-congress-report-excerpt.txt:47'],
  ['历史', '展开了我国历史上救援速度最', '展開了我國歷史上救援速度最', '展開了我國曆史上救援速度最', '14_prc-gov-work-report-2009-excerpt.gb18030.txt:33'],
  ['斗争', '必须进行伟大斗争', '必須進行偉大鬥爭', '必須進行偉大斗爭', '43_cpc-19th-congress-report-excerpt.txt:93'],
  ['制订', '考虑了香港的历史和现状后制订的', '考慮了香港的歷史和現狀後制訂的', '考慮了香港的歷史和現狀後製訂的', '38_prc-gov-work-report-1984-gbk-scrape-excerpt.txt:231'],
  ['备案制', '实行以备案制为主的对外投资', '實行以備案制為主的對外投資', '實行以備案製為主的對外投資', '15_prc-gov-work-report-2015-excerpt.gb18030.txt:65'],
  ['著有', '從事科學技術研究著有功績', '从事科学技术研究著有功绩', '从事科学技术研究着有功绩', '03_tw-science-technology-basic-law.txt:74'],
];

const entryOf = (hans: string): Term => {
  const entry = vocabulary.find((t) => t.hans === hans);
  if (!entry) throw new Error(`no entry "${hans}" in content/vocabulary.yml`);
  return entry;
};
const convert = (text: string, to: Script, terms: readonly Term[], preset: (typeof presets)[number] = 'tw'): string =>
  createVariantConverter(to, { preset, terms }).convert(text);

describe('content/vocabulary.yml: each entry on a real phrase', () => {
  test.each(rows)('%s: %s → %s (OpenCC alone: %s; %s)', (hans, phrase, expected, opencc) => {
    const entry = entryOf(hans);
    const to = otherScript(detectScript(phrase));
    expect(convert(phrase, to, []), 'what OpenCC alone writes').toBe(opencc);
    expect(opencc).not.toBe(expected);
    // The entry alone makes the difference, and the site's terms (both files) give the same.
    expect(convert(phrase, to, [entry])).toBe(expected);
    expect(convert(phrase, to, site.terms)).toBe(expected);
    // Back again, the site's terms give the source phrase.
    expect(convert(expected, otherScript(to), site.terms)).toBe(phrase);
  });

  test.each(rows)('%s holds under every character-level preset: %s', (hans, phrase) => {
    const entry = entryOf(hans);
    const to = otherScript(detectScript(phrase));
    const target = to === 'zh-Hant' ? entry.hant : entry.hans;
    for (const preset of presets) expect(convert(phrase, to, site.terms, preset), preset).toContain(target);
  });

  test('every entry has a row, every row an entry', () => {
    expect(new Set(vocabulary.map((t) => t.hans))).toEqual(new Set(rows.map((r) => r[0])));
  });

  // The corpus files named above are in the repository once they are copied into test/fixtures/corpus.
  const corpusDirs = [join(root, 'test/fixtures/corpus'), root];
  const present = rows.flatMap(([, phrase, , , source]) => {
    const file = corpusDirs.map((dir) => join(dir, source.split(':')[0]!)).find((f) => !source.startsWith('issue') && existsSync(f));
    return file ? [[phrase, source, file] as const] : [];
  });
  test.each(present)('%s is in %s', (phrase, _source, file) => {
    const text = decodeSource(new Uint8Array(readFileSync(file))).text.replace(/\s+/g, '');
    expect(text).toContain(phrase.replace(/\s+/g, ''));
  });

  test('the entries keep words OpenCC already converts right', () => {
    // Phrases, not their parts: 申请复议 and 行政复议 leave 重复议题 alone; 不准开工 leaves 不准确 alone.
    expect(convert('避免重复议题', 'zh-Hant', site.terms)).toBe('避免重複議題');
    expect(convert('数据不准确', 'zh-Hant', site.terms)).toBe('數據不準確');
    expect(convert('行业准入标准', 'zh-Hant', site.terms)).toBe('行業准入標準');
    expect(convert('若干部门', 'zh-Hant', site.terms)).toBe('若干部門');
  });
});

describe('loading: vocabulary.yml through the terms reader', () => {
  const write = (files: Record<string, string>): string => {
    const dir = join(tempDir('baogao-vocab-'), 'content');
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };

  test('both files are read, terms.yml first; the site list holds every vocabulary entry', async () => {
    expect(termFiles).toEqual(['terms.yml', 'vocabulary.yml']);
    const dir = write({ 'terms.yml': 'terms:\n  - 人工智能\n', 'vocabulary.yml': 'terms:\n  - { hans: 拴系, hant: 拴繫 }\n' });
    const loaded = await readSiteTerms(dir);
    expect(loaded.terms).toEqual([{ hans: '人工智能', hant: '人工智能' }, { hans: '拴系', hant: '拴繫' }]);
    expect(loaded.text).toContain('拴繫');
    for (const entry of vocabulary) expect(site.terms).toContainEqual(entry);
  });

  test('where both files list the same form, terms.yml wins', async () => {
    const dir = write({ 'terms.yml': 'terms:\n  - { hans: 复核, hant: 複核 }\n', 'vocabulary.yml': 'terms:\n  - { hans: 复核, hant: 覆核 }\n' });
    const { terms } = await readSiteTerms(dir);
    expect(convert('经复核', 'zh-Hant', terms)).toBe('經複核');
  });

  test('moving an entry from one file to the other changes the cache key text', async () => {
    const a = await readSiteTerms(write({ 'terms.yml': 'terms:\n  - 拴系\n' }));
    const b = await readSiteTerms(write({ 'vocabulary.yml': 'terms:\n  - 拴系\n' }));
    expect(a.terms).toEqual(b.terms);
    expect(a.text).not.toBe(b.text);
  });

  test('a bad entry in vocabulary.yml names that file and line', async () => {
    const dir = write({ 'terms.yml': 'terms:\n  - 人工智能\n', 'vocabulary.yml': 'terms:\n  - { hans: 拴系, hant: 拴繫 }\n  - { hans: 复核 }\n' });
    const error = await readSiteTerms(dir).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    const file = (error as SourceError & { file: string }).file;
    expect(file).toBe(join(dir, 'vocabulary.yml'));
    expect((error as SourceError).format(file)).toMatch(/vocabulary\.yml:3: terms\.1\.hant: .* — /);
  });
});
