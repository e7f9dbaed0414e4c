// Labels of figures (src/pipeline/indicators/labels.ts and rules.ts): what counts as a function word at
// a label's edge (the measure npm run eval prints), and the label rules on real phrasings.
import { describe, expect, test } from 'vitest';
import { edgeFunctionWord } from '../src/pipeline/indicators/labels.ts';

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
