// The shared words of the indicator rules (src/pipeline/data/indicator-words.json): each list is used by
// every rule that needs it, so a word added there works in all of them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import words from '../src/pipeline/data/indicator-words.json' with { type: 'json' };
import { extractFromParagraph } from '../src/pipeline/indicators.ts';
import { objectOfVerb } from '../src/pipeline/indicators/labels.ts';
import { isConfident } from '../src/lib/indicator-rows.ts';
import {
  allocationVerb,
  basisChangeAfter,
  countBeforeGrowth,
  estimateLead,
  estimateMarker,
  fallVerb,
  fromToLink,
  grantAfter,
  grantBefore,
  grantEarlier,
  grantModifier,
  growthVerb,
  ownPlaces,
  fineWord,
  frameClause,
  proposalLeadIn,
  sentenceYearOpener,
  measureBefore,
  penaltyBefore,
  priceChange,
  nounStops,
  provisionMarker,
  pairedWord,
  pairedWords,
  sentenceEstimateMarker,
  sentenceTargetMarker,
  speakerLead,
  speakerSubject,
  targetMarker,
  trailingFillers,
  leadingFillers,
} from '../src/pipeline/indicators/rules.ts';

const lists = Object.entries(words).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]));

/** The labels of the figures of a paragraph read as actuals. */
const actualLabels = (text: string): string[] => extractFromParagraph(text, { kind: 'actual' }).map((f) => f.label);

describe('the data file', () => {
  it.each(lists)('%s: Simplified Han words, each once (a level in brackets as the analysis copy writes it: 区(市)县)', (_, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list).size).toBe(list.length);
    for (const word of list) expect(word).toMatch(/^(?:\p{Script=Han}|\(\p{Script=Han}+\))+$/u);
  });

  it('a verb goes up or down, not both; the other verbs of a from-to are neither', () => {
    expect(words.from_to_verbs.filter((v) => words.rise_verbs.includes(v) || words.fall_verbs.includes(v))).toEqual([]);
    expect(words.rise_verbs.filter((v) => words.fall_verbs.includes(v))).toEqual([]);
    expect(words.change_nouns_rise.filter((v) => words.change_nouns_fall.includes(v))).toEqual([]);
  });
});

describe('speakers', () => {
  it.each(words.speakers)('%s: no metric as a subject, a target before 将 or 会, an estimate before 预计', (speaker) => {
    expect(speakerSubject.test(speaker)).toBe(true);
    expect(targetMarker.test(`${speaker}将`)).toBe(true);
    expect(sentenceTargetMarker.test(`${speaker}会`)).toBe(true);
    expect(estimateLead.test(`，${speaker}预计`)).toBe(true);
    expect(speakerLead.exec(`${speaker}建议注资`)?.[0]).toBe(`${speaker}建议`);
  });

  it('the 我 of 自我 speaks for nobody', () => {
    expect(sentenceTargetMarker.test('加强自我要求')).toBe(false);
    expect(speakerSubject.test('自我')).toBe(false);
  });
});

describe('unit price measures', () => {
  it.each(words.unit_price_measures)("a price or fee per %s is a rule's, in a document that may set rules", (measure) => {
    expect(provisionMarker.test(`价格调整为每${measure}100元`)).toBe(true);
    expect(provisionMarker.test(`价格调整为${measure}100元`)).toBe(false);
    // a cost the text reports, no price it sets (dev 393)
    expect(provisionMarker.test(`处理成本为每${measure}2.4元左右`)).toBe(false);
  });
  // a measure per unit that is no money: 评价 holds 价 and says no price (dev 313), so a plan's review of its air says no rule
  it('a concentration per cubic metre after 评价 is no price', () => {
    expect(provisionMarker.test('空气质量优良率由90%上升至95%，臭氧评价浓度由每立方米159微克降至141微克')).toBe(false);
    expect(
      extractFromParagraph('空气质量优良率由90%上升至95%，臭氧评价浓度由每立方米159微克降至141微克。', { kind: 'actual', year: 2024, rules: true }).map((f) => f.kind),
    ).toEqual(['actual', 'actual', 'actual']);
  });
});

describe('principle verbs', () => {
  it.each(words.principle_verbs)('必须%s states a principle, no rule; 必须 before another verb is one', (verb) => {
    expect(provisionMarker.test(`发展必须${verb}新发展理念`)).toBe(false);
    expect(provisionMarker.test('项目必须在3年内完成')).toBe(true);
  });

  it("in a plan's goals the figures after 必须坚持 are targets (dev 375)", () => {
    const found = extractFromParagraph('——经济发展取得新成效。发展必须坚持新发展理念，全社会研发经费投入年均增长7%以上，常住人口城镇化率提高到65%。', {
      kind: 'target',
      rules: true,
    } as never);
    expect(found.map((f) => f.kind)).toEqual(['target', 'target']);
  });
});

