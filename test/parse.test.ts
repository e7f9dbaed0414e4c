// Heading rules, one row per printed form (GB/T 9704 levels and their variants, law style), and the
// steps of parseOutline (outlineRules), each on a case it decides: without the step the outline differs.
import { describe, expect, test } from 'vitest';
import { mastheads, matchHeading, outlineRules, parseOutline } from '../src/pipeline/parse.ts';
import { assignAnchors } from '../src/pipeline/anchors.ts';

describe('matchHeading', () => {
  test.each([
    ['三、推进协同创新，集聚创新资源', 'l1', 3, '推进协同创新，集聚创新资源', ''],
    ['（二）平台建设。成功召开大会。', 'l2', 2, '平台建设', '成功召开大会。'],
    ['(二)平台建设', 'l2', 2, '平台建设', ''],
    ['(一 ) 除了委聘顾问', 'l2', 1, '除了委聘顾问', ''],
    ['12.推进厅市协同创新。积极对接', 'l3', 12, '推进厅市协同创新', '积极对接'],
    ['1、加强领导', 'l3', 1, '加强领导', ''],
    ['1．落实措施', 'l3', 1, '落实措施', ''],
    ['24﹒促进区域协同发展。鼓励各地', 'l3', 24, '促进区域协同发展', '鼓励各地'],
    ['１２．全角数字', 'l3', 12, '全角数字', ''],
    // an item whose text opens with a figure (dev 691): after 、 a digit is the item's, no decimal
    ['１、6,001人／平方公里以上，每校補助150千元。', 'l3', 1, '6,001人／平方公里以上，每校補助150千元', ''],
    ['2、3,001至6,000人/平方公里，每校补助200千元。', 'l3', 2, '3,001至6,000人/平方公里，每校补助200千元', ''],
    ['（3）不包括本地速递服务', 'l4', 3, '不包括本地速递服务', ''],
    ['③第三项', 'l5', 3, '第三项', ''],
    ['第七章 附 则', 'chapter', 7, '附 则', ''],
    ['第十二条 市人民政府对…', 'article', 12, '', '市人民政府对…'],
    ['第 23 條', 'article', 23, '', ''],
    ['第二编 总则', 'part', 2, '总则', ''],
    ['第一节 一般规定', 'division', 1, '一般规定', ''],
    ['附录2：竞价指引', 'appendix', 2, '竞价指引', ''],
  ])('%s → %s %i', (text, kind, ordinal, title, rest) => {
    expect(matchHeading(text)).toMatchObject({ kind, ordinal, title, rest });
  });

  test.each([
    ['第五条规定的共享服务', 'a cross-reference, no space after 条'],
    ['2021年全市科技创新工作要点', 'a year'],
    ['3.2%至3.6%的低位徘徊', 'a decimal figure'],
    ['0.3%。由此可见', 'a decimal at a wrapped line start'],
    ['1、2%的降幅', 'a range printed as the list of its ends'],
    ['3、4、5月份', 'a list of numbers'],
    ['一、', 'a number with no title'],
  ])('%s is not a heading (%s)', (text) => {
    expect(matchHeading(text)).toBeNull();
  });
});

