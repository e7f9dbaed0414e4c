// Plans checked against results (src/lib/pairing.ts) on small made-up figures: the outcome for each
// comparator, growths against growths, units, and what must not be paired (another region, period,
// metric or unit, a flow against a stock, a figure of the wider province, the same report).
import { describe, expect, test } from 'vitest';
import { judge, pairTargets, pairsByFigure } from '../src/lib/pairing.ts';
import type { Indicator } from '../src/schemas/indicator.ts';
import type { SiteReport } from '../src/schemas/site-report.ts';

/** A figure: a level `value unit`, or with `growth` a growth stated alone (增长8%). */
function fig(over: Partial<Indicator> & { growth?: number }): Indicator {
  const { growth, ...rest } = over;
  const base: Indicator =
    growth !== undefined
      ? {
          id: 'x',
          section: 's1',
          label: '生产总值',
          value: growth,
          unit: '%',
          change: { value: growth, unit: '%' },
          kind: 'actual',
          match: `${growth}%`,
          text: `生产总值增长${growth}%`,
        }
      : { id: 'x', section: 's1', label: '高新技术企业', value: 0, unit: '家', kind: 'actual', match: '', text: '' };
  const ind = { ...base, ...rest };
  return { ...ind, match: ind.match || `${ind.value}${ind.unit}`, text: ind.text || `${ind.label}达到${ind.value}${ind.unit}` };
}

const target = (over: Partial<Indicator> & { growth?: number }): Indicator => fig({ kind: 'target', ...over });

describe('judge: met, partly, not met', () => {
  test.each([
    // [what, target, actual, outcome]
    ['≥ met exactly', target({ value: 7000, comparator: '>=' }), fig({ value: 7000 }), 'met'],
    ['≥ met above (高新技术企业达到7000家 → 7821家)', target({ value: 7000, comparator: '>=' }), fig({ value: 7821 }), 'met'],
    ['no comparator is a floor too', target({ value: 7000 }), fig({ value: 6999 }), 'not-met'],
    ['> is strict', target({ value: 7000, comparator: '>' }), fig({ value: 7000 }), 'not-met'],
    ['≈ met within 5 %', target({ growth: 10, comparator: '≈' }), fig({ growth: 9.6 }), 'met'],
    ['≈ short of 5 % is partly (a growth moved up from none)', target({ growth: 10, comparator: '≈' }), fig({ growth: 6.9 }), 'partly'],
    ['a growth short of its target is partly', target({ growth: 8, comparator: '>=' }), fig({ growth: 7.2 }), 'partly'],
    ['a fall against a growth target is not met', target({ growth: 8, comparator: '>=' }), fig({ growth: -1 }), 'not-met'],
    ['≤ met below the ceiling', target({ label: '城镇调查失业率', value: 5.5, unit: '%', comparator: '<=' }), fig({ label: '城镇调查失业率', value: 5.1, unit: '%' }), 'met'],
    [
      '≤ over the ceiling, no baseline: not met',
      target({ label: '城镇调查失业率', value: 5.5, unit: '%', comparator: '<=' }),
      fig({ label: '城镇调查失业率', value: 5.8, unit: '%' }),
      'not-met',
    ],
    [
      '≤ over the ceiling but down from the baseline: partly',
      target({ label: 'PM2.5浓度', value: 35, unit: '微克/立方米', comparator: '<=', baseline: { value: 50, unit: '微克/立方米', match: '50' } }),
      fig({ label: 'PM2.5浓度', value: 40, unit: '微克/立方米' }),
      'partly',
    ],
    ['< is strict', target({ value: 5, unit: '%', comparator: '<' }), fig({ value: 5, unit: '%' }), 'not-met'],
    ['a range is met from its lower end', target({ growth: 6, max: 7 }), fig({ growth: 6.5 }), 'met'],
    ['below a range: not met without a baseline', target({ value: 600, max: 700, unit: '亿元' }), fig({ value: 550, unit: '亿元' }), 'not-met'],
    ['a level short of its target, up from the baseline: partly', target({ value: 7000, baseline: { value: 6120, unit: '家', match: '6120家' } }), fig({ value: 6800 }), 'partly'],
    [
      'units of one base unit compare by scale (1.2万亿元 ≥ 11000亿元)',
      target({ value: 11000, unit: '亿元', scale: 1.1e12 }),
      fig({ value: 1.2, unit: '万亿元', scale: 1.2e12 }),
      'met',
    ],
  ] as const)('%s', (_what, t, a, outcome) => {
    expect(judge(t, a)?.outcome).toBe(outcome);
  });

  test.each([
    ['different units without a scale', target({ value: 100, unit: '家' }), fig({ value: 120, unit: '个' })],
    ['different base units', target({ value: 10, unit: '亿元', scale: 1e9 }), fig({ value: 12, unit: '亿美元', scale: 1.2e9 })],
    ['a growth target against a level without its growth', target({ growth: 8 }), fig({ value: 3725, unit: '亿元' })],
    ['a level target against a growth', target({ value: 3725, unit: '亿元' }), fig({ growth: 7 })],
    ['growths against different bases', target({ growth: 8, change: { value: 8, unit: '%', basis: '比2015年' } }), fig({ growth: 9 })],
    ['growths in different units', target({ growth: 1 }), fig({ value: 1.2, unit: '个百分点', change: { value: 1.2, unit: '个百分点' } })],
  ] as const)('not comparable: %s', (_what, t, a) => {
    expect(judge(t, a)).toBeUndefined();
  });

  test('同比, 比上年 and no basis all mean the year before', () => {
    expect(judge(target({ growth: 8 }), fig({ value: 3725, unit: '亿元', change: { value: 9, unit: '%', basis: '同比' } }))?.outcome).toBe('met');
  });
});