describe('modal adverbs and decision verbs', () => {
  it.each(words.modal_adverbs)('%s会 plans the sentence; %s会议 and 社会 do not', (adverb) => {
    expect(sentenceTargetMarker.test(`${adverb}会提供`)).toBe(true);
    expect(sentenceTargetMarker.test(`${adverb}将会提供`)).toBe(true);
    expect(sentenceTargetMarker.test(`${adverb}会议`)).toBe(false);
    expect(sentenceTargetMarker.test(`社会`)).toBe(false);
  });

  it.each(words.decision_verbs)('仍%s and 政府已%s plan the sentence; %s性 does not', (verb) => {
    expect(sentenceTargetMarker.test(`仍${verb}预留`)).toBe(true);
    expect(sentenceTargetMarker.test(`政府${verb}延续`)).toBe(true);
    expect(sentenceTargetMarker.test(`已${verb}性的`)).toBe(false);
  });
});

describe('forecast verbs', () => {
  it.each(words.forecast_verbs)('%s: an estimate, in a clause or opening a sentence', (verb) => {
    expect(estimateMarker.test(`全年${verb}增长7%`)).toBe(true);
    expect(estimateLead.test(`，${verb}全年`)).toBe(true);
    expect(sentenceEstimateMarker.test(`${verb}全市生产总值`)).toBe(true);
    expect(speakerLead.exec(`我${verb}收入`)?.[0]).toBe(`我${verb}`);
  });

  it('a forecast with a note that it holds below (初步预计（下同）, note_closers) makes every figure after it in the paragraph an estimate (dev 330)', () => {
    const kinds = (text: string): string[] => extractFromParagraph(text, { kind: 'actual' }).map((f) => `${f.label} ${f.kind}`);
    expect(kinds('初步预计（下同），全年地区生产总值860亿元，增长6.5%。完成固定资产投资320亿元。新增市场主体1.2万户。')).toEqual([
      '地区生产总值 estimate',
      '固定资产投资 estimate',
      '新增市场主体 estimate',
    ]);
    // without the note the forecast is its sentence's only
    expect(kinds('初步预计，全年地区生产总值860亿元，增长6.5%。完成固定资产投资320亿元。')).toEqual(['地区生产总值 estimate', '固定资产投资 actual']);
  });
});

describe('estimate nouns', () => {
  // 2017-2018年度政府收入的修訂預算為6,124億元 (dev 248): the revised estimate of the current year is an estimate, but
  // 比修訂預算增長6.2% (dev 56) measures against it
  it.each(words.estimate_nouns)('%s: an estimate when it is the figure, not as a basis', (noun) => {
    expect(estimateMarker.test(`政府收入的${noun}为`)).toBe(true);
    expect(estimateMarker.test(`比${noun}实质增长`)).toBe(false);
  });
  it('is read in a speech', () => {
    const kinds = extractFromParagraph('2017-2018年度政府收入的修訂預算為6,124億元，較原來預算高20.6%。', { kind: 'actual', year: 2018 }, 'zh-Hant').map((f) => f.kind);
    expect(kinds[0]).toBe('estimate');
  });
});

describe('grant nouns', () => {
  it.each(words.grant_nouns)('%s: the grant given before or after the figure', (noun) => {
    // the group that matched: after 的 the whole noun phrase (group 1), after 给予 the noun (group 2), a short phrase (group 3)
    const named = (words: string): string | undefined =>
      grantAfter
        .exec(words)
        ?.slice(1)
        .find((g) => g !== undefined);
    expect(named(`给予${noun}`)).toBe(noun);
    expect(named(`的配套${noun}`)).toBe(`配套${noun}`);
    expect(named(`安家${noun}`)).toBe(`安家${noun}`);
    expect(grantBefore.exec(`省级给予一次性${noun}`)?.[1]).toBe(`一次性${noun}`);
    expect(grantEarlier.exec(`给予${noun}，单个企业最高`)?.[1]).toBe(noun);
  });
});

describe('grant recipients', () => {
  it.each(words.grant_recipients)('%s between 给予 and the grant is who is given to, no part of the grant', (recipient) => {
    expect(grantModifier(`融资租赁${recipient}`)).toBe('');
    expect(grantModifier(`${recipient}一次性`)).toBe('一次性');
  });
  it('other words there name the grant', () => {
    expect(grantModifier('特殊人才')).toBe('特殊人才');
    expect(grantModifier('100%的资金')).toBe('资金');
    expect(grantModifier('最高')).toBe('');
  });
});

