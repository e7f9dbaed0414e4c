// Canonical metrics (content/metrics.yml): the file itself, the matcher and the reader's errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMetrics } from '../scripts/lib/metrics.ts';
import { indexMetrics } from '../src/pipeline/indicators/metrics.ts';
import { extractFromParagraph } from '../src/pipeline/indicators.ts';
import { otherPlaceThan } from '../src/pipeline/places.ts';
import { convertText } from '../src/pipeline/variants.ts';

const file = join(import.meta.dirname, '..', 'content/metrics.yml');
const metrics = parseMetrics(readFileSync(file, 'utf8'), file);
const index = indexMetrics(metrics);

describe('content/metrics.yml', () => {
  it('lists at least 40 metrics, each named in both scripts', () => {
    expect(metrics.length).toBeGreaterThanOrEqual(40);
    for (const m of metrics) {
      // the Traditional name is the Simplified one in the other script (glyph by glyph)
      expect(convertText(m.hant, 'zh-Hans'), m.key).toBe(m.hans);
    }
  });

  it('every phrasing finds its own metric', () => {
    for (const m of metrics) for (const p of [m.hans, ...m.aliases]) expect(index.keyOf(p), p).toBe(m.key);
  });
});

describe('matching a label to a metric', () => {
  it.each([
    ['全市地区生产总值', 'gdp'],
    ['四川省成都市地区生产总值', 'gdp'],
    ['人均地区生产总值', 'gdp-per-capita'],
    ['高新技术企业总数', 'high-tech-enterprises'],
    ['市场主体', 'market-entities'],
    ['全社会研发经费投入强度', 'rd-intensity'],
    ['我市一般公共预算收入', 'general-budget-revenue'],
    ['新增高新技术企业', undefined],
    ['地区生产总值由', undefined],
    ['高新区', undefined],
    // a name glossed by its Latin abbreviation (dev 426's bulletin: 地区生产总值（GDP）); other asides still count
    ['地区生产总值（GDP）', 'gdp'],
    ['研究与试验发展(R&D)经费投入强度', 'rd-intensity'],
    ['细颗粒物（PM2.5）平均浓度', 'pm25'],
    // a plan's indicator table (dev 495, 杭州 十五五): R&D spending as a ratio to GDP is its intensity; 高价值 patents per 10k people
    ['研究与试验发展（R&D）经费支出与地区生产总值之比', 'rd-intensity'],
    ['每万人高价值发明专利拥有量', 'invention-patents-per-10k'],
    ['地区生产总值（不含农户）', undefined],
    ['货物进出口顺差（出口减进口）', undefined],
  ])('%s → %s', (label, key) => {
    expect(index.keyOf(label)).toBe(key);
  });
});

describe('a label the tool gives finds its metric', () => {
  // the action verb 接待 goes before a visitor noun of three characters or more (rules.ts actionVerbs), stays before a count (measureOfAction)
  it.each([
    ['全年接待国内外游客5000万人次，旅游总收入600亿元。', 'tourist-arrivals'],
    ['全县接待游客人数达到560万人次，增长12.4%。', 'tourist-arrivals'],
    ['全年接待游客1200万人次。', 'tourist-arrivals'],
  ])('%s → %s', (text, key) => {
    expect(index.keyOf(extractFromParagraph(text, { kind: 'actual', year: 2024 })[0]?.label ?? '')).toBe(key);
  });
});

describe('a place before the metric names whose figure it is', () => {
  it.each([
    // a district's figure in its city's bulletin (dev 426: 伊州区地区生产总值 in 哈密's) is not the city's metric
    ['伊州区地区生产总值', '哈密', undefined],
    ['哈密市地区生产总值', '哈密', 'gdp'],
    ['四川省成都市地区生产总值', '成都', 'gdp'],
    ['四川省地区生产总值', '成都', undefined],
    ['南沙区地区生产总值', '南沙区', 'gdp'],
    ['全市地区生产总值', '成都', 'gdp'],
    ['广东省地区生产总值', '全国', undefined],
    ['伊州区地区生产总值', undefined, 'gdp'],
    ['临夏州经济总量', '甘肃', undefined],
    ['兰州新区经济总量', '甘肃', undefined],
    ['全国地区生产总值', '成都', undefined],
    ['全国地区生产总值', '全国', 'gdp'],
    ['上海市长宁区地区生产总值', '长宁区', 'gdp'],
    // words that are no place: the national standard's name, a city's air
    ['地级及以上城市细颗粒物（PM2.5）浓度', '全国', 'pm25'],
    ['城市空气质量优良天数', '保定', 'good-air-days'],
  ])('%s in a report of %s → %s', (label, region, key) => {
    expect(index.keyOf(label, otherPlaceThan(region))).toBe(key);
  });
});

describe('reading a metrics file', () => {
  it('names the line of a key used twice', () => {
    const text = 'metrics:\n  - { key: gdp, hans: 地区生产总值, hant: 地區生產總值 }\n  - { key: gdp, hans: 生产总值, hant: 生產總值 }\n';
    expect(() => parseMetrics(text, 'content/metrics.yml')).toThrow(/key "gdp" is used twice/);
    try {
      parseMetrics(text, 'content/metrics.yml');
    } catch (error) {
      expect((error as { line?: number; file?: string }).line).toBe(3);
      expect((error as { file?: string }).file).toBe('content/metrics.yml');
    }
  });

  it('refuses one phrasing for two metrics and unknown fields', () => {
    expect(() => parseMetrics('metrics:\n  - { key: a, hans: 甲, hant: 甲, aliases: [乙] }\n  - { key: b, hans: 乙, hant: 乙 }\n', 'm.yml')).toThrow(
      /phrasing of two metrics \(a and b\)/,
    );
    expect(() => parseMetrics('metrics:\n  - { key: a, hans: 甲, hant: 甲, alias: [乙] }\n', 'm.yml')).toThrow(/unknown field "alias"/);
  });
});