const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('parseOutline', () => {
  test('a long ；-ended numbered line inside a section is a list item, not a section', () => {
    const doc = parseOutline(lines(['一、总体要求', '（一）主要目标', '1.研发投入强度达到2.5%以上，高新技术企业数量达到1000家，技术合同成交额达到100亿元；']));
    expect(doc.nodes.map((n) => n.number)).toEqual(['一、', '（一）']);
  });

  test('a ；-ended numbered line that names its point before a colon is a section, not a list item (dev 248)', () => {
    const doc = parseOutline(
      lines([
        '我在編製今年的預算案時，首先確保提供足夠資源落實施政報告的各項政策措施，並採取了以下7個策略：',
        '(一) 積極有為：大力推動經濟發展，既為創科等新興產業提供有利條件，尋找新的經濟增長點；',
        '(二) 投資未來：大膽突破發展制約，善用盈餘，在土地和人才兩方面創造容量；',
        '(三) 提升服務：改善現有服務，提升生活質素；',
      ]),
    );
    expect(doc.nodes.map((n) => [n.number, n.title])).toEqual([
      ['(一)', '積極有為'],
      ['(二)', '投資未來'],
      ['(三)', '提升服務'],
    ]);
  });

  test('a long numbered line that numbers on from a section is that section’s sibling; spaces a PDF puts between characters are no part of a title’s length (corpus 304)', () => {
    const doc = parseOutline(
      lines([
        '(一) 新指標',
        '1.   香 港 電 台 加 強 與 內 地 廣 播 媒 體 合 作 拍 攝 培 養 家 國 情 懷 的 電 視 節 目。（商務及經濟發展局）',
        '2.   在 2024 年 底 前 ， 將 香 港 電 台 轉 播 的 中 央 廣 播 電 視 總 台 粵 港 澳 大 灣 區 之 聲 FM 頻道的覆蓋率由現時的 50% 擴大至 99% 。（商務及經濟發展局 ）',
        '3.   在 2023 年底前，公布 新「資本投資者入境計劃」的詳情，並於 2024 年內 正 式 啟 動 計 劃 並 開 始 接 受 申 請， 以 豐 富 人 才 庫 及 吸 引 更 多 新 資 金 落 戶香港。（財經事務及庫務局）',
      ]),
    );
    expect(doc.nodes.map((n) => n.number)).toEqual(['(一)', '1.', '2.', '3.']);
    // a long first item opens nothing: a list, not a sequence of sections (the 1. of a plan's targets)
    expect(
      parseOutline(lines(['一、总体要求', '1.研发投入强度达到2.5%以上，高新技术企业数量达到1000家，技术合同成交额达到100亿元，规模以上工业增加值年均增长8%以上。'])).nodes.map(
        (n) => n.number,
      ),
    ).toEqual(['一、']);
    // a long (二) after a short (一) is a point made in a sentence, not a section (dev 144)
    expect(
      parseOutline(
        lines([
          '一、答覆',
          '(一) 油價',
          '(二) 競委會因應市民對香港車用燃油價格的關注，正就車用燃油市場進行研究，並會在完成研究後公布結果，以便市民了解車用燃油市場的運作情況和油價調整的機制與時間差距。',
        ]),
      ).nodes.map((n) => n.number),
    ).toEqual(['一、', '(一)']);
  });

  test('a long item whose next sibling has a title is a section of that run, its sentence its text (dev 691)', () => {
    const doc = parseOutline(
      lines([
        '二、社區大學前一年度開設課程數基本補助額度',
        '(一)以社區大學申請補助經費前一年度開設課程數（含分班、分校、教學點等開課門數，以春季班＋秋季班＋三分之一乘以夏季班開課門數合計，小數點以四捨五入至整數計之）為準。',
        '(二)計算方式：',
        '１、開課總數100門以下：每門補助2千元。',
        '２、開課總數101至150門：每門補助1千500元。',
      ]),
    );
    expect(doc.nodes.map((n) => [n.number, n.level, n.title])).toEqual([
      ['二、', 1, '社區大學前一年度開設課程數基本補助額度'],
      ['(一)', 2, ''],
      ['(二)', 2, '計算方式：'],
      ['１、', 3, '開課總數100門以下：每門補助2千元'],
      ['２、', 3, '開課總數101至150門：每門補助1千500元'],
    ]);
    expect(doc.nodes[1]!.rest).toMatch(/^以社區大學申請補助經費/);
    // a long item whose next sibling is long too, or that has none, stays a paragraph (a list of points, each a sentence)
    const long =
      '(二)以社區大學申請補助經費前一年度開設課程數（含分班、分校、教學點等開課門數，以春季班＋秋季班＋三分之一乘以夏季班開課門數合計，小數點以四捨五入至整數計之）為準。';
    expect(parseOutline(lines(['二、社區大學前一年度開設課程數基本補助額度', '(一)計算方式：', long])).nodes.map((n) => n.number)).toEqual(['二、', '(一)']);
  });

  test('一、 … 二、 in a run are sections however long, each told in sentences, as the 說明 of a motion numbers its paragraphs (dev 715)', () => {
    const doc = parseOutline(
      lines([
        '第七案：',
        '說明：',
        '一、根據行政院暨所屬機關所提供資料，目前行政院各部會共開發108個智慧型手機APP，總共花費5,240萬餘元設計開發費，但竟然有超過八成經費開發出63個蚊子APP，下載次數少之又少，譬如內政部營建署資訊室所開發的「建物公安e指通」APP，花費321萬餘元，下載次數僅453次；文化部影音及流行音樂產業局花費20萬餘元開發的「哈臺影音快遞TAVIS」APP，下載77次；內政部營建署玉山國家公園管理處開發的「玉山導覽系統」APP，花費240萬，下載次數只有664次；勞工委員會職業訓練局所開發的「TWtalent」APP，花費60萬元，下載次數424次；交通部觀光局西拉雅國家風景區管理處所開發的「西拉雅行動導覽系統」APP，花費135萬餘元，下載次數596次；另外農委會水土保持局也花費235萬開發出「農村好讚」APP，根本少人使用。',
        '二、行政院各部會以交通部和內政部開發17個APP最多，其次是財政部開發16個APP，第三則是農委會12個APP，上述部會一窩蜂開發APP，竟多是「蚊子APP」，應該要徹底檢討。但反觀交通部國道高速公路局僅花費9萬餘元開發設計費，總下載次數卻高達21萬7,917次，值得行政院各部會借鏡。',
        '提案人：台灣團結聯盟立法院黨團　黃文玲',
        '第八案：',
        '說明：',
        '一、依據資料顯示目前全台灣客家文化館多處。',
      ]),
    );
    expect(doc.nodes.map((n) => [n.number, n.title])).toEqual([
      ['第七案', ''],
      ['一、', ''],
      ['二、', ''],
      ['第八案', ''],
      ['一、', '依據資料顯示目前全台灣客家文化館多處'],
    ]);
    // a long 一、 alone, with no 二、 after it, stays a paragraph
    expect(
      parseOutline(
        lines([
          '說明：',
          '一、根據行政院暨所屬機關所提供資料，目前行政院各部會共開發108個智慧型手機APP，總共花費5,240萬餘元設計開發費，但竟然有超過八成經費開發出63個蚊子APP，下載次數少之又少，譬如內政部營建署資訊室所開發的「建物公安e指通」APP，花費321萬餘元，下載次數僅453次；文化部影音及流行音樂產業局花費20萬餘元開發的「哈臺影音快遞TAVIS」APP，下載77次；內政部營建署玉山國家公園管理處開發的「玉山導覽系統」APP，花費240萬，下載次數只有664次；勞工委員會職業訓練局所開發的「TWtalent」APP，花費60萬元，下載次數424次；交通部觀光局西拉雅國家風景區管理處所開發的「西拉雅行動導覽系統」APP，花費135萬餘元，下載次數596次；另外農委會水土保持局也花費235萬開發出「農村好讚」APP，根本少人使用。',
        ]),
      ).nodes,
    ).toEqual([]);
  });

  test('a long 三、 numbers on from the open 二、 only when no other 二、 stands between them: a motion quoted in a budget review (dev 559)', () => {
    // the committee's 二、歲出部分 and a motion's 說明, (十二)一、…二、…三、…, under it: its long 三、 is the motion's paragraph, no section after 二、歲出部分
    const doc = parseOutline(
      lines([
        '一、歲入部分',
        '二、歲出部分',
        '(十二)一、國家通訊傳播委員會114年度預算之「一般行政」編列6億4227萬9千元。',
        '二、然而網路商店及線上購物日益盛行，許多實體店家或賣家亦藉由電商平臺拓展商品能見度，以提升商品銷售數量，導致大量電信管制射頻器材商品於網路上販售。惟近年來網路上出現販售未經審驗合格之電信管制射頻器材，常見未經審驗合格之射頻器材包括智慧型手錶、無線耳機、智慧家電、無線充電器等，而未經審驗合格之射頻器材可能會對合法通訊造成干擾，且使用此類產品時可能面臨品質及安全問題；更甚者，未經審核合格之中國資通產品、中國製智慧家電設備，恐過度收集用戶數據情況，包括要求錄音權限及與追蹤器連接，恐使使用者家裡房間的資訊、手機資料，傳回中國伺服器，個資直接被中國端竊取、監控。除依法取締開罰，並持續派員不定期至實體店面進行法規宣導及查核外，請通傳會促請業者依規定標明必要資訊，並加強電商平台巡檢、列入政令範圍宣導，以提升大眾法律遵循觀念，減少違法行為發生。',
        '三、綜上，爰提案凍結本預算1000萬元，俟國家通訊傳播委員會針對落實電信管制射頻器材審驗、製造、進口及販賣業務之監理，以保障消費者權益，於三個月內向交通委員會提出書面報告後，始得動支。',
      ]),
    );
    expect(doc.nodes.map((n) => n.number)).toEqual(['一、', '二、']);
    // with nothing between them, a long 三、 after 二、 numbers on (a motion's 說明, dev 715)
    expect(
      parseOutline(
        lines([
          '一、歲入部分',
          '二、歲出部分',
          '三、綜上，爰提案凍結本預算1000萬元，俟國家通訊傳播委員會針對落實電信管制射頻器材審驗、製造、進口及販賣業務之監理，以保障消費者權益，於三個月內向交通委員會提出書面報告後，始得動支。',
        ]),
      ).nodes.map((n) => n.number),
    ).toEqual(['一、', '二、', '三、']);
  });

  test('a title a PDF set apart from its text by a wide gap is measured up to the gap (corpus 181)', () => {
    const doc = parseOutline(
      lines([
        '第二章\u3000经济增长率和经济效益',
        '（一）工农业总产值\u3000\u30001990年工农业总产值，按照1980年不变价格计算，达到16，770亿元，比1985年增长38%，平均每年增长6.7％',
        '其中：\u3000\u3000农业总产值，1990年达到3，530亿元，比1985年增长21．6％，平均每年增长4％（包括村以下工业为6％）',
        '（二）国民生产总值\u3000\u30001990年国民生产总值，按照1985年价格计算，达到11，170亿元，比1985年增长44％，平均每年增长7.5%',
      ]),
    );
    expect(doc.nodes.map((n) => n.number)).toEqual(['第二章', '（一）', '（二）']);
  });

  test('a skipped number is kept as printed, with a warning on its line', () => {
    const doc = parseOutline(lines(['一、甲', '二、乙', '四、丁']));
    expect(doc.nodes.map((n) => n.ordinal)).toEqual([1, 2, 4]);
    expect(doc.warnings).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('二、') })]);
  });

  test('mixed bracket widths at one level are warned once', () => {
    const doc = parseOutline(lines(['一、甲', '（一）子甲', '(二)子乙', '(三)子丙']));
    expect(doc.warnings.filter((w) => w.message.includes('bracket'))).toHaveLength(1);
  });

  test('一是…二是… inside a paragraph are split into enumeration items below its section', () => {
    const doc = parseOutline(lines(['二、主要问题', '主要表现在：一是创新主体不强。企业少。二是投入不足。占比低。']));
    expect(doc.nodes.map((n) => [n.number, n.title, n.rest])).toEqual([
      ['二、', '主要问题', ''],
      ['一是', '创新主体不强', '企业少。'],
      ['二是', '投入不足', '占比低。'],
    ]);
    expect(doc.items.find((i) => i.type === 'paragraph' && i.role === 'body')?.text).toBe('主要表现在：');
  });

  test('a lone 一是 (no 二是 after it) stays text', () => {
    const doc = parseOutline(lines(['一、背景', '其中一是指标，另一是目标。']));
    expect(doc.nodes).toHaveLength(1);
  });

  test('front matter: title, subtitle, speaker, salutation, closing', () => {
    const doc = parseOutline(
      lines(['关于科技创新情况的报告', '——2018年7月23日在市人大常委会会议上', '市科技局局长 张 三', '各位委员：', '一、基本情况', '正文。', '以上报告，请予审议']),
    );
    expect(doc.items.map((i) => i.role)).toEqual(['title', 'subtitle', 'speaker', 'salutation', 'body', 'body', 'closing']);
    expect(doc.nodes).toHaveLength(1);
  });

  test("a portal's breadcrumb item (`/ 能源`) is no speaker: a post and a name start with a Han character (corpus 127)", () => {
    expect(parseOutline(lines(['关于印发某某办法的通知_能源', '/ 政策文件', '/ 能源', '某市电力公司：', '现印发给你们。'])).speaker).toBeUndefined();
  });
});

