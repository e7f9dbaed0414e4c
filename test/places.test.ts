// The place-name data (src/pipeline/data/places.json) and how a report's region is read from it.
import { describe, expect, test } from 'vitest';
import { findMentions, findPlace, inferPlace, places } from '../src/pipeline/places.ts';

describe('place data', () => {
  test('has every province-level division and the prefecture cities', () => {
    expect(places.filter((p) => p.level === 'province')).toHaveLength(34);
    expect(places.filter((p) => p.level === 'city').length).toBeGreaterThanOrEqual(330);
  });
  test('every parent exists and is one level up (or a municipality for districts); names are unique', () => {
    const byName = new Map(places.map((p) => [p.name, p]));
    expect(byName.size).toBe(places.length);
    for (const p of places) {
      if (p.level === 'province') expect(p.parent, p.name).toBeUndefined();
      else expect(byName.get(p.parent!)?.level, p.name).toMatch(p.level === 'city' ? /^province$/ : /^(province|city)$/);
    }
  });
  test('short names name one place each', () => {
    const shorts = places.flatMap((p) => (p.short ? [p.short] : []));
    expect(new Set(shorts).size).toBe(shorts.length);
  });
});

describe('inferPlace', () => {
  test.each([
    [['呼伦贝尔市海拉尔区2021年政府工作报告'], { region: '海拉尔区', region_parent: '呼伦贝尔' }],
    [['政府工作报告', '——2021年1月在海拉尔区第十七届人民代表大会第五次会议上'], { region: '海拉尔区', region_parent: '呼伦贝尔' }],
    [['上海市长宁区科技创新工作要点'], { region: '长宁区', region_parent: '上海' }],
    [['成都市2020年科技创新工作情况'], { region: '成都', region_parent: '四川' }],
    [['重庆2018年科技创新报告'], { region: '重庆' }],
    [['中华人民共和国澳门特别行政区基本法'], { region: '澳门' }],
    [['2026年浙江省政府工作报告'], { region: '浙江' }],
  ])('%j → %j', (texts, want) => {
    expect(inferPlace(texts)).toEqual(want);
  });
  test('words that only contain a place name are not places (市场, 区域), and a city short name counts only at the start', () => {
    // 河北区 (Tianjin) is not read out of 河北区域; 河北 (the province) is named there
    expect(findMentions(['天津市关于河北区域协同的意见']).map((m) => m.place.name)).toEqual(['天津市', '河北省']);
    expect(findMentions(['加快东方明珠建设']).map((m) => m.place.name)).toEqual([]);
    expect(inferPlace(['科學技術基本法'])).toBeUndefined();
  });
  test('findPlace reads a sidecar region in any form, and refuses an ambiguous one', () => {
    expect(findPlace('成都')?.name).toBe('成都市');
    expect(findPlace('臺灣')?.name).toBe('台湾省');
    expect(findPlace('海拉尔区')?.parent).toBe('呼伦贝尔市');
  });
});
