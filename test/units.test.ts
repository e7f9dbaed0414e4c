// The units a figure may carry (src/pipeline/data/units.json), each written once with what is known of it: how it follows a
// Chinese numeral (after_chinese_numeral), what it measures (measure), whether it classifies things (classifier), its rate's spelling (rate),
// read by src/pipeline/indicators/units.ts.
import { describe, expect, test } from 'vitest';
import data from '../src/pipeline/data/units.json' with { type: 'json' };
import { maskQuoted, scanQuantities } from '../src/pipeline/indicators/scan.ts';
import { convertText } from '../src/pipeline/variants.ts';
import { ageUnits, baseUnits, canonicalRateUnit, classifierUnits, moneyUnits, personUnits, termUnits, timeUnits, unitPattern } from '../src/pipeline/indicators/units.ts';

/** The base units of the quantities found in a text. */
const units = (text: string): string[] => scanQuantities(text, 0, text.length, maskQuoted(text)).map((q) => q.baseUnit);

const tagged = (tag: string) => data.groups.filter((g) => 'after_chinese_numeral' in g && g.after_chinese_numeral === tag).flatMap((g) => g.units);

describe('the data file', () => {
  test('each unit once, in groups of known tags, a note saying something where there is one', () => {
    expect(new Set(baseUnits).size).toBe(baseUnits.length);
    for (const group of data.groups) {
      expect(group.units.length).toBeGreaterThan(0);
      expect(Object.keys(group).filter((k) => !['units', 'note', 'after_chinese_numeral', 'measure', 'classifier', 'rate', 'context_words'].includes(k))).toEqual([]);
      if ('context_words' in group) expect(group.context_words.length).toBeGreaterThan(0);
      if ('after_chinese_numeral' in group) expect(['word', 'never']).toContain(group.after_chinese_numeral);
      if ('measure' in group) expect(['age', 'span', 'hours', 'money', 'people']).toContain(group.measure);
      if ('classifier' in group) expect(group.classifier).toBe(true);
      if ('rate' in group) expect(['%', '个百分点', '倍']).toContain(group.rate);
      if ('note' in group) expect(group.note.length).toBeGreaterThan(10);
    }
  });

  test('each tag is given to some group (the tests of each tag below test something)', () => {
    const given = (key: 'after_chinese_numeral' | 'measure' | 'classifier' | 'rate') =>
      new Set(data.groups.flatMap((g) => (key in g ? [(g as Record<string, unknown>)[key]] : [])));
    expect([[...given('after_chinese_numeral')].sort(), [...given('measure')].sort(), [...given('classifier')], [...given('rate')].sort()]).toEqual([
      ['never', 'word'],
      ['age', 'hours', 'money', 'people', 'span'],
      [true],
      ['%', '个百分点', '倍'],
    ]);
  });

  test('the unit pattern takes each unit whole, never a shorter unit it starts with (个百分点 not 个, 吨公里 not 吨, 块/32 not 块)', () => {
    const whole = new RegExp(`^(?:${unitPattern})`, 'u');
    expect(baseUnits.filter((u) => whole.exec(u)?.[0] !== u)).toEqual([]);
  });

  test('units of time are spans and hours, a term only a span: 个小时 is time, no term; 周岁 is an age', () => {
    expect([timeUnits.has('个小时'), termUnits.has('个小时'), timeUnits.has('个月'), termUnits.has('个月')]).toEqual([true, false, true, true]);
    expect([ageUnits.has('周岁'), timeUnits.has('周岁')]).toEqual([true, false]);
  });

  test('money, people, classifiers and rates are tags of the data file: 元 is money, 人次 people and no classifier, 名 both, ％ is %', () => {
    expect([moneyUnits.has('元'), moneyUnits.has('个'), personUnits.has('人次'), classifierUnits.has('人次'), personUnits.has('名'), classifierUnits.has('名')]).toEqual([
      true,
      false,
      true,
      false,
      true,
      true,
    ]);
    expect(['％', '個百分點', '百分点', '倍', '元'].map(canonicalRateUnit)).toEqual(['%', '个百分点', '个百分点', '倍', null]);
  });
});

describe('what a unit measures is what it means, whatever the currency or the script', () => {
  test.each([
    ['dev 441', '外匯儲備資產總額，初步統計為2,422億澳門元（300.0億美元）', ['澳門元', '美元']],
    ['dev 248', '我建議推出借款上限為1,000億港元的綠色債券發行計劃', ['港元']],
    ['dev 305', '亦擁有全球最大、超過一萬億元人民幣的離岸存款資金池', ['元人民幣']],
    ['dev 194', '实际使用外资达到160.6亿美元、折合1148亿元人民币。', ['美元', '元人民币']],
    ['dev 388', '软银集团将发行2000亿日元的债券型股份', ['日元']],
    ['dev 542', '辉瑞公司供应欧盟的新冠疫苗单价从15.5欧元涨至19.5欧元', ['欧元', '欧元']],
    ['dev 305', '向年度總收入七億五千萬歐元', ['歐元']],
  ])('an amount in any currency is money (%s: %s)', (_, text, want) => {
    const found = units(text);
    expect(found).toEqual(want);
    expect(found.filter((u) => !moneyUnits.has(u))).toEqual([]);
  });

  test("a unit's other script has its tags: 臺 is a classifier as 台 is, 個 as 个", () => {
    const tags = (u: string) => [moneyUnits.has(u), personUnits.has(u), classifierUnits.has(u), canonicalRateUnit(u), timeUnits.has(u), ageUnits.has(u)];
    const pairs = baseUnits.map((u) => [u, convertText(u, 'zh-Hans')] as const).filter(([u, s]) => s !== u && baseUnits.includes(s));
    expect(pairs.length).toBeGreaterThan(10);
    expect(pairs.filter(([u, s]) => JSON.stringify(tags(u)) !== JSON.stringify(tags(s)))).toEqual([]);
  });
});

describe('after a Chinese numeral', () => {
  test.each(tagged('word'))('%s makes a word (一度, 一张蓝图), a figure after Arabic numerals or in 万 (三千万度)', (unit) => {
    expect(units(`共3000${unit}。`)).toEqual([unit]);
    expect(units(`共三十${unit}。`)).toEqual([]);
    expect(units(`共三千万${unit}。`)).toEqual([unit]);
  });

  test.each(tagged('never'))('%s is counted after Arabic numerals only (一只犬, 三类企业)', (unit) => {
    // a unit that needs its context (context_words: an index's 点) is given it
    const context = data.groups.find((g) => g.units.includes(unit) && 'context_words' in g)?.context_words?.[0] ?? '';
    expect(units(`${context}共3000${unit}。`)).toEqual([unit]);
    expect(units(`${context}共三十${unit}。`)).toEqual([]);
    expect(units(`${context}共三千万${unit}。`)).toEqual([]);
  });

  test.each(['人', '家', '吨', '公里'])('%s is a figure after a Chinese numeral (三十人, 三千万吨)', (unit) => {
    expect(units(`共三十${unit}。`)).toEqual([unit]);
  });
});