describe('change verbs', () => {
  it.each(words.rise_verbs)('%s goes up', (verb) => {
    expect(growthVerb.exec(`比上年${verb}`)?.[1]).toBe(verb);
    expect(fallVerb.test(`比上年${verb}`)).toBe(false);
    expect(basisChangeAfter.test(verb)).toBe(true);
    expect(countBeforeGrowth.test(`个重点产业增加值${verb}`)).toBe(true);
  });

  // 由上年的…回落到…: every verb of a change leads a from-to to its level, as the other verbs of a from-to do (rules.ts fromToVerbs)
  it.each([...words.rise_verbs, ...words.fall_verbs, ...words.from_to_verbs])('%s leads from a baseline to its level', (verb) => {
    expect(fromToLink.test(`${verb}到`)).toBe(true);
  });

  it.each(words.fall_verbs)('%s goes down', (verb) => {
    expect(growthVerb.exec(`比上年${verb}`)?.[1]).toBe(verb);
    expect(fallVerb.exec(`比上年${verb}`)?.[1]).toBe(verb);
    expect(basisChangeAfter.test(verb)).toBe(true);
    expect(countBeforeGrowth.test(`个重点产业增加值${verb}`)).toBe(true);
  });

  it('a run of growths after a change noun and 分别 (增速分别为8.9%和12.1%) are the changes of the run of levels before it, in order (dev 330)', () => {
    const found = extractFromParagraph('总部经济和专门专业服务业分别实现增加值1390亿元和392亿元，增速分别为8.9%和12.1%。', { kind: 'actual' });
    expect(found.map((f) => [f.label, f.value, f.change?.value])).toEqual([
      ['总部经济', 1390, 8.9],
      ['专门专业服务业', 392, 12.1],
    ]);
  });

  it('a fall noun before 分别 (降幅分别为3%和5%) makes the run falls, as growthVerb reads the 分别 (review19)', () => {
    const found = extractFromParagraph('规上工业增加值和固定资产投资分别实现1390亿元和392亿元，降幅分别为3%和5%。', { kind: 'actual' });
    expect(found.map((f) => [f.label, f.value, f.change?.value])).toEqual([
      ['规上工业增加值', 1390, -3],
      ['固定资产投资', 392, -5],
    ]);
  });

  it('a slight fall or rise after a level (微跌0.7%, 略涨1.2%) is its change, no figure of its own (dev 312)', () => {
    const found = extractFromParagraph('港口集装箱吞吐量1306.92万标箱，微跌0.7%，货物吞吐量5.2亿吨，略涨1.2%。', { kind: 'actual' });
    expect(found.map((f) => [f.label, f.value, f.change?.value])).toEqual([
      ['港口集装箱吞吐量', 1306.92, -0.7],
      ['货物吞吐量', 5.2, 1.2],
    ]);
  });

  it.each([...words.change_nouns_rise, ...words.change_nouns_fall])('%s is a change noun, with or without 为', (noun) => {
    expect(growthVerb.exec(`${noun}分别为`)?.[1]).toBe(noun);
    expect(growthVerb.exec(`${noun}为`)?.[1]).toBe(noun);
    expect(fallVerb.test(noun)).toBe(words.change_nouns_fall.includes(noun));
  });
});

describe('price nouns', () => {
  it.each(words.price_nouns)('a change noun after %s names the metric', (noun) => {
    for (const change of [...words.change_nouns_rise, ...words.change_nouns_fall]) expect(priceChange.test(`居民消费${noun}${change}`)).toBe(true);
    expect(priceChange.test(`${noun}指数`)).toBe(false);
  });
  it('not after a quantity that is no price', () => expect(priceChange.test('规上工业增加值增速')).toBe(false));
});

describe('fines, penalty terms and measure nouns of a regulation', () => {
  it.each(words.fine_words)('%s: labels the amount before it', (word) => expect(fineWord.exec(`${word}，并`)?.[0]).toBe(word));

  it.each(words.penalty_terms)('%s: labels the length before it (一年以下…) and after it (…五年以上)', (term) => {
    expect(fineWord.exec(`${term}、拘役`)?.[0]).toBe(term);
    expect(penaltyBefore.exec(`曾经判处${term}`)?.[1]).toBe(term);
  });

  it.each(words.measure_nouns)('%s: names what a rule limits right before its bound, not as the base of a share', (noun) => {
    expect(measureBefore.exec(`采用${noun}不`)?.[1]).toBe(noun);
    expect(measureBefore.exec(`采用${noun}`)?.[1]).toBe(noun);
    expect(measureBefore.test(`不得低于该${noun}`)).toBe(false);
  });
});
describe('paired words', () => {
  const entries = Object.entries(words.paired_words);
  it.each(entries)('%s names two items of Han characters', (word, items) => {
    expect(items).toHaveLength(2);
    for (const item of [word, ...items]) expect(item).toMatch(/^\p{Script=Han}+$/u);
    expect(pairedWords.get(word)).toEqual(items);
  });

  it('is found in a subject', () => {
    expect([...'城乡居民人均可支配收入'.matchAll(pairedWord)].map((m) => m[0])).toEqual(['城乡']);
  });
});

