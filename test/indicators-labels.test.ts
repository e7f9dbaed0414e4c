// Labels of figures (src/pipeline/indicators/labels.ts and rules.ts): what counts as a function word at
// a label's edge (the measure npm run eval prints), and the label rules on real phrasings.
import { describe, expect, test } from 'vitest';
import { edgeFunctionWord } from '../src/pipeline/indicators/labels.ts';
import { extractIndicators } from '../src/pipeline/indicators.ts';
import { normalizeText } from '../src/pipeline/normalize.ts';
import { parseOutline } from '../src/pipeline/parse.ts';
import { assignAnchors } from '../src/pipeline/anchors.ts';

describe('function word at a label edge', () => {
  test.each([
    ['到人均体育场地面积', '到'],
    ['地区生产总值由', '由'],
    ['、基本医疗保险参保人数', '、'],
    ['新能源汽车、集成电路、', '、'],
    ['以', '以'],
    ['投资计划的', '的'],
    ['地区生产总值', undefined],
    ['对外贸易额', undefined],
    ['在校生', undefined],
    ['单位国内生产总值能耗', undefined],
  ] as const)('%s → %s', (label, word) => expect(edgeFunctionWord(label)).toBe(word));
});

describe('kind from the section title and the clause', () => {
  const outlineOf = (text: string) => assignAnchors(parseOutline(normalizeText(text).paragraphs));
  test('a title naming the document year or 今年 plans, an earlier year reviews (full-width digits too)', () => {
    const text = '一、２００８年工作回顾\n国内生产总值超过３０万亿元。\n二、２００９年工作总体部署\n城镇新增就业９００万人以上。\n三、对今年政府工作的建议\n新增贷款５万亿元以上。目前财政性教育经费已经超过2万亿元。\n';
    const found = extractIndicators(outlineOf(text), { kind: 'work-report', year: 2009 });
    expect(found.map((f) => [f.match, f.kind, f.period ?? ''])).toEqual([
      ['超过３０万亿元', 'actual', 2008],
      ['９００万人以上', 'target', 2009],
      ['５万亿元以上', 'target', ''],
      ['超过2万亿元', 'actual', ''],
    ]);
  });
});