describe("a plan's outline: 第一篇, titles run on without a space, contents without leaders", () => {
  test.each([
    ['第一篇指导思想和发展目标', 'part', '指导思想和发展目标'],
    ['第二章经济社会发展的主要目标', 'chapter', '经济社会发展的主要目标'],
    ['第三节 发展特色林产业', 'division', '发展特色林产业'],
  ])('%s is a heading', (text, kind, title) => {
    expect(matchHeading(text)).toMatchObject({ kind, title });
  });
  test.each(['第一章规定的事项，由省人民政府负责。', '第二章的内容在第三章中展开说明并要求各地认真落实执行到位为止不再另行通知'])('%s is a sentence', (text) => {
    expect(matchHeading(text)).toBeNull();
  });
  test('contents entries (one per line, or run together) are not sections; the chapters are', () => {
    const doc = parseOutline(
      lines([
        '某省第十个五年计划纲要',
        '目录序言',
        '第一篇指导思想和发展目标',
        '第一章经济社会发展的指导思想第二章经济社会发展的主要目标',
        '序言',
        '过去的五年，成绩显著。',
        '第一篇指导思想和发展目标',
        '第一章经济社会发展的指导思想',
        '世纪之交的国际国内环境出现了新的变化。',
        '第二章经济社会发展的主要目标',
        '国民经济保持较快发展速度。',
      ]),
    );
    expect(doc.nodes.map((n) => [n.number, n.title, n.line])).toEqual([
      ['第一篇', '指导思想和发展目标', 7],
      ['第一章', '经济社会发展的指导思想', 8],
      ['第二章', '经济社会发展的主要目标', 10],
    ]);
  });
  test('contents entries with a page number after a space and no leaders (a PDF copied as text) are not sections, the last one neither', () => {
    const doc = parseOutline(
      lines([
        '某省生态环境保护“十四五”规划',
        '目  录',
        '第一章 发展基础 1',
        '第二章 总体要求 6',
        '第三章 重点任务 9',
        '— 1 —',
        '第 一 章 发展基础',
        '全省生态环境质量持续改善。',
        '第 二 章 总体要求',
        '坚持以人民为中心。',
        '第 三 章 重点任务',
        '深入打好蓝天保卫战。',
      ]),
    );
    expect(doc.nodes.map((n) => [n.number.replace(/\s/g, ''), n.line])).toEqual([
      ['第一章', 7],
      ['第二章', 9],
      ['第三章', 11],
    ]);
  });
  test('a numbered sentence said twice is not taken for contents', () => {
    const doc = parseOutline(
      lines([
        '第一条 有下列行为之一的，处罚款：',
        '一、违反第十五条规定，刊载广告。',
        '二、违反第十六条规定，贩卖。',
        '第二条 有下列行为之一的，处罚款：',
        '一、违反第十五条规定，刊载广告。',
        '二、违反第十七条规定，陈列。',
      ]),
    );
    expect(doc.nodes.filter((n) => n.number === '一、')).toHaveLength(2);
  });
});

describe("a sitting's motions, 第一案 … 第十案, each a line of its own (dev 715)", () => {
  // the Legislative Yuan's ad hoc motions as twlyparser writes them: 第一案： over the motion, 說明： and its 一、二、
  const sitting = [
    '進行第一案，請提案人孔委員文吉說明提案旨趣。',
    '第一案：',
    '本院委員孔文吉等21人，鑒於南投縣仁愛鄉投89線代管縣道歷經九二一大地震與連年豪雨、颱風侵襲，造成沿線山區土石鬆動、路況惡劣。',
    '說明：',
    '一、南投縣仁愛鄉投89線代管縣道歷經921大地震及72水災之後，道路周遭的山坡地長期面臨地滑危機。',
    '二、目前投89線代管縣道沿途計有發祥、力行、翠華等3村，村民人口700餘戶、2000餘人，主要生活完全依賴此條道路；同時由於中橫公路中斷，臺中市和平區梨山里、平等里居民，在冬季合歡山積雪時，無法再經由台14線，也只能依賴此條道路為唯一交通途徑，道路暢通與否，成為沿線居民最重視的問題。',
    '進行第二案，請提案人許委員忠信說明提案旨趣。',
    '第二案：',
    '說明：',
    '一、為推動產業升級，鼓勵產學合作，教育部、經濟部及國科會各自推動多項計畫及補助。',
  ];

  test('a run of 第N案 lines are headings of one level, the 一、 of each its own', () => {
    const doc = parseOutline(lines(sitting));
    expect(doc.nodes.map((n) => [n.number, n.level])).toEqual([
      ['第一案', 1],
      ['一、', 2],
      ['二、', 2],
      ['第二案', 1],
      ['一、', 2],
    ]);
    expect(assignAnchors(doc).sections.map((s) => s.id)).toEqual(['pt1', 'pt1-s1', 'pt1-s2', 'pt2', 'pt2-s1']);
  });

  test('a lone 第一案 line (no run) and a motion named in a sentence open nothing', () => {
    expect(parseOutline(lines(['第一案：', '本院委員孔文吉等21人，鑒於…。'])).nodes).toEqual([]);
    expect(parseOutline(lines(['第一案涉及的金額，為新臺幣三億元。', '第二案：', '第三案：'])).nodes.map((n) => n.number)).toEqual(['第二案', '第三案']);
  });
});