describe('predicate adverbs', () => {
  it.each(words.predicate_adverbs)('%s ends the words before a figure and the noun after a count', (adverb) => {
    expect(trailingFillers.exec(`边民补助标准${adverb}`)?.[0]).toBe(adverb);
    expect(nounStops.exec(`重点事项${adverb}上线运行`)?.index).toBe(4);
  });

  it('an adverb of manner between a counted noun and its verb ends the noun (dev 141, 193, 204)', () => {
    expect(actualLabels('五年来，百余项国家级改革试点任务先行探索。')).toEqual(['国家级改革试点任务']);
    expect(actualLabels('五年来，62家驻津大院大所聚力赋能。')).toEqual(['驻津大院大所']);
    expect(actualLabels('64个反走私综合执法站实战化运行。')).toEqual(['反走私综合执法站']);
    expect(actualLabels('与80余家院校和机构深度合作。')).toEqual(['院校和机构']);
    expect(actualLabels('12条入海河流稳定消劣，近岸海域生态环境持续改善。')).toEqual(['入海河流']);
    expect(actualLabels('6.5万个智能预案全市配置。')).toEqual(['智能预案']);
  });

  it('how the counted things act (自动, 精准), what they cannot do (无法, 未能) and how often (每天) open the predicate: the noun ends before them (dev 329, 353, 354)', () => {
    expect(actualLabels('如今的智慧港口，每天近80万个集装箱自动装卸，100多台无人车精准导航，运转效率不断刷新世界纪录。')).toEqual(['集装箱', '无人车']);
    expect(actualLabels('加沙地带卫生部门16日发布的消息显示，加沙地带至少有35万名慢性病患者无法接受药物治疗。')).toEqual(['慢性病患者']);
    expect(actualLabels('全市仍有12个行政村未能通硬化路。')).toEqual(['行政村']);
    expect(actualLabels('4万多名审批人员每天在同一个系统开展审批服务工作。')).toEqual(['审批人员']);
    // one that opens the words after the count is part of the noun (精准扶贫项目, 自动驾驶汽车)
    expect(actualLabels('实施12个精准扶贫项目。')).toEqual(['精准扶贫项目']);
    expect(actualLabels('50辆自动驾驶汽车正式上路。')).toEqual(['自动驾驶汽车']);
    // nor one inside a noun after its qualifier: 自动化 is no adverb, and a station that monitors automatically is a noun (adverb_nouns)
    expect(actualLabels('建成30条汽车自动化生产线。')).toEqual(['汽车自动化生产线']);
    expect(actualLabels('全市建成8个空气质量自动监测站，实现区县全覆盖。')).toEqual(['空气质量自动监测站']);
    expect(actualLabels('新建5个村级精准扶贫车间。')).toEqual(['村级精准扶贫车间']);
    expect(actualLabels('建设3个产业精准帮扶基地。')).toEqual(['产业精准帮扶基地']);
  });

  it('历史性 (for the first time in history) before a verb ends the words before the figure (dev 494)', () => {
    expect(actualLabels('固定资产投资累计达4.5万亿元，并于2024年历史性突破1万亿元。')).toEqual(['固定资产投资', '固定资产投资']);
  });

  it('an adverb that opens the words after a count has no noun before it to end: the noun ends at the next stop (稳定就业政策, 快速审批通道)', () => {
    expect(actualLabels('12项稳定就业政策全面落实。')).toEqual(['稳定就业政策']);
    expect(actualLabels('3条快速审批通道全面开通。')).toEqual(['快速审批通道']);
    // a stop right after the opening adverb leaves no noun: the words stay as they were
    expect(actualLabels('10个口岸正式启用。')).toEqual(['口岸']);
  });

  it.each(words.adverb_nouns)('%s is a noun: the adverb it opens with does not end a counted noun', (noun) => {
    expect(nounStops.exec(`美丽城市${noun}`)).toBeNull();
  });
});

describe('action verbs', () => {
  it.each(words.action_verbs)('%s says how a figure came about: the label is its object', (verb) => {
    expect(objectOfVerb({ a: `${verb}重点实验室`, o: `${verb}重点实验室` }).a).toBe('重点实验室');
  });

  it.each(words.allocation_verbs)('%s allocates money: the label is its object, and money it gives with no noun is the funds', (verb) => {
    expect(objectOfVerb({ a: `${verb}重点实验室`, o: `${verb}重点实验室` }).a).toBe('重点实验室');
    expect(allocationVerb.test(`国家财政${verb}`)).toBe(true);
  });

  it('the object of 制定 or 释放 is what is counted or given (dev 204, 244)', () => {
    expect(actualLabels('协助市人大开展立法调研，制定地方性法规6部。')).toEqual(['地方性法规']);
    expect(actualLabels('兑现援企政策，释放失业保险稳岗惠企政策红利39.9亿元。')).toEqual(['失业保险稳岗惠企政策红利']);
  });

  it('lines optimised and adjusted are counted by their noun, without 优化调整 (dev 192)', () => {
    expect(actualLabels('优化调整公交线路328条，公共交通出行更便捷。')).toEqual(['公交线路']);
  });

  it('funds raised or passed down are named by their noun, without 筹措 or 下达 (dev 239)', () => {
    expect(actualLabels('筹措耕地地力保护补贴资金5.4亿元，提高种粮农民生产积极性。')).toEqual(['耕地地力保护补贴资金']);
    expect(actualLabels('下达高标准农田建设资金2.6亿元，推动健全管护长效机制。')).toEqual(['高标准农田建设资金']);
  });

  it('筹集 and 筹措 raise funds alike: named by the noun after them, else the funds of who raised them', () => {
    expect(actualLabels('县财政筹措5亿元，支持乡村振兴。')).toEqual(['县财政筹措资金']);
    expect(actualLabels('市财政筹集5亿元，支持乡村振兴。')).toEqual(['市财政筹集资金']);
    expect(actualLabels('筹集养老保险资金5亿元，确保按时足额发放。')).toEqual(['养老保险资金']);
  });
});