/** A report with just what pairing reads. */
function report(slug: string, year: number, indicators: Indicator[], meta: Partial<SiteReport['meta']> = {}, script: SiteReport['script'] = 'zh-Hans'): SiteReport {
  return { slug, script, meta: { region: '保定', region_parent: '河北', year, ...meta }, indicators } as unknown as SiteReport;
}

describe('pairTargets', () => {
  const plan = report('plan-2021', 2021, [
    target({ id: 's3-i1', metric: 'gdp', period: 2021, growth: 8, comparator: '>=' }),
    target({ id: 's3-i2', metric: 'high-tech-enterprises', period: 2021, value: 1300 }),
    target({ id: 's3-i3', metric: 'tech-smes', period: 2021, value: 1000, comparator: '>=', text: '全年新增高新技术企业100家以上、科技型中小企业1000家以上', match: '1000家以上' }),
    target({ id: 's3-i4', metric: 'gdp', period: 2025, growth: 7 }),
    target({ id: 's3-i5', metric: 'urban-new-jobs', period: 2021, label: '城镇新增就业', value: 8.9, unit: '万人' }),
  ]);
  const results = report('results-2022', 2022, [
    fig({ id: 's1-i1', metric: 'gdp', period: 2021, value: 3725, unit: '亿元', change: { value: 7.2, unit: '%' } }),
    fig({ id: 's1-i2', metric: 'high-tech-enterprises', period: 2021, value: 1306 }),
    fig({ id: 's1-i3', metric: 'tech-smes', period: 2021, value: 11042, text: '科技型中小企业达到11042家', match: '11042家' }),
    fig({ id: 's1-i4', metric: 'urban-new-jobs', period: 2021, label: '新增城镇就业', value: 9.56, unit: '万人' }),
  ]);

  test('same region, metric and period: target → actual with its outcome', () => {
    expect(pairTargets([plan, results])).toEqual([
      { metric: 'gdp', period: 2021, basis: 'growth', target: { slug: 'plan-2021', id: 's3-i1' }, actual: { slug: 'results-2022', id: 's1-i1' }, outcome: 'partly' },
      { metric: 'high-tech-enterprises', period: 2021, basis: 'level', target: { slug: 'plan-2021', id: 's3-i2' }, actual: { slug: 'results-2022', id: 's1-i2' }, outcome: 'met' },
      { metric: 'urban-new-jobs', period: 2021, basis: 'level', target: { slug: 'plan-2021', id: 's3-i5' }, actual: { slug: 'results-2022', id: 's1-i4' }, outcome: 'met' },
    ]);
  });

  test('a flow (新增…1000家) is never paired with the stock (11042家); a 2025 target waits for 2025', () => {
    const ids = pairTargets([plan, results]).map((p) => p.target.id);
    expect(ids).not.toContain('s3-i3');
    expect(ids).not.toContain('s3-i4');
  });

  test.each([
    ['another region', { region: '石家庄' }],
    ['the same name under another parent', { region_parent: '山西' }],
  ])('not paired: %s', (_what, meta) => {
    expect(pairTargets([plan, report('results-2022', 2022, results.indicators, meta)])).toEqual([]);
  });

  test('not paired: another period, another metric, or an actual of an earlier report', () => {
    const shifted = report(
      'results-2022',
      2022,
      results.indicators.map((i) => ({ ...i, period: 2020 })),
    );
    const renamed = report(
      'results-2022',
      2022,
      results.indicators.map((i) => ({ ...i, metric: 'tax-revenue' })),
    );
    const earlier = report('results-2020', 2020, results.indicators);
    expect([...pairTargets([plan, shifted]), ...pairTargets([plan, renamed]), ...pairTargets([plan, earlier])]).toEqual([]);
  });

  test('not paired within one report (its own review of the year it plans)', () => {
    expect(pairTargets([report('one', 2021, [...plan.indicators, ...results.indicators])])).toEqual([]);
  });

  test('a figure of the wider province (全省…) is not the city’s', () => {
    const province = report('results-2022', 2022, [fig({ id: 's1-i2', metric: 'high-tech-enterprises', period: 2021, label: '全省高新技术企业', value: 12000 })]);
    expect(pairTargets([plan, province])).toEqual([]);
    const own = report('results-2022', 2022, [fig({ id: 's1-i2', metric: 'high-tech-enterprises', period: 2021, label: '全省高新技术企业', value: 12000 })], {
      region: '河北',
      region_parent: undefined,
    });
    const provincePlan = report('plan-2021', 2021, [target({ id: 's3-i2', metric: 'high-tech-enterprises', period: 2021, value: 11000 })], {
      region: '河北',
      region_parent: undefined,
    });
    expect(pairTargets([provincePlan, own]).map((p) => p.outcome)).toEqual(['met']);
  });

  test('of two reports with the actual, the later one answers; Traditional texts are read in Simplified (新增 → flow)', () => {
    const later = report('results-2023', 2023, [fig({ id: 's2-i9', metric: 'high-tech-enterprises', period: 2021, value: 1290 })]);
    expect(pairTargets([plan, results, later]).find((p) => p.metric === 'high-tech-enterprises')).toMatchObject({
      actual: { slug: 'results-2023', id: 's2-i9' },
      outcome: 'not-met',
    });
    const hant = report(
      'results-2022',
      2022,
      [fig({ id: 's1-i3', metric: 'tech-smes', period: 2021, value: 1100, text: '全年新增科技型中小企業1100家', match: '1100家' })],
      {},
      'zh-Hant',
    );
    expect(pairTargets([plan, hant])).toMatchObject([{ target: { id: 's3-i3' }, actual: { id: 's1-i3' }, outcome: 'met' }]);
  });

  test('pairsByFigure lists each pair under both figures', () => {
    const by = pairsByFigure(pairTargets([plan, results]));
    expect(by.get('plan-2021#s3-i1')).toEqual(by.get('results-2022#s1-i1'));
    expect(by.get('plan-2021#s3-i3')).toBeUndefined();
  });
});