describe('articles grouped under 一、 and items of an article (incentive schemes, dev 185, 186, 197)', () => {
  const outline = (texts: string[]) => parseOutline(lines(texts)).nodes.map((n) => [n.number, n.kind]);
  test('二、 after the articles of 一、 opens the next group, not an item of the last article', () => {
    expect(
      outline([
        '一、促进高新技术企业发展',
        '第一条 对新认定的企业给予奖励。',
        '第二条 对企业给予补助。',
        '二、支持产业创新能力提升',
        '第三条 对平台给予奖励。',
        '三、支持新型研发机构建设',
        '第四条 对机构给予补助。',
      ]),
    ).toEqual([
      ['一、', 'l1'],
      ['第一条', 'article'],
      ['第二条', 'article'],
      ['二、', 'l1'],
      ['第三条', 'article'],
      ['三、', 'l1'],
      ['第四条', 'article'],
    ]);
  });
  test('an article numbering its items 一、二、 keeps them items, whatever group is open', () => {
    expect(outline(['一、总则', '第一条 有下列情形之一的，给予奖励：', '一、新认定的企业；', '二、新落户的企业。'])).toEqual([
      ['一、', 'l1'],
      ['第一条', 'article'],
      ['一、', 'item'],
      ['二、', 'item'],
    ]);
  });
  test('三、 after an article whose items are （一）（二） is the next group (review: ordinals alone do not make an item)', () => {
    expect(
      outline([
        '一、促进企业发展',
        '第一条 对企业给予奖励。',
        '二、支持产业创新',
        '第二条 符合下列条件的给予补助：',
        '（一）在本区注册；',
        '（二）纳税信用良好。',
        '三、附则',
        '第三条 本办法自发布之日起施行。',
      ]),
    ).toEqual([
      ['一、', 'l1'],
      ['第一条', 'article'],
      ['二、', 'l1'],
      ['第二条', 'article'],
      ['（一）', 'item'],
      ['（二）', 'item'],
      ['三、', 'l1'],
      ['第三条', 'article'],
    ]);
  });
  test('an article that runs its first item on (…条件：一、在本区注册；) keeps its 二、 an item', () => {
    expect(outline(['一、总则', '第一条 对企业给予奖励。', '第二条 申请奖励应符合下列条件：一、在本区注册；', '二、纳税信用良好。'])).toEqual([
      ['一、', 'l1'],
      ['第一条', 'article'],
      ['第二条', 'article'],
      ['二、', 'item'],
    ]);
  });
  test('(三) after the 1. 2. of (二) is the next item of the article', () => {
    expect(
      outline([
        '第八条 【固定资产投资补助】',
        '(一)对新落户的项目给予奖励。',
        '(二)对现有企业给予补助：',
        '1.对于应用智能装备的项目给予补助。',
        '2.其他项目给予补助。',
        '(三)鼓励停产企业转型，最高不超过5000万元。',
      ]),
    ).toEqual([
      ['第八条', 'article'],
      ['(一)', 'item'],
      ['(二)', 'item'],
      ['1.', 'l3'],
      ['2.', 'l3'],
      ['(三)', 'item'],
    ]);
  });
  test('第九条【特别贡献奖】: a bracketed title right after the number starts an article', () => {
    expect(outline(['第八条 对企业给予奖励。', '第九条【特别贡献奖】对具有重要带动作用的企业给予奖励。'])).toEqual([
      ['第八条', 'article'],
      ['第九条', 'article'],
    ]);
  });
});

describe('the list of attachments after 附件： (dev 66, 67)', () => {
  test('its numbered names are text, not sections', () => {
    const doc = parseOutline(
      lines(['一、工作安排', '请认真组织实施。', '附件：', '1.单一电力用户绿电直连项目开发建设实施方案（试行）', '2.绿电直连项目申报大纲', '内蒙古自治区能源局']),
    );
    expect(doc.nodes.map((n) => n.number)).toEqual(['一、']);
  });
  test('a name broken over lines (a PDF) keeps the list open', () => {
    const doc = parseOutline(lines(['一、资金安排', '附件：', '1.', '天津市', '2023', '年春节期间电力需求响应补贴资金汇总表', '2.', '天津市', '2023年补贴资金明细表']));
    expect(doc.nodes.map((n) => n.number)).toEqual(['一、']);
  });
  test('a single attachment named without a number: its own outline stays (review)', () => {
    const doc = parseOutline(lines(['一、工作安排', '请认真组织实施。', '附件：', '某某专项资金管理办法', '一、总则', '二、支持范围', '（一）企业研发', '三、附则']));
    // 附件： after the notice's own 一、 opens the attachment (bare 附件, below), whose outline stays its own
    expect(doc.nodes.map((n) => n.number)).toEqual(['一、', '附件：', '一、', '二、', '（一）', '三、']);
  });
  test("an attachment named on the 附件： line opens the attachment after the text's own sections: its (一) is its own (dev 304)", () => {
    const doc = parseOutline(lines(['（一）結語', '1. 我們一定可以共同創造香港更美好的未來。', '附件：指定項目指標', '（一）新指標', '1. 全力推展《基本法》第二十三條立法工作。']));
    expect(doc.nodes.map((n) => [n.kind, n.number, n.title, n.level])).toEqual([
      ['l2', '（一）', '結語', 1],
      ['l3', '1.', '我們一定可以共同創造香港更美好的未來', 2],
      ['appendix', '附件：', '指定項目指標', 1],
      ['l2', '（一）', '新指標', 2],
      ['l3', '1.', '全力推展《基本法》第二十三條立法工作', 3],
    ]);
  });
  test("附件：X in a notice's body, over its issuer and date, names the attachment that opens later under 附件: it opens nothing itself", () => {
    const doc = parseOutline(
      lines([
        '一、检查范围',
        '全市各类企业。',
        '二、工作要求',
        '各地要高度重视。',
        '附件：安全生产检查表',
        '某某市人民政府办公室',
        '2024年3月1日',
        '附件',
        '安全生产检查表',
        '1. 企业名称',
      ]),
    );
    expect(doc.nodes.map((n) => [n.kind, n.number, n.line])).toEqual([
      ['l1', '一、', 1],
      ['l1', '二、', 3],
      ['appendix', '附件', 8],
      ['l3', '1.', 10],
    ]);
  });
  test('附件：1.… on one line: the names after it number on from 1', () => {
    const doc = parseOutline(lines(['一、工作安排', '附件：1.实施方案', '2.申报大纲', '某某局']));
    expect(doc.nodes.map((n) => n.number)).toEqual(['一、']);
  });
  test('a heading that does not go on with the list closes it (the own 1. of an attachment)', () => {
    const doc = parseOutline(lines(['一、资金安排', '附件：', '1.补贴资金汇总表', '附件1', '补贴资金汇总表', '一、总体要求', '1.基本原则']));
    // 附件1 after the notice's own 一、 opens the attachment, so that its 一、 is the attachment's (app1-1), no repeat of s1
    expect(doc.nodes.map((n) => n.number)).toEqual(['一、', '附件1', '一、', '1.']);
  });
});

describe('a glossary numbered 1. to n. is one list, its points full-width or ASCII (dev 308)', () => {
  const glossary = [
    '一、过去一年工作回顾',
    '正文。',
    '名词解释',
    '1.“两重”：国家重大战略实施和重点领域安全能力建设。',
    '2．“两新”：大规模设备更新和消费品以旧换新。',
    // a term longer than a glossary's usual (20 characters), numbered on from the entry above with the other point
    '3．科技型企业“登高、升规、晋位、上市”四个工程：“登高”即推动科技型中小企业成长为高新技术企业。',
    '4.“创新积分制”：基于数据驱动、定量评价、积分赋能的新型科技政策工具。',
  ];
  test('every numbered entry is a glossary paragraph, no section opens at 3．', () => {
    const doc = parseOutline(lines(glossary));
    expect(doc.nodes.map((n) => n.number)).toEqual(['一、']);
    expect(doc.items.filter((i) => i.role === 'glossary')).toHaveLength(4);
    expect(doc.warnings).toEqual([]);
  });
  test('a numbered line that does not number on from the entries is no entry of theirs', () => {
    const doc = parseOutline(lines([...glossary.slice(0, 5), '9．科技型企业“登高、升规、晋位、上市”四个工程：“登高”即推动科技型中小企业成长为高新技术企业。']));
    expect(doc.items.filter((i) => i.role === 'glossary')).toHaveLength(2);
    expect(doc.items.at(-1)).toMatchObject({ role: 'body', text: expect.stringMatching(/^9．/) });
  });
});