// What was counted and did something (rules.ts countedAction): an actor noun, maybe qualified, and its action; a narrower list than bare_nouns
describe('counted actors', () => {
  it.each(words.counted_actors)('引导100个规上%s实施技术改造 → 实施技术改造的规上%s', (noun) => {
    expect(actualLabels(`引导100个规上${noun}实施技术改造。`)).toEqual([`实施技术改造的规上${noun}`]);
  });
});

describe('counted noun verbs', () => {
  it.each(words.counted_noun_verbs)('%s ends the noun after a count: it says what the counted things do or undergo', (verb) => {
    expect(nounStops.exec(`优质企业${verb}供需配套`)?.index).toBe(4);
  });

  it('the count counts the noun, not the noun and its predicate (dev 60, 193)', () => {
    expect(actualLabels('五年来，千余家优质企业融入“六链五群”供需配套。')).toEqual(['优质企业']);
    expect(actualLabels('面对疫情，143名白衣天使驰援湖北。')).toEqual(['白衣天使']);
  });

  it('what counted projects and shops become (建成投产, 竣工, 开业运营) is no part of the noun (dev 331, 332)', () => {
    expect(actualLabels('捷顺科技中心等4个重点产业项目建成投产，12个民生项目竣工验收，海岸城等5家商业综合体开业运营。')).toEqual(['重点产业项目', '民生项目', '商业综合体']);
  });

  it('what counted households get (拿到, 领到) and projects undergo (整改) is no part of the noun (dev 368)', () => {
    expect(actualLabels('3个烂尾楼项目整改销号，8771户业主拿到住房钥匙，1070户居民领到不动产权证书。')).toEqual(['烂尾楼项目', '业主', '居民']);
  });

  it('a bare noun counted before such a verb is what the count counts, as one before a verb of selection (丰东股份等4家企业成功上市, dev 365)', () => {
    expect(actualLabels('甲公司、乙公司等4家企业成功上市。')).toEqual(['企业']);
    expect(actualLabels('全年5个项目建成投产。')).toEqual(['项目']);
  });

  it('what counted villages undergo (扶持) is no part of the noun (dev 193)', () => {
    expect(actualLabels('完成800个经济薄弱村扶持和100个乡村振兴示范村创建。')).toEqual(['经济薄弱村', '乡村振兴示范村']);
  });
});

describe('selection verbs', () => {
  it.each(words.selection_verbs)('%s ends the noun after a count, and a bare noun before it is what was selected', (verb) => {
    expect(nounStops.exec(`可信数据空间${verb}国家试点`)?.index).toBe(6);
    expect(extractFromParagraph(`3个平台${verb}国家名单。`, { kind: 'actual' }).map((f) => f.label)).toEqual(['平台']);
  });
});

describe('change verbs at the end of the words before a figure', () => {
  it.each(words.fall_verbs)('%s is no part of the label', (verb) => expect(trailingFillers.exec(`沙化土地面积${verb}`)?.[0]).toBe(verb));
  it('增长 is, as it also makes nouns (实质趋势增长)', () => expect(trailingFillers.exec('实质趋势增长')?.[0]).not.toBe('增长'));
});

describe('a modal 可 before the verb that leads to the figure', () => {
  // 經濟增長可達3%至4%, 本地生產總值增長應可達2%至3% (dev 248, 144): 可 is no part of the label; 许可 and 认可 are nouns
  it('is no part of the label', () => expect(trailingFillers.exec('经济增长可')?.[0]).toBe('可'));
  it.each(['取水许可', '国际认可'])('%s keeps it', (label) => expect(trailingFillers.exec(label)).toBeNull());
  it('leaves the growth noun', () => {
    const labels = (text: string) => extractFromParagraph(text, { kind: 'actual', year: 2018 }, 'zh-Hant').map((f) => f.label);
    expect(labels('我預測今年香港的經濟增長可達3%至4%。')).toEqual(['經濟增長']);
    expect(labels('本地生產總值增長應可達2%至3%。')).toEqual(['本地生產總值增長']);
  });
});

// 13亿多人口的大国 (dev 125), 4.5 億人口的廣大市場 (dev 121), 大灣區6 800萬人口 (dev 248): the multiplier counts the noun after it
describe('counted nouns', () => {
  it.each(words.counted_nouns)('13亿多%s: a unit does not start it, the figure is in 亿', (noun) => {
    expect(extractFromParagraph(`城镇新增就业6600万人以上，13亿多${noun}的大国实现了比较充分就业。`, { kind: 'actual' }).map((f) => [f.value, f.unit])).toEqual([
      [6600, '万人'],
      [13, '亿'],
    ]);
  });

  it('in both scripts, spaced too (dev 121, 248)', () => {
    const units = (text: string) => extractFromParagraph(text, { kind: 'actual' }, 'zh-Hant').map((f) => [f.value, f.unit]);
    expect(units('推廣至華南和華中 200 萬平方公里和 4.5 億人口的廣大市場。')).toEqual([
      [200, '萬平方公里'],
      [4.5, '億'],
    ]);
    expect(units('大灣區6 800萬人口，生產總值達14,000億美元。')).toEqual([
      [6800, '萬'],
      [14000, '億美元'],
    ]);
  });

  // 人民币 after a multiplier is the currency the amount is in (a unit that starts with a counted noun), not 人民 counted, nor 人
  it('120亿人民币 is an amount in renminbi, labelled by what it is', () => {
    const found = (text: string, script?: 'zh-Hant') => extractFromParagraph(text, { kind: 'actual' }, script).map((f) => [f.label, f.value, f.unit]);
    expect(found('全年实际使用外资120亿人民币。')).toEqual([['实际使用外资', 120, '亿人民币']]);
    expect(found('全年實際使用外資120億人民幣。', 'zh-Hant')).toEqual([['實際使用外資', 120, '億人民幣']]);
  });
});

