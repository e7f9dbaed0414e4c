// Plans checked against results (src/lib/pairing.ts) on small made-up figures: the outcome for each
// comparator, growths against growths, units, and what must not be paired (another region, period,
// metric or unit, a flow against a stock, a figure of the wider province, the same report).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
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

/**
 * pairTargets as its comment says it, comparing every target with every actual (the quadratic way it
 * was made before it was made linear): the oracle of the property test below.
 */
function pairTargetsByEveryActual(reports: SiteReport[]): ReturnType<typeof pairTargets> {
  const yearOf = (r: SiteReport): number => r.meta.year ?? 0;
  const figures = (kind: Indicator['kind']) =>
    reports.flatMap((r) =>
      r.indicators.filter((ind) => ind.kind === kind && ind.metric && ind.period !== undefined && r.meta.region).map((ind) => ({ r, ind, flow: /新增/.test(ind.label) })),
    );
  const pairs: ReturnType<typeof pairTargets> = [];
  for (const t of figures('target')) {
    const answers = figures('actual')
      .filter(
        (a) =>
          a.r.slug !== t.r.slug &&
          a.r.meta.region === t.r.meta.region &&
          a.r.meta.region_parent === t.r.meta.region_parent &&
          a.ind.metric === t.ind.metric &&
          a.ind.period === t.ind.period &&
          a.flow === t.flow &&
          yearOf(a.r) >= yearOf(t.r),
      )
      .sort((x, y) => yearOf(y.r) - yearOf(x.r) || x.r.slug.localeCompare(y.r.slug));
    for (const a of answers) {
      const verdict = judge(t.ind, a.ind);
      if (!verdict) continue;
      pairs.push({
        metric: t.ind.metric!,
        period: t.ind.period!,
        basis: verdict.basis,
        target: { slug: t.r.slug, id: t.ind.id },
        actual: { slug: a.r.slug, id: a.ind.id },
        outcome: verdict.outcome,
      });
      break;
    }
  }
  return pairs.sort((x, y) => x.target.slug.localeCompare(y.target.slug));
}

describe('pairTargets gives the pairs of comparing every target with every actual (fast-check)', () => {
  const figure = fc.record({
    kind: fc.constantFrom('target', 'actual', 'actual'),
    metric: fc.constantFrom('gdp', 'tech-smes'),
    period: fc.constantFrom(2021, 2022),
    flow: fc.boolean(),
    value: fc.integer({ min: 1, max: 20 }),
    unit: fc.constantFrom('家', '亿元', '万亿元', '%'),
    scaled: fc.boolean(),
    change: fc.option(fc.record({ value: fc.integer({ min: -3, max: 12 }), unit: fc.constantFrom('%', '个百分点'), basis: fc.constantFrom(undefined, '同比', '比2015年') }), {
      nil: undefined,
    }),
    growthOnly: fc.boolean(),
    comparator: fc.constantFrom(undefined, '>=', '<=', '≈'),
  });
  const reportArb = fc.record({
    slug: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    year: fc.option(fc.integer({ min: 2020, max: 2023 }), { nil: undefined }),
    region: fc.constantFrom('保定', '保定', '成都'),
    figures: fc.array(figure, { maxLength: 8 }),
  });
  const toReport = (r: typeof reportArb extends fc.Arbitrary<infer T> ? T : never): SiteReport =>
    report(
      r.slug,
      r.year as number,
      r.figures.map((f, k) => {
        const label = f.flow ? '新增企业' : '企业';
        const base =
          f.change && f.growthOnly ? { value: f.change.value, unit: f.change.unit, change: f.change } : { value: f.value, unit: f.unit, ...(f.change ? { change: f.change } : {}) };
        const scale = f.scaled && !(f.change && f.growthOnly) ? { scale: f.value * (f.unit === '万亿元' ? 1e12 : f.unit === '亿元' ? 1e8 : 1) } : {};
        return fig({
          id: `s1-i${k}`,
          kind: f.kind,
          metric: f.metric,
          period: f.period,
          label,
          text: `${label}${base.value}${base.unit}`,
          match: `${base.value}${base.unit}`,
          comparator: f.comparator,
          ...base,
          ...scale,
        });
      }),
      { region: r.region, ...(r.year === undefined ? { year: undefined } : {}) },
    );

  test('on random sites (slugs unique, figures of every way of comparing)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(reportArb, { selector: (r) => r.slug, maxLength: 6 }), (drawn) => {
        const reports = drawn.map(toReport);
        expect(pairTargets(reports)).toEqual(pairTargetsByEveryActual(reports));
      }),
      { numRuns: 400 },
    );
  });

  test('one region of 300 reports: each target answered by the latest other report that has a comparable actual', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      report(`r${String(i).padStart(4, '0')}`, 2020 + (i % 3), [
        target({ id: 's1-i1', metric: 'gdp', period: 2021, growth: 8 }),
        ...[1, 2, 3, 4].map((k) => fig({ id: `s2-i${k}`, metric: 'gdp', period: 2021, value: 100 + k, unit: '家' })),
        fig({ id: 's2-i5', metric: 'gdp', period: 2021, value: 3725, unit: '亿元', change: { value: 7, unit: '%' } }),
      ]),
    );
    const pairs = pairTargets(many);
    expect(pairs).toHaveLength(300);
    expect(pairs).toEqual(pairTargetsByEveryActual(many));
    // The latest report (2022) of the smallest slug answers, or the next one for itself.
    expect(pairs[0]).toMatchObject({ target: { slug: 'r0000' }, actual: { slug: 'r0002', id: 's2-i5' } });
    expect(pairs.find((p) => p.target.slug === 'r0002')).toMatchObject({ actual: { slug: 'r0005' } });
  });
});