describe('the numbered notes under 注： or 注释： alone on a line are notes, not sections (dev 290, 291)', () => {
  const bulletin = ['一、综合', '全年地区生产总值增长5%。', '二、城市建设和环境', '全年空气质量优良天数比例为90.1%。'];
  test.each(['注：', '注释:', '附注：', '說明：'])('%s then 1． 2． 3．: paragraphs of the last section, no subsection opens', (title) => {
    const doc = parseOutline(
      lines([...bulletin, title, '1．本公报2025年数据为初步统计结果。', '2．生产总值绝对数按现价计算，增长速度按不变价格计算。', '3．资料来源：城镇新增就业数据来自市人社局。']),
    );
    expect(doc.nodes.map((n) => n.number)).toEqual(['一、', '二、']);
    expect(doc.items.slice(-3).map((i) => i.role)).toEqual(['body', 'body', 'body']);
  });
  test('(1) (2) with a wrapped line between them are notes too (a LegCo record, dev 06)', () => {
    const doc = parseOutline(
      lines(['第1題', '註：', '(1) 總薪酬開支包括休息日及用膳時間薪酬 (如僱員按照僱傭合約或協議而享有', '休息日及╱或用膳時間薪酬 )。', '(2) 數字經四捨五入。']),
    );
    expect(doc.nodes.map((n) => n.number)).toEqual([]);
  });
  test("a numbering that does not start right under the line, or does not go on, is the text's own", () => {
    // 注： over a note of its own: the 三、 and （一） after it are sections
    expect(parseOutline(lines(['二、主要目标', '注：', '带*的为约束性指标。', '（一）经济发展', '三、主要任务'])).nodes.map((n) => n.number)).toEqual(['二、', '（一）', '三、']);
    expect(parseOutline(lines(['二、主要目标', '注：', '1．带*的为约束性指标。', '三、主要任务'])).nodes.map((n) => n.number)).toEqual(['二、', '三、']);
  });
  test("a section's heading under a bare 说明： is no note: 一、 numbers sections, and 1.创建目标 is a title, no sentence", () => {
    const plan = (a: string, b: string) =>
      parseOutline(lines(['某县示范村创建方案', '说明：', `${a}创建目标`, '到2025年，创建示范村10个。', `${b}创建标准`, '村庄规划编制完成。']));
    expect(plan('一、', '二、').nodes.map((n) => n.number)).toEqual(['一、', '二、']);
    expect(plan('1.', '2.').nodes.map((n) => n.number)).toEqual(['1.', '2.']);
  });
});

describe("附件 or 附件： alone, without a number, after the text's own sections opens its attachment (dev 308)", () => {
  const report = ['一、过去一年工作回顾', '正文。', '二、今年工作安排', '正文。', '名词解释', '1.“两重”：国家重大战略实施和重点领域安全能力建设。'];
  const attachment = ['2025年10件惠民实事', '一、稳定和扩大就业', '年度目标：全省农村劳动力转移就业1500万人。', '二、深化关爱服务', '三、实施银龄人才计划'];
  test.each(['附件', '附件：', '附 件'])("%s: the attachment's 一、 are its own, no repeat of s1", (line) => {
    const outline = assignAnchors(parseOutline(lines([...report, line, ...attachment])));
    expect(outline.sections.filter((n) => n.id !== 'intro').map((n) => [n.number, n.id])).toEqual([
      ['一、', 's1'],
      ['二、', 's2'],
      [line, 'app1'],
      ['一、', 'app1-1'],
      ['二、', 'app1-2'],
      ['三、', 'app1-3'],
    ]);
    expect(outline.warnings.filter((w) => /repeats/.test(w.message))).toEqual([]);
  });
  test("before any section of its own (a cover notice) the attachment's outline is the text's own", () => {
    const doc = parseOutline(lines(['关于印发某某办法的通知', '请认真组织实施。', '附件', '某某办法', '一、总则', '二、附则']));
    expect(doc.nodes.map((n) => n.number)).toEqual(['一、', '二、']);
  });
  test('附件： over a numbered list of names stays a list, and a second bare 附件 after an attachment opens none', () => {
    expect(parseOutline(lines(['一、工作安排', '附件：', '1.实施方案', '2.申报大纲'])).nodes.map((n) => n.number)).toEqual(['一、']);
    expect(parseOutline(lines(['一、工作安排', '附件1', '实施方案', '一、总则', '附件：', '某某表'])).nodes.map((n) => n.number)).toEqual(['一、', '附件1', '一、']);
  });
});