describe('milestone nouns', () => {
  it.each(words.milestone_nouns)('粮食产量迈上1.4万亿斤%s: the mark names nothing, the label is before the number', (noun) => {
    const found = extractFromParagraph(`国家安全能力有效提升，粮食产量迈上1.4万亿斤${noun}，社会大局保持稳定。`, { kind: 'actual' });
    expect(found.map((f) => f.label)).toEqual(['粮食产量']);
  });

  it('a big or new mark too (大台阶, 新台阶), while a counted noun after a number stays its label', () => {
    expect(extractFromParagraph('粮食产量迈上1.4万亿斤大台阶。', { kind: 'actual' })[0]?.label).toBe('粮食产量');
    expect(extractFromParagraph('地区生产总值跨上5000亿元新台阶。', { kind: 'actual' })[0]?.label).toBe('地区生产总值');
    expect(extractFromParagraph('新建台阶式步道12公里。', { kind: 'target' })[0]?.label).not.toBe('');
  });

  it('a unit does not start a mark (1200亿台阶 is 1200亿 before 台阶, not 1200亿台 of machines; dev 307)', () => {
    const found = extractFromParagraph('庆阳经济总量迈上1200亿台阶，新增数控机床1200台。', { kind: 'actual' });
    expect(found.map((f) => [f.label, f.value, f.unit])).toEqual([
      ['庆阳经济总量', 1200, '亿'],
      ['新增数控机床', 1200, '台'],
    ]);
  });

  it('a mark after 的 too (人均将迈上1万美元的台阶, dev 355): the label is before the number, 人均 after 、 the item before it per head', () => {
    const found = extractFromParagraph('我国国内生产总值预计将接近100万亿元人民币、人均将迈上1万美元的台阶。', { kind: 'actual' });
    expect(found.map((f) => [f.match, f.label])).toEqual([
      ['接近100万亿元人民币', '国内生产总值'],
      ['1万美元', '人均国内生产总值'],
    ]);
    expect(extractFromParagraph('地区生产总值迈上5000亿元的新台阶。', { kind: 'actual' })[0]?.label).toBe('地区生产总值');
  });

  it('the ranks a level joins (跻身500亿元行列, dev 307) are a mark too', () => {
    expect(extractFromParagraph('酒泉经济总量达到1042亿元，临夏州经济总量跻身500亿元行列。', { kind: 'actual' }).map((f) => f.label)).toEqual(['酒泉经济总量', '临夏州经济总量']);
  });
});

describe('own places', () => {
  it.each(ownPlaces)("%s at a label's start is the scope of the figure, no part of it", (own) => {
    expect(extractFromParagraph(`${own}建交国达到180个。`, { kind: 'actual' }).map((f) => f.label)).toEqual(['建交国']);
  });

  it('我国 of a national text too (我国建交国达到180个, dev 355)', () => {
    expect(extractFromParagraph('世界上又有一些国家同我国建交，我国建交国达到180个。', { kind: 'actual' }).map((f) => f.label)).toEqual(['建交国']);
  });
});

describe('basis words', () => {
  // what a change is measured against or how (同比, 同口径, 比上一年): no subject of the growth, the change of the level before it
  it.each(words.basis_words)('%s after a level: the growth is its change, and no label keeps the word', (basis) => {
    const found = extractFromParagraph(`全区税收收入98.5亿元，${basis}增长7.2%。税收收入${basis}增长6%左右。`, { kind: 'actual' });
    expect(found.map((f) => [f.label, f.value, f.change?.value])).toEqual([
      ['税收收入', 98.5, 7.2],
      ['税收收入', 6, 6],
    ]);
  });

  it('a year-end level against the year before’s end (比上年末): the growth is its change, as after 比上年 (dev 291, 290)', () => {
    const found = extractFromParagraph('常住人口城镇化率58.02%，比上年末提高0.76个百分点。', { kind: 'actual' });
    expect(found.map((f) => [f.label, f.value, f.change?.value, f.change?.unit, f.change?.basis])).toEqual([['常住人口城镇化率', 58.02, 0.76, '个百分点', '比上年末']]);
    const deposits = extractFromParagraph('年末金融机构本外币各项存款余额4592.58亿元，比上年末增长10.5%。', { kind: 'actual' });
    expect(deposits.map((f) => [f.label, f.value, f.change?.value, f.change?.basis])).toEqual([['金融机构本外币各项存款余额', 4592.58, 10.5, '比上年末']]);
  });

  it('a share and its rise over the year before are one figure (比上一年提高1.3个百分点, dev 332), as with 比上年', () => {
    const found = extractFromParagraph('现代服务业增加值占服务业比重67.1%、比上一年提高1.3个百分点。', { kind: 'actual' });
    expect(found.map((f) => [f.label, f.value, f.change?.value, f.change?.unit])).toEqual([['现代服务业增加值占服务业比重', 67.1, 1.3, '个百分点']]);
  });
});