describe('numbered paragraphs of an address are its citable units', () => {
  const para = (n: number): string =>
    `${n}. 香港人經過多年努力，已經建立了一系列具有競爭力的優勢行業，例如金融業和相關的服務業。就在過去一年，內地企業透過香港股票市場集資約四百四十億美元；香港的旅遊業在亞洲城市中居於榜首，這些行業都有提升和發展空間，可帶動香港經濟增長。我們還為跨國企業提供服務，現時有三千多間海外公司在這裏設立地區總部。`;
  test('a run of numbered paragraphs (starting anywhere) are sections numbered as printed, without a title', () => {
    const doc = parseOutline(lines(['施政報告', ...[24, 25, 26, 27, 28].map(para)]));
    expect(doc.nodes.map((n) => [n.number, n.title, n.kind])).toEqual([24, 25, 26, 27, 28].map((n) => [`${n}.`, '', 'l3']));
    expect(doc.nodes[0]!.rest).toMatch(/^香港人經過多年努力/);
  });
  test('not in a text with 一、 sections, nor for a short run', () => {
    expect(parseOutline(lines(['一、總體要求', ...[24, 25, 26, 27, 28].map(para)])).nodes.map((n) => n.number)).toEqual(['一、']);
    expect(parseOutline(lines(['施政報告', ...[24, 25, 26].map(para)])).nodes).toEqual([]);
  });
  test('an address in chapters ((一) 前言, (二) …) numbers its paragraphs through them: a long run is paragraphs there too (corpus 304, 305)', () => {
    const numbers = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
    const chapters = (n: number): string[] => numbers(n).flatMap((i) => [...(i === 1 ? ['(一) 前言'] : i === 21 ? ['(二) 挑戰和機遇'] : []), para(i)]);
    const doc = parseOutline(lines(['施政報告', ...chapters(45)]));
    expect(doc.nodes.filter((n) => n.kind === 'l3').map((n) => [n.number, n.title])).toEqual(numbers(45).map((i) => [`${i}.`, '']));
    expect(doc.nodes.filter((n) => n.kind === 'l2').map((n) => n.number)).toEqual(['(一)', '(二)']);
    // a plan's measures under its parts, numbered on past a part, are not (a run under 40)
    const plan = parseOutline(lines(['規劃', ...chapters(30)]));
    expect(plan.nodes.filter((n) => n.kind === 'l3').every((n) => n.title !== '')).toBe(true);
  });
  test("an address that numbers its paragraphs numbers its annex's paragraphs too: a run of them from 1, each longer than a title, before the annex's (一) (dev 304)", () => {
    const numbers = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
    const address = numbers(45).flatMap((i) => [...(i === 1 ? ['(一) 前言'] : []), para(i)]);
    const annex = [
      '附件：指定項目指標',
      '1. 在 2022 年我發表第一份《施政報告》時，為指定項目訂立了110 個指標（包括績效指標（KPIs）），目的是建立「以結果為目標」的政府文化，並讓我監察工作進度和成效。',
      '2. 我審視了各指標的落實情況，包括完成執行項目（其中包含幾項中期進度有延遲但現已完成的項目）、符合進度項目、更有超額完成的項目（例如搶人才）。至目前為止仍沒按原定指標完成執行的，有三個項目是時間上有延遲，另外有一個項目則修改了細節。',
      '3. 我訂下指標的目的，除了監察進度，亦為了在需要時作出指導及修正，希望幫助部門解決問題，推動「以結果為目標」的政府文化。因此，各部門在過去一年在這方面的工作整體符合我的預期。',
      '4. 我為 2023 年《施政報告》訂立共 150 個指標，其中 73 個是新指標，其餘 77 個是 2022 年《施政報告》訂下、有效性超越一年而繼續生效的指標，詳情如下：',
      '(一) 新指標',
      '1. 全力推展《基本法》第二十三條立法工作，2024 年內完成立法。（保安局）',
      '2. 在 2024 年內向立法會提交立法草案，提升對關鍵基礎設施的保護，以加強保障香港的網絡安全和維護國家安全。（保安局）',
    ];
    const doc = parseOutline(lines(['施政報告', ...address, ...annex]));
    const appendix = doc.nodes.findIndex((n) => n.kind === 'appendix');
    expect(doc.nodes.slice(appendix).map((n) => [n.kind, n.number])).toEqual([
      ['appendix', '附件：'],
      ['l3', '1.'],
      ['l3', '2.'],
      ['l3', '3.'],
      ['l3', '4.'],
      ['l2', '(一)'],
      ['l3', '1.'],
      ['l3', '2.'],
    ]);
    expect(doc.nodes.slice(appendix + 1, appendix + 5).every((n) => n.title === '' && n.rest.length > 60)).toBe(true);
    // without the address's run before it, a list of long sentences from 1 stays text (the targets of a plan, dev 63)
    const alone = parseOutline(lines(['規劃', '(一) 前言', ...annex.slice(1, 5)]));
    expect(alone.nodes.map((n) => n.number)).toEqual(['(一)']);
  });
});

describe('the tasks of a task division plan are its citable units, however long', () => {
  // 任务分工方案 and 工作要点 end every numbered task with the units that answer for it (dev 455): the number is how the task is cited
  const task = (n: number, units: string): string =>
    `${n}.提升虹桥品汇、绿地全球贸易港等常年展销平台功能，为新质生产力、工业品电商、生产性互联网等企业在商品展示、交易撮合、商贸洽谈等方面提供全栈式服务，促进展贸与产业联动。${units}`;
  test.each([
    ['（责任单位：区商务委、区经委、南虹桥集团）'],
    ['（牵头单位：市发展改革委，配合单位：市委组织部、市人力资源和社会保障局）'],
    ['（生态环境部牵头，国家发展改革委、工业和信息化部参与）'],
    ['（国家发展改革委、财政部负责）'],
  ])('a task ending in %s is a section numbered as printed, without a title', (units) => {
    const doc = parseOutline(lines(['一、更好承接进博会等展会溢出效应', task(1, units), task(2, units), '二、更大力度发展新型国际贸易', task(3, units)]));
    expect(doc.nodes.map((n) => [n.number, n.title])).toEqual([
      ['一、', '更好承接进博会等展会溢出效应'],
      ['1.', ''],
      ['2.', ''],
      ['二、', '更大力度发展新型国际贸易'],
      ['3.', ''],
    ]);
    expect(doc.nodes[1]!.rest).toMatch(/^提升虹桥品汇.*[）)]$/);
  });
  test('the units on a line of their own under the task (责任单位：…) make it a task too, and stay with it as its paragraph', () => {
    const doc = parseOutline(lines(['一、重点任务', task(1, ''), '责任单位：区商务委、区经委', task(2, ''), '（牵头单位：区发展改革委；配合单位：区财政局）']));
    expect(doc.nodes.map((n) => n.number)).toEqual(['一、', '1.', '2.']);
    const texts = doc.items.filter((i) => i.type === 'paragraph').map((i) => i.text);
    expect(texts).toEqual(['责任单位：区商务委、区经委', '（牵头单位：区发展改革委；配合单位：区财政局）']);
  });
  test('a long numbered sentence without its units stays a paragraph, and units out of sequence open nothing', () => {
    expect(parseOutline(lines(['一、总体要求', task(1, ''), task(2, '')])).nodes.map((n) => n.number)).toEqual(['一、']);
    expect(parseOutline(lines(['一、总体要求', task(5, '（责任单位：区商务委）')])).nodes.map((n) => n.number)).toEqual(['一、']);
  });
  test("a bracket whose verb of a part goes on to what is done (由…牵头评定…, dev 197) names no unit's part: no task", () => {
    expect(parseOutline(lines(['一、总体要求', task(1, '(由行业主管部门牵头评定相应的奖励级别)。')])).nodes.map((n) => n.number)).toEqual(['一、']);
    expect(parseOutline(lines(['一、总体要求', task(1, '（省商务厅牵头，省贸促会按职责分工配合）')])).nodes.map((n) => n.number)).toEqual(['一、', '1.']);
  });
});

describe('parseOutline steps: each decides a case of its own', () => {
  type Rules = typeof outlineRules;
  type Input = string | { text: string; role: 'note' | 'markdown-heading' };
  const paras = (texts: Input[]) => texts.map((t, i) => ({ ...(typeof t === 'string' ? { text: t } : t), line: i + 1 }));
  /** The outline in short: the title, each item (a heading indented by its level, a paragraph as role: text) and the warnings. */
  const shape = (texts: Input[], rules: Rules = outlineRules): string[] => {
    const doc = parseOutline(paras(texts), rules);
    const items = doc.items.map((i) => {
      if (i.type === 'paragraph') return `${i.role}${i.front ? ` (${i.front})` : ''}: ${i.text}`;
      const n = doc.nodes[i.node!]!;
      return `${'  '.repeat(n.level - 1)}${n.number}${n.title}`;
    });
    return [`title ${doc.title}`, ...items, ...doc.warnings.map((w) => `! ${w.message}`)];
  };
  const without = (table: keyof Rules, name: string): Rules => ({ ...outlineRules, [table]: (outlineRules[table] as readonly { name: string }[]).filter((s) => s.name !== name) });
  const address = (n: number): string =>
    `${n}. 香港人經過多年努力，已經建立了一系列具有競爭力的優勢行業，例如金融業和相關的服務業。就在過去一年，內地企業透過香港股票市場集資約四百四十億美元；香港的旅遊業在亞洲城市中居於榜首，這些行業都有提升和發展空間，可帶動香港經濟增長。我們還為跨國企業提供服務，現時有三千多間海外公司在這裏設立地區總部。`;
  const body = Array.from({ length: 6 }, (_, i) => `第${i + 1}段正文。`);

  // a WeChat article's headline (a Markdown heading) printed again over the text's history
  const h1 = { text: '浙江省房屋使用安全管理条例', role: 'markdown-heading' } as const;

  // [table, step, paragraphs, the outline with every step] — without the step the outline must differ
  const cases: [keyof Rules, string, Input[], string[]][] = [
    ['paragraph', 'note or table', [{ text: '一、注意事项', role: 'note' }], ['title null', 'note: 一、注意事项']],
    [
      'paragraph',
      'glossary entry',
      ['附：名词解释', '1.专精特新：指专业化、精细化的中小企业。'],
      ['title null', 'body: 附：名词解释', 'glossary: 1.专精特新：指专业化、精细化的中小企业。'],
    ],
    [
      'paragraph',
      'glossary title',
      ['附：名词解释', '1.专精特新：指专业化、精细化的中小企业。'],
      ['title null', 'body: 附：名词解释', 'glossary: 1.专精特新：指专业化、精细化的中小企业。'],
    ],
    ['paragraph', 'front matter', ['关于科技创新情况的报告', '一、基本情况'], ['title 关于科技创新情况的报告', 'title: 关于科技创新情况的报告', '一、基本情况']],
    [
      'paragraph',
      'summary',
      ['关于科技创新情况的报告', '摘要：全市研发投入增长。', '人才引进一千名。', '一、基本情况'],
      ['title 关于科技创新情况的报告', 'title: 关于科技创新情况的报告', 'body (summary): 摘要：全市研发投入增长。', 'body (summary): 人才引进一千名。', '一、基本情况'],
    ],
    ['paragraph', 'closing', ['一、基本情况', '以上报告，请予审议'], ['title null', '一、基本情况', 'closing: 以上报告，请予审议']],
    [
      'paragraph',
      'attachment list',
      ['一、资金安排', '附件：', '1.补贴资金汇总表', '2.补贴资金明细表'],
      ['title null', '一、资金安排', 'body: 附件：', 'body: 1.补贴资金汇总表', 'body: 2.补贴资金明细表'],
    ],
    [
      'paragraph',
      'notes list',
      ['一、综合', '二、资源和环境', '注：', '1．本公报数据为初步统计数。'],
      ['title null', '一、综合', '二、资源和环境', 'body: 注：', 'body: 1．本公报数据为初步统计数。'],
    ],
    ['paragraph', 'bare attachment', ['一、工作安排', '附件', '某某表', '一、总则'], ['title null', '一、工作安排', '附件', 'body: 某某表', '  一、总则']],
    [
      'paragraph',
      'numbered paragraph',
      ['施政報告', ...[24, 25, 26, 27, 28].map(address)],
      ['title 施政報告', 'title: 施政報告', '24.', '25.', '26.', '27.', '28.', '! numbering starts at 24., not at 1'],
    ],
    [
      'paragraph',
      'contents entry',
      ['目录', '一、总体要求……………1', '二、主要任务……………5', '一、总体要求', '正文。'],
      ['title 目录', 'title: 目录', 'body: 一、总体要求……………1', 'body: 二、主要任务……………5', '一、总体要求', 'body: 正文。'],
    ],
    [
      'paragraph',
      'table row',
      // a budget PDF's table printed as text (dev 427): its numbered rows are no headings
      ['一、收入', '1.增值税  2893569  3033252  3092403  101.95  6.87', '2.企业所得税  1147160  1238177  1231218  99.44  7.33'],
      ['title null', '一、收入', 'body: 1.增值税  2893569  3033252  3092403  101.95  6.87', 'body: 2.企业所得税  1147160  1238177  1231218  99.44  7.33'],
    ],
    [
      'paragraph',
      'standalone heading',
      // a 2025 provincial work report as a Word document: each part's title alone before its （一）, the numbering restarting
      [
        '政府工作报告',
        '各位代表：',
        '2024年工作回顾',
        '过去一年，我们做了以下工作。',
        '（一）稳增长',
        '正文。',
        '（二）促改革',
        '正文。',
        '2025年工作安排',
        '重点做好以下工作：',
        '（一）扩内需',
        '正文。',
      ],
      [
        'title 政府工作报告',
        'title: 政府工作报告',
        'salutation: 各位代表：',
        '2024年工作回顾',
        'body: 过去一年，我们做了以下工作。',
        '  （一）稳增长',
        'body: 正文。',
        '  （二）促改革',
        'body: 正文。',
        '2025年工作安排',
        'body: 重点做好以下工作：',
        '  （一）扩内需',
        'body: 正文。',
      ],
    ],
    [
      'paragraph',
      'task with its units',
      ['一、重点任务', `1.${'提升展销平台功能，促进展贸与产业联动，'.repeat(4)}提供全栈式服务。（责任单位：区商务委）`],
      ['title null', '一、重点任务', '  1.'],
    ],
    ['paragraph', 'section', ['一、总体要求', '正文。'], ['title null', '一、总体要求', 'body: 正文。']],
    [
      'paragraph',
      'numbering out of sequence',
      ['一、甲', '二、乙', '五、戊'],
      ['title null', '一、甲', '二、乙', 'body: 五、戊', '! 五、 does not continue the numbering of its level, so it is kept as a paragraph'],
    ],
    [
      'paragraph',
      'enumeration',
      ['二、主要问题', '主要表现在：一是创新主体不强。二是投入不足。'],
      ['title null', '二、主要问题', 'body: 主要表现在：', '  一是创新主体不强', '  二是投入不足', '! numbering starts at 二、, not at 1'],
    ],
    ['paragraph', 'body', ['一、总体要求', '正文。'], ['title null', '一、总体要求', 'body: 正文。']],
    ['front', 'html comment', ['<!-- 转载 -->', '一、总体要求'], ['title null', 'body: <!-- 转载 -->', '一、总体要求']],
    [
      'front',
      'title again',
      [h1, 'cover_image', h1, '浙江发布', h1, '2017年7月28日 浙江省第十二届人民代表大会常务委员会第四十三次会议通过', '第一条 为了加强房屋使用安全管理，制定本条例。'],
      [
        'title 浙江省房屋使用安全管理条例',
        'title: 浙江省房屋使用安全管理条例',
        'body: cover_image',
        'title: 浙江省房屋使用安全管理条例',
        'body: 浙江发布',
        'title: 浙江省房屋使用安全管理条例',
        'occasion: 2017年7月28日 浙江省第十二届人民代表大会常务委员会第四十三次会议通过',
        '第一条',
      ],
    ],
    [
      'front',
      'history line',
      ['某市物业管理条例', '（2010年5月20日某市第十三届人民代表大会常务委员会第十八次会议通过）'],
      ['title 某市物业管理条例', 'title: 某市物业管理条例', 'occasion: （2010年5月20日某市第十三届人民代表大会常务委员会第十八次会议通过）'],
    ],
    [
      'front',
      'history continued',
      [
        '某市物业管理条例',
        '（2010年5月20日某市第十三届人民代表大会常务委员会第十八次会议通过',
        '根据2015年7月1日某市第十四届人民代表大会常务委员会第二次会议《关于修改〈某市物业管理条例〉的决定》修正）',
      ],
      [
        'title 某市物业管理条例',
        'title: 某市物业管理条例',
        'occasion: （2010年5月20日某市第十三届人民代表大会常务委员会第十八次会议通过',
        'occasion: 根据2015年7月1日某市第十四届人民代表大会常务委员会第二次会议《关于修改〈某市物业管理条例〉的决定》修正）',
      ],
    ],
    [
      'front',
      'subtitle',
      ['关于科技创新情况的报告', '——在市人大常委会会议上'],
      ['title 关于科技创新情况的报告', 'title: 关于科技创新情况的报告', 'subtitle: ——在市人大常委会会议上'],
    ],
    ['front', 'salutation', ['关于科技创新情况的报告', '各位委员：'], ['title 关于科技创新情况的报告', 'title: 关于科技创新情况的报告', 'salutation: 各位委员：']],
    ['front', 'numbered line', ['一、总体要求', '正文。'], ['title null', '一、总体要求', 'body: 正文。']],
    [
      'front',
      'title label',
      ['本文件由市政府办公厅发布。现予以转载。', '请各单位认真贯彻执行。如有问题请联系。', '标题：关于加强科技创新的意见'],
      ['title 关于加强科技创新的意见', 'body: 本文件由市政府办公厅发布。现予以转载。', 'body: 请各单位认真贯彻执行。如有问题请联系。', 'title: 标题：关于加强科技创新的意见'],
    ],
    ['front', 'title', ['关于科技创新情况的报告', '正文。'], ['title 关于科技创新情况的报告', 'title: 关于科技创新情况的报告', 'body: 正文。']],
    [
      'front',
      'near the top',
      ['关于科技创新情况的报告', ...body, '2018年7月23日在市人大常委会会议上'],
      ['title 关于科技创新情况的报告', 'title: 关于科技创新情况的报告', ...body.map((t) => `body: ${t}`), 'body: 2018年7月23日在市人大常委会会议上'],
    ],
    [
      'front',
      'occasion',
      ['关于科技创新情况的报告', '2018年7月23日在市人大常委会会议上'],
      ['title 关于科技创新情况的报告', 'title: 关于科技创新情况的报告', 'occasion: 2018年7月23日在市人大常委会会议上'],
    ],
    ['front', 'speaker', ['关于科技创新情况的报告', '市科技局局长 张 三'], ['title 关于科技创新情况的报告', 'title: 关于科技创新情况的报告', 'speaker: 市科技局局长 张 三']],
    [
      'front',
      'title on two lines',
      ['某市人民政府关于加强科技创新的意见', '某市人民政府', '关于加强科技创新的意见'],
      ['title 某市人民政府关于加强科技创新的意见', 'title: 某市人民政府关于加强科技创新的意见', 'title: 某市人民政府', 'title: 关于加强科技创新的意见'],
    ],
    ['checks', 'numbering jumps', ['一、甲', '二、乙', '四、丁'], ['title null', '一、甲', '二、乙', '四、丁', '! numbering jumps from 二、 to 四、']],
    ['checks', 'numbering starts above 1', ['二、乙', '三、丙'], ['title null', '二、乙', '三、丙', '! numbering starts at 二、, not at 1']],
    ['checks', 'level skipped', ['一、甲', '（1）子'], ['title null', '一、甲', '  （1）子', '! heading level jumps from 一、 to （1） (no level between them)']],
    [
      'checks',
      'mixed brackets',
      ['一、甲', '（一）子甲', '(二)子乙'],
      ['title null', '一、甲', '  （一）子甲', '  (二)子乙', '! mixed bracket widths: (二) here, full-width （） since line 2'],
    ],
  ];

  test('every step has a case', () => {
    for (const table of ['paragraph', 'front', 'checks'] as const) {
      expect(cases.filter(([t]) => t === table).map(([, name]) => name)).toEqual(outlineRules[table].map((s) => s.name));
    }
  });
  test.each(cases)('%s: %s', (table, name, texts, expected) => {
    expect(shape(texts)).toEqual(expected);
    expect(shape(texts, without(table, name))).not.toEqual(expected);
  });
});