describe('predicate verbs', () => {
  // the verbs that open the predicate after the noun a quantity stands before (predicate_verbs, and of purpose, funding and allocation with their object)
  it.each(words.predicate_verbs)('%s ends the noun after a count: it opens what the counted things do or undergo', (verb) => {
    expect(actualLabels(`全市共有100个服务站点${verb}。`)).toEqual(['服务站点']);
  });

  it('money before its noun is the funds, not the funds and what they support (dev 124, 179, 651)', () => {
    // a bare noun before the predicate is what the amount is, as one before a verb of selection (资金 alone after 安排 names nothing)
    expect(actualLabels('每年安排300万元资金支持报关企业做大做强。')).toEqual(['资金']);
    expect(actualLabels('每年安排300万元资金。')).toEqual([]);
    expect(actualLabels('中央安排30亿元国债资金支持中西部乡镇卫生院建设，改善农村医疗卫生条件。')).toEqual(['国债资金']);
    expect(actualLabels('安排3000亿元超长期特别国债资金支持消费品以旧换新。')).toEqual(['超长期特别国债资金']);
  });

  it('what counted things undergo or where they come from is no part of the noun (dev 353, 354, 366, 388, 752)', () => {
    expect(actualLabels('能登地区强震已造成当地超过21000栋房屋受损。')).toEqual(['房屋']);
    expect(actualLabels('这是今天中国的工业互联网，近1亿台设备连接在云端。')).toEqual(['设备']);
    expect(actualLabels('2023年，15个罕见病药品品种通过优先审评审批程序加快上市。')).toEqual(['罕见病药品品种']);
    expect(actualLabels('加强保障性住房建设，为10365户低收入家庭发放住房租赁补贴1265万元。')).toEqual(['低收入家庭', '住房租赁补贴']);
    expect(actualLabels('下周央行公开市场将有14018亿元逆回购到期。')).toEqual(['逆回购']);
    expect(actualLabels('119個參展單位來自粵港澳大灣區的8個內地城市。')[0]).toBe('參展單位');
  });

  it.each(words.state_verbs)('%s ends the noun as its last word: the state the counted things come to', (verb) => {
    expect(actualLabels(`全市共有100个服务站点${verb}。`)).toEqual(['服务站点']);
  });

  it('a verb of a state before a noun qualifies it: the noun goes on (dev 321)', () => {
    expect(actualLabels('一是安排本级一般公共预算财力2.91亿元偿还部分到期本息。')).toEqual(['偿还部分到期本息']);
    expect(actualLabels('全年修复100处城区受损道路。')).toEqual(['城区受损道路']);
  });

  it.each([...words.predicate_verbs, ...words.state_verbs])('%s with a measure word after it is the measure’s name, no predicate (通过率, 安装量)', (verb) => {
    // measure_suffixes: 企业通过率 is the firms’ pass rate, a metric of theirs (Intl.Segmenter cuts 通过|率)
    expect(actualLabels(`全市200家企业${verb}率达到95%。`).at(-1)).toBe(`企业${verb}率`);
  });

  it('a verb of purpose ends the noun only with its object after it: at the noun’s end it names the grant (特惠資助, dev 183)', () => {
    expect(actualLabels('這計劃涉及114億元的特惠資助，現時已經淘汰22 000輛。')[0]).toBe('特惠資助');
  });
});

describe('README', () => {
  // `counted_noun_verbs`: 开工, 落户 …: a word README gives as one of a list's must be in that list (纳入 moved to selection_verbs, README kept it)
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const lists = Object.entries(words).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]));
  it.each(lists)('the words README lists as %s are in it', (name, list) => {
    for (const m of readme.matchAll(new RegExp(String.raw`\`${name}\`(?: in \`[^\`]+\`)?: ([^;)\`]+)`, 'g'))) {
      const listed = m[1]!.split(/,\s*/).flatMap((t) => t.match(/^(?:and of manner or scope )?(\p{Script=Han}+)(?: …)?\s*$/u)?.[1] ?? []);
      expect(listed.filter((w) => !list.includes(w))).toEqual([]);
    }
  });
});

describe('bare nouns', () => {
  // 企业 2家, 项目 11个: a noun alone names no metric, so the figure is no key figure
  it.each(words.bare_nouns)('%s alone names no metric: never a key figure', (noun) => {
    expect(isConfident({ kind: 'actual', label: noun, unit: '个' })).toBe(false);
    expect(isConfident({ kind: 'actual', label: `高新技术${noun}数量`, unit: '个' })).toBe(true);
  });
});

describe('fiscal terms', () => {
  // 本年收入1,464.80万元, 年末结转和结余35.84万元 (dev 361), 收入总计297.1亿元 (dev 279), 因公出国（境）费 (dev 361): a filler is not cut from inside one
  it.each(words.fiscal_terms)('%s names the figure after it whole', (term) => {
    expect(actualLabels(`${term}10.5万元。`)).toEqual([term]);
  });
});