describe('a salutation ends the front matter', () => {
  test('a paragraph after 各位代表： that opens with a year and tells of a 公布 and a 通过 is body, not a history line (corpus 233)', () => {
    const doc = parseOutline(
      [
        '为提前实现全国农业发展纲要而奋斗',
        '各位代表：',
        '一九五六年到一九六七年全国农业发展纲要，是中央提出的，在一九五六年一月以草案形式公布。一九五七年九月，全会通过了修正草案。',
      ].map((text, i) => ({ text, line: i + 1 })),
    );
    expect(doc.items.map((i) => (i.type === 'paragraph' ? i.role : 'heading'))).toEqual(['title', 'salutation', 'body']);
  });
});

describe('a title the front matter gives', () => {
  const roles = (texts: string[], given?: string) =>
    parseOutline(
      texts.map((text, i) => ({ text, line: i + 1 })),
      undefined,
      given,
    ).items.map((i) => (i.type === 'paragraph' ? `${i.role}: ${i.text}` : 'section'));
  test('a short line at the top that says something else is no title line (the page would hide it)', () => {
    expect(roles(['记者|戈振伟', '4月11日，某市召开人民代表大会。'], '深圳如何实现GDP增长6%：稳住制造业基本盘')).toEqual([
      'body: 记者|戈振伟',
      'body: 4月11日，某市召开人民代表大会。',
    ]);
    // without a given title the same line is taken for the title, as in a text whose title is its first line
    expect(roles(['记者|戈振伟', '4月11日，某市召开人民代表大会。'])[0]).toBe('title: 记者|戈振伟');
  });
  test('the title line itself, or part of it, is still the title', () => {
    expect(roles(['某市  科技工作要点', '一、总体要求'], '某市科技工作要点')[0]).toBe('title: 某市  科技工作要点');
  });
  test('an occasion line opened by two U+2015 dashes (――) is the subtitle, shown in the page header', () => {
    const doc = parseOutline(
      [
        { text: '――2021年1月31日在保定市第十五届人民代表大会第六次会议上', line: 1 },
        { text: '各位代表：', line: 2 },
      ],
      undefined,
      '2021年保定市政府工作报告',
    );
    expect(doc.subtitle).toBe('――2021年1月31日在保定市第十五届人民代表大会第六次会议上');
  });
  test('a dash-led paragraph of sentences before the first heading is body, not a subtitle (——这是…的五年。全省地区生产总值达到…, dev 178)', () => {
    const doc = parseOutline(
      lines([
        '2026年某省政府工作报告',
        '——2026年1月27日在某省人民代表大会第四次会议上',
        '各位代表：',
        '“十四五”时期工作回顾',
        '——这是追赶进位、综合实力快速跃升的五年。全省地区生产总值达到13697.5亿元。',
        '五年来主要做了以下工作。',
      ]),
    );
    expect(doc.items.map((i) => i.role)).toEqual(['title', 'subtitle', 'salutation', 'body', 'body', 'body']);
    expect(doc.subtitle).toBe('——2026年1月27日在某省人民代表大会第四次会议上');
  });
});

describe('mastheads: a title line that does not say the title is shown', () => {
  const block = (text: string) => ({ type: 'paragraph' as const, id: 'intro-p1', section: 'intro', line: 1, role: 'title' as const, text });
  test.each([
    ['通知公告', '深化蒙东电网新能源上网电价市场化改革实施方案', 'masthead'],
    ['【法宝引证码】CLI.12.4638041', '安徽省人民政府办公厅关于印发支持工业互联网发展若干政策的通知', 'masthead'],
    ['政府工作报告', '高阳县2019年政府工作报告', 'title'],
    ['法规名称：菸害防制法', '菸害防制法', 'title'],
    ['某市  科技工作要点', '某市科技工作要点', 'title'],
  ])('%s under the title %s: %s', (text, title, role) => {
    expect((mastheads([block(text)], title)[0] as { role: string }).role).toBe(role);
  });
});