describe('frame nouns', () => {
  // 13个区(市)县, 17个市级部门, 在监测的337个地级及以上城市中 (dev 420): a count of the frame is no figure
  it.each([...words.frame_nouns, ...words.frame_words])('23个%s is a count of the frame, no figure', (noun) => {
    expect(actualLabels(`全市共有23个${noun}，新建创新平台12个。`)).toEqual(['创新平台']);
  });
  it.each(words.frame_words)('%s only as a word of its own or before 的: 10余个国家的… passes its noun on, 23个国家级企业 is a figure', (word) => {
    expect(actualLabels(`引进10余个${word}的创新创业项目500余个。`)).toEqual(['创新创业项目']);
    expect(actualLabels(`全市共有23个${word}级企业。`)).toEqual([`${word}级企业`]);
  });
});

describe('manner adverbs', () => {
  // 依法处置“僵尸企业”22家, 按时足额偿还到期政府债务本息174.1亿元 (dev 367, 368): how a thing was done is no part of what is counted
  it.each(words.manner_adverbs)('%s at a label start goes', (adverb) => {
    expect(actualLabels(`${adverb}处置闲置土地22宗。`)).toEqual(['处置闲置土地']);
  });
  it('several in a row go, and a word that only starts like one stays', () => {
    expect(actualLabels('按时足额偿还到期政府债务本息174.1亿元。')).toEqual(['偿还到期政府债务本息']);
    // and the action verb after them (清理: action_verbs) leaves its object, what was counted
    expect(actualLabels('依法依规清理僵尸企业22家。')).toEqual(['僵尸企业']);
    expect(actualLabels('及时率达到95%。')).toEqual(['及时率']);
  });
});

describe('record words', () => {
  it.each(words.record_words)('粮食产量%s: a record said of the subject ends no part of its name (trailingFillers)', (record) => {
    expect(trailingFillers.exec(`粮食产量${record}`)?.[0]).toBe(record);
  });
  it('创新高地 is a noun, no record', () => expect(trailingFillers.exec('科技创新高地')?.[0]).toBeUndefined());
});

describe('inclusion verbs', () => {
  it.each(words.inclusion_verbs)('税收政策%s出口货物劳务税收政策等19项: the count is the whole’s', (verb) => {
    expect(actualLabels(`其中，稳外贸相关税收政策${verb}出口货物劳务税收政策、外贸新业态税收政策等19项。`)).toEqual(['稳外贸相关税收政策']);
  });
  it.each(words.inclusion_verbs)('%s進行中工程的承擔額: at a label’s start the verb goes, what it includes is the label (leadingFillers’ own example)', (verb) => {
    const analysed = `${verb}进行中工程的承担额`;
    expect(leadingFillers.map((re) => re.exec(analysed)?.[0]).find((m) => m)).toBe(verb);
  });
});

describe('level_verbs and held_verbs', () => {
  it('hold no word in common: a level reached is of a span’s last year, a level held of all of it (one piece of knowledge in one place)', () => {
    expect(words.level_verbs.filter((w) => words.held_verbs.includes(w))).toEqual([]);
  });
});

describe('connectives and year_words', () => {
  it.each([...words.causal_connectives, ...words.additive_connectives])('%s alone frames its sentence (frameClause) and opens no label', (word) => {
    expect(frameClause.test(word)).toBe(true);
    expect(actualLabels(`${word}地区生产总值达到1000亿元。`)).toEqual(['地区生产总值']);
  });
  it.each([...words.ordinal_connectives, ...words.additive_connectives])('%s，我们估计，… opens a sentence of estimates', (word) => {
    expect(sentenceEstimateMarker.test(`${word}，我们估计，`)).toBe(true);
  });
  it.each(words.causal_connectives)('%s，我们预计… is a forecast’s lead (estimateLead), not a sentence of estimates after a comma', (word) => {
    expect([estimateLead.test(`${word}，我们预计全年增长5%`), sentenceEstimateMarker.test(`${word}，我们估计，`)]).toEqual([true, false]);
  });
  it.each([
    ['dev 117', '过去一年，面对严峻复杂形势和多重挑战叠加的考验'],
    ['dev 117', '这一年，我们用心用力为企业解决了一批难事、办成了一批实事'],
    ['dev 117', '一年来，我们持续加强政府自身建设'],
  ])('a year back said in words frames its sentence as 去年 does (%s: %s)', (_, sentence) => {
    const opener = sentence.slice(0, sentence.indexOf('，'));
    expect([words.year_words.includes(opener), frameClause.test(opener), sentenceYearOpener.test(sentence)]).toEqual([true, true, true]);
  });
  it.each(words.year_words)('%s alone frames its sentence; before a comma it opens a sentence of that year', (word) => {
    expect([frameClause.test(word), sentenceYearOpener.test(`${word}，粮食产量再创新高`)]).toEqual([true, true]);
  });
});

describe('proposing_documents', () => {
  it.each(['施政报告', '财政预算案', ...words.proposing_documents])('%s提出了不少措施，包括： proposes (with data/organs.json addresses and budgets)', (name) => {
    expect(proposalLeadIn(`${name}提出了不少这方面的措施，包括：`)).toBe(true);
  });
});
