// The place-name data (src/pipeline/data/places.json) and how a report's region is read from it.
import { describe, expect, test } from 'vitest';
import { countyInside, findMentions, findPlace, inferBodyPlace, inferPlace, places, regionActedOn } from '../src/pipeline/places.ts';
import generated from '../src/pipeline/data/places.json' with { type: 'json' };
import byHand from '../src/pipeline/data/places-extra.json' with { type: 'json' };

describe('place data', () => {
  test('has every province-level division and the prefecture cities', () => {
    expect(places.filter((p) => p.level === 'province')).toHaveLength(34);
    expect(places.filter((p) => p.level === 'city').length).toBeGreaterThanOrEqual(330);
  });
  // Hong Kong, Macao, Taiwan and the country are written by hand in places-extra.json; the generated file does not copy them
  test('each place is written once: places.json lists none of the places of places-extra.json', () => {
    const own = new Set(byHand.places.map((p) => p.name));
    expect(generated.places.filter((p) => own.has(p.name)).map((p) => p.name)).toEqual([]);
    expect(places.filter((p) => p.name === '香港特别行政区' || p.name === '澳门特别行政区')).toHaveLength(2);
  });
  test("every parent exists and is one level up (or a municipality for districts); names are unique but a county's", () => {
    const above = places.filter((p) => p.level !== 'county');
    const byName = new Map(above.map((p) => [p.name, p]));
    expect(byName.size).toBe(above.length);
    const counties = places.filter((p) => p.level === 'county');
    // a county's name may be another county's (朝阳区 of 北京 and of 长春), never a city's or a province's, nor twice under one parent
    expect(counties.filter((p) => byName.has(p.name)).map((p) => p.name)).toEqual([]);
    expect(new Set(counties.map((p) => `${p.name} ${p.parent}`)).size).toBe(counties.length);
    for (const p of places) {
      if (p.level === 'province' || p.level === 'country') expect(p.parent, p.name).toBeUndefined();
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
    // a city's short name inside the title counts when its province is named too (corpus 81); alone, mid-text, it does not
    [['中共广东省委 广东省人民政府关于支持中山在参与粤港澳大湾区建设中加快高质量发展的意见'], { region: '中山', region_parent: '广东' }],
    [['关于支持中山在参与粤港澳大湾区建设中加快高质量发展的意见'], undefined],
    // national organs and the country's name stand for the country; any place in it is more specific
    [['2009年国务院政府工作报告', '', '——２００９年３月５日在第十一届全国人民代表大会第二次会议上'], { region: '全国' }],
    [['中华人民共和国车船税法', '全国人民代表大会常务委员会'], { region: '全国' }],
    [['中共中央 国务院关于实施乡村振兴战略的意见'], { region: '全国' }],
    [['决胜全面建成小康社会', '', '——在中国共产党第十九次全国代表大会上的报告'], { region: '全国' }],
    [['全国人民代表大会常务委员会关于授权国务院在广东省暂时调整部分法律规定的行政审批的决定'], { region: '广东' }],
    // the State Council's departments and agencies are national organs (dev 114); a place they write to is more specific
    [['人力资源社会保障部关于执行《工伤保险条例》若干问题的意见（二）', '人力资源社会保障部'], { region: '全国' }],
    [['关于做好2025年医疗保障工作的通知', '国家医保局 财政部'], { region: '全国' }],
    [['四川省财政厅关于转发财政部有关文件的通知'], { region: '四川' }],
    // and so are the short names their own titles and signatures use (国家卫生计生委, 国家药监局, 国家工商总局: dev 454, 842, 936, 937)
    [['国家卫生计生委办公厅关于实施有关病种临床路径的通知'], { region: '全国' }],
    [['国家药监局综合司关于《药品网络销售禁止清单（第一版）》有关问题的复函'], { region: '全国' }],
    [['国家工商总局关于做好“多证合一”改革工作的通知', '国家工商总局'], { region: '全国' }],
    [['广东省药品监督管理局关于转发国家药监局有关文件的通知'], { region: '广东' }],
    // the short name of every body the list names in full, not only of those the dev texts showed (国家环境保护总局 → 国家环保总局,
    // 国家金融监督管理总局 → 国家金融监管总局), and the former 中国银保监会 between 中国银监会/中国保监会 and 国家金融监管总局 (dev 392, 456, 458)
    [['国家环保总局关于加强建设项目环境影响评价管理的通知'], { region: '全国' }],
    [['国家金融监管总局关于促进金融租赁公司规范经营的指导意见'], { region: '全国' }],
    [['中国银保监会关于推动银行业和保险业高质量发展的指导意见'], { region: '全国' }],
    [['国管局关于做好2024年公共机构节约能源资源工作的通知'], { region: '全国' }],
    [['江苏银保监局关于转发中国银保监会有关文件的通知'], { region: '江苏' }],
    // a name a Taiwan body shares character for character (教育部, 外交部) is no national organ of the PRC
    [['教育部國民及學前教育署補助辦法'], undefined],
    [['外交部組織法'], undefined],
    // 部门 (departments) is no ministry: 财政部门 is any level's finance department
    [['关于进一步加强财政部门内部控制的意见'], undefined],
    [['中華民國憲法增修條文'], { region: '台湾' }],
    // a Taiwan ministry whose name no PRC body writes in either script stands for Taiwan (a ministry's 新聞稿: 勞動部：…)
    [['勞動部：明年基本工資調升至每月2萬8590元', '勞動部'], { region: '台湾' }],
    [['經濟部能源署公告再生能源躉購費率'], { region: '台湾' }],
    [['衛生福利部疾病管制署新聞稿'], { region: '台湾' }],
    // a name the PRC's bodies share in Traditional script (財政部, 交通部) does not
    [['財政部發布報告'], undefined],
    // every county of GB/T 2260 (corpus 71: a county report titled by the county alone)
    [['高阳县2015年政府工作报告', '高阳县人民政府'], { region: '高阳县', region_parent: '保定' }],
    [['赵县2020年政府工作报告'], { region: '赵县', region_parent: '石家庄' }],
    // a name two districts bear counts when its city is named too, else not at all
    [['长春市朝阳区2021年政府工作报告'], { region: '朝阳区', region_parent: '长春' }],
    [['朝阳区2021年政府工作报告'], undefined],
    // a two-character county only at the start of a text: 和县 is not read out of 城乡和县城
    [['关于推进城乡和县城建设的意见'], undefined],
  ])('%j → %j', (texts, want) => {
    expect(inferPlace(texts)).toEqual(want);
  });
  test("a zone named by a county's stem right after its city's name (广州南沙新区: 南沙区 of 广州, corpus 218); not a stem of another city's county", () => {
    expect(inferPlace(['广州南沙新区（自贸片区）先进制造业企业技改后奖补办事指南'])).toEqual({ region: '南沙区', region_parent: '广州' });
    expect(inferPlace(['广州市南沙片区建设方案'])).toEqual({ region: '南沙区', region_parent: '广州' });
    // a landmark named after a district is the city's
    expect(inferPlace(['杭州西湖风景名胜区管理条例'])).toEqual({ region: '杭州', region_parent: '浙江' });
    expect(inferPlace(['广州白云国际机场管理规定'])).toEqual({ region: '广州', region_parent: '广东' });
    // 江北区 is of 重庆 and 宁波, not of 南京; 高新 is no county's stem
    expect(inferPlace(['南京江北新区发展规划'])).toEqual({ region: '南京', region_parent: '江苏' });
    expect(inferPlace(['成都高新区发展规划'])).toEqual({ region: '成都', region_parent: '四川' });
    // not when something stands between (广州市的南沙)
    expect(inferPlace(['广州市的南沙发展规划'])).toEqual({ region: '广州', region_parent: '广东' });
  });
  test('words that only contain a place name are not places (市场, 区域), and a city short name counts only at the start', () => {
    // 河北区 (Tianjin) is not read out of 河北区域; 河北 (the province) is named there
    expect(findMentions(['天津市关于河北区域协同的意见']).map((m) => m.place.name)).toEqual(['天津市', '河北省']);
    expect(findMentions(['加快东方明珠建设']).map((m) => m.place.name)).toEqual([]);
    expect(inferPlace(['科學技術基本法'])).toBeUndefined();
  });
  test('a name that holds a place name but names a body or an idea elsewhere is no mention of it (places-extra.json not_mentions; dev 648, 650)', () => {
    expect(findMentions(['李强在上海合作组织成员国政府首脑（总理）理事会第二十四次会议上的讲话']).map((m) => m.place.name)).toEqual([]);
    expect(findMentions(['秉持“上海精神”，上合组织在上海成立']).map((m) => m.place.name)).toEqual(['上海市']);
    expect(byHand.not_mentions.about).toMatch(/上海合作组织/);
  });
  test('findPlace reads a sidecar region in any form, and refuses an ambiguous one', () => {
    expect(findPlace('全国')?.level).toBe('country');
    expect(findPlace('成都')?.name).toBe('成都市');
    expect(findPlace('臺灣')?.name).toBe('台湾省');
    expect(findPlace('海拉尔区')?.parent).toBe('呼伦贝尔市');
  });
  test("Taiwan's municipalities and counties are places under it, in either script (places-extra.json)", () => {
    expect(inferPlace(['臺北市政府觀光傳播局新聞稿'])).toEqual({ region: '台北', region_parent: '台湾' });
    expect(inferPlace(['高雄市111年度產業園區招商成果'])).toEqual({ region: '高雄', region_parent: '台湾' });
    expect(inferPlace(['花蓮縣災後重建計畫'])).toEqual({ region: '花莲', region_parent: '台湾' });
    // GB/T 2260 places 金门县 and 连江县 on the mainland's side (连江县 of 福州 is a county there too): they stay as they are
    expect(findPlace('连江县')?.parent).toBe('福州市');
  });
  test("Taiwan's districts and townships are counties under its municipalities and counties, by their names in Traditional script (places-taiwan.json; sentences of dev 676 and 743)", () => {
    expect(inferPlace(['臺北市內湖區都市計畫通盤檢討（主要計畫）案'])).toEqual({ region: '內湖區', region_parent: '台北' });
    expect(inferPlace(['行政院農業委員會公告：公告苗栗縣西湖鄉為辦理小麥105年3月雨害農業天然災害現金救助地區'])).toEqual({ region: '西湖鄉', region_parent: '苗栗' });
    // a name two cities share is placed by the city named with it (中正區 of 臺北 and of 基隆)
    expect(inferPlace(['基隆市中正區公所公告'])).toEqual({ region: '中正區', region_parent: '基隆' });
    // no district by a direction alone (東區, 北區 of several cities, and of Hong Kong), nor Tainan's 中西區, Hong Kong's name too
    expect(findMentions(['香港東區及北區區議會']).map((m) => m.place.name)).toEqual(['香港特别行政区']);
    // the mainland's names in Simplified script are untouched (中山区 of 大连, 大安区 of 自贡)
    expect(inferPlace(['大连市中山区2021年政府工作报告'])).toEqual({ region: '中山区', region_parent: '大连' });
    expect(findPlace('中山区')?.parent).toBe('大连市');
  });
  test("a Taiwan district whose name a mainland district bears in Simplified script counts only where its city is named (a Traditional text may name the mainland's: 和平區 of 天津 and 台中)", () => {
    // dev 715: 由於中橫公路中斷，臺中市和平區梨山里、平等里居民…
    expect(inferPlace(['臺中市和平區梨山里、平等里居民'])).toEqual({ region: '和平區', region_parent: '台中' });
    // dev 357's list of 阜新's districts (太平区人民政府网站), as a Traditional page writes it: no district of 台中
    expect(inferPlace(['阜新市太平區人民政府網站'])).toEqual({ region: '阜新', region_parent: '辽宁' });
    expect(inferPlace(['太平區人民政府網站'])).toBeUndefined();
    // a name no mainland district bears still counts alone (內湖區)
    expect(inferPlace(['內湖區公所公告'])).toEqual({ region: '內湖區', region_parent: '台北' });
  });
  test('and so in a body: a Taiwan district whose name a mainland district bears counts there only where its city is named', () => {
    // dev 357's list of 阜新's district sites, as a Traditional page writes it
    expect(inferBodyPlace('阜新市太平區人民政府網站\n太平區人民政府網站\n海州區人民政府網站')).toBeUndefined();
    // dev 715's line, and the district's office after it
    expect(inferBodyPlace('由於中橫公路中斷，臺中市和平區梨山里、平等里居民\n和平區公所')).toEqual({ region: '和平區', region_parent: '台中' });
  });
  test('a Taiwan county and district written with 台 for 臺 are the same place (台東縣, 台東市, as 台北市 and 臺北市 are)', () => {
    // dev 676's notice of a township as relief area, the county and township as texts that write 台東 give them
    expect(inferPlace(['公告台東縣卑南鄉為辦理小麥105年3月雨害農業天然災害現金救助地區'])).toEqual({ region: '卑南鄉', region_parent: '台东' });
    expect(inferPlace(['台東縣政府公告'])).toEqual({ region: '台东', region_parent: '台湾' });
    expect(inferPlace(['台東縣台東市公所'])).toEqual({ region: '臺東市', region_parent: '台东' });
    expect(inferPlace(['雲林縣台西鄉公所'])).toEqual({ region: '臺西鄉', region_parent: '云林' });
  });
  test("a Taiwan district's name read across two words is no mention of it: 擴大|園區 holds 大園區 (dev 558), 臺北市|內湖區 does not", () => {
    expect(findMentions(['需進一步擴大園區設施規模、提升觀展體驗']).map((m) => m.place.name)).toEqual([]);
    expect(inferPlace(['需進一步擴大園區設施規模、提升觀展體驗'])).toBeUndefined();
    // dev 676, 716: the names a Taiwan text gives them
    expect(findMentions(['請西湖鄉公所自公告日起']).map((m) => m.place.name)).toEqual(['西湖鄉']);
    expect(findMentions(['臺北市內湖區都市計畫通盤檢討']).map((m) => m.place.name)).toEqual(['台北市', '內湖區']);
  });
});

describe('inferBodyPlace: a body whose title names no place', () => {
  test.each([
    // corpus 12, 36: Taiwan's laws name no place but pay in 新臺幣 and report to 行政院
    ['違反者處新臺幣二千元以上一萬元以下罰鍰。應報請行政院核定。另處新臺幣一萬元罰鍰。', '台湾'],
    // corpus 06: a LegCo record names Hong Kong
    ['香港的單車徑……香港政府應……', '香港'],
    ['二〇二三年港元匯率……以港元計算', '香港'],
  ])('%s → %s', (body, region) => {
    expect(inferBodyPlace(body)?.region).toBe(region);
  });
  test('not the country or its organs (every level names them), not a single mention, not a tie', () => {
    expect(inferBodyPlace('贯彻国务院部署，全国一盘棋，国务院要求，全国统一')).toBeUndefined();
    expect(inferBodyPlace('学习上海经验')).toBeUndefined();
    expect(inferBodyPlace('上海、上海、浙江、浙江')).toBeUndefined();
  });
  test("a text that names no place and speaks of the country as its own (我国) is the country's, unless it speaks of a province, city or county as its own (dev 227, 246)", () => {
    expect(inferBodyPlace('今天，我们召开座谈会，目的是提升我国原始创新能力。中央科技委要强化统筹协调。')).toEqual({ region: '全国' });
    expect(inferBodyPlace('本周，我国互联网基础设施运行整体平稳，全国范围内未发生重大事件。')).toEqual({ region: '全国' });
    expect(inferBodyPlace('我国经济持续恢复，我市要抓住机遇。')).toBeUndefined();
    expect(inferBodyPlace('我国经济持续恢复，我县要抓住机遇。')).toBeUndefined();
    expect(inferBodyPlace('我国经济持续恢复，浙江要抓住机遇，浙江将全力推进。')?.region).toBe('浙江');
  });
  test("a text whose lede opens with the head of a national body doing something is the country's: where he spoke or went is the venue (dev 296, 355, 380)", () => {
    const opening = '国务院总理李强7月4日在上海出席2024世界人工智能大会开幕式并致辞。大会发表《人工智能全球治理上海宣言》。上海市领导出席。';
    expect(inferBodyPlace(opening)).toEqual({ region: '全国' });
    expect(inferBodyPlace('新年前夕，国家主席习近平发表了二〇二〇年新年贺词。\n我在首都北京向大家送上新年的美好祝福！北京大兴国际机场投运。')).toEqual({ region: '全国' });
    // a speech's title and date line opening the lede (run on from a dateline with no space), then its speaker, a national head (dev 648)
    const speech =
      '新华社莫斯科11月18日电在上海合作组织成员国政府首脑（总理）理事会第二十四次会议上的讲话（2025年11月18日，莫斯科）中华人民共和国国务院总理 李强尊敬的米舒斯京总理，各位同事：很高兴再次与大家共同出席会议。今年9月召开的上合组织天津峰会上，习近平主席提出倡议。';
    expect(inferBodyPlace(speech)).toEqual({ region: '全国' });
    expect(inferBodyPlace(speech.replace('中华人民共和国国务院总理 李强', '天津市市长 张工'))).not.toEqual({ region: '全国' });
    // not a leader named after the lede's subject, nor a province's head
    expect(inferBodyPlace('上海市举行大会。国务院总理李强出席。上海市领导出席。')?.region).toBe('上海');
    expect(inferBodyPlace('浙江省省长王浩在杭州出席大会并致辞。杭州市领导出席，杭州将全力推进。')?.region).toBe('杭州');
    // nor a text that speaks of the place he went to as its own (本港: a Hong Kong paper's report of his meeting with its sectors, dev 297)
    expect(inferBodyPlace('國家主席習近平今日下午與本港政商界等各界人士會面時表示，不能情緒化看待問題。香港要發展，香港有優勢。')?.region).toBe('香港');
  });
  test("a place named once, in passing, does not stop a text that speaks of the country as its own, more often, from being the country's (dev 362, 364)", () => {
    const reading = '截至2022年12月，我国网民规模为10.67亿。从东北雪原到海南三沙实现信号覆盖。我国互联网普及率达75.6%。';
    expect(inferBodyPlace(reading)).toEqual({ region: '全国' });
    // but not when the place is named as often, nor with 我国 said once
    expect(inferBodyPlace(`${reading}三沙网络覆盖，三沙全面提速。`)?.region).not.toBe('全国');
    expect(inferBodyPlace('我国经济持续恢复，海南三沙迎来游客。')).toBeUndefined();
  });
  test('a national text: the country and its organs named at least five times and more than any place (corpus 152, 165)', () => {
    const national = '全国服务业大会在京召开。中共中央政治局常委、国务院总理出席。上海市、湖南省有关负责同志发言。推进全国统一大市场建设。国务院部署，全国各地落实。';
    expect(inferBodyPlace(national)).toEqual({ region: '全国' });
    // a province's text names the country too, but its province more
    expect(inferBodyPlace(`${national}广东要落实，广东将推进，广东省各地，广东全力，广东全面，广东加快。`)?.region).toBe('广东');
  });
  test('a short name read across the words of a sentence is no mention: 环保|定期 holds 保定 (dev 556)', () => {
    const exhaust = '在用机动车排气污染定期检测，由取得《机动车环保定期检验委托证书》的机动车环保检验机构进行。未取得《机动车环保定期检验委托证书》的机构不得从事检测。';
    expect(inferBodyPlace(exhaust)).toBeUndefined();
    expect(findMentions(['环保定期检验'], true)).toEqual([]);
    // a short name as a word of its own still counts, the segmenter's unknown names too (遂/宁)
    expect(findMentions(['省长赴保定调研'], true).map((m) => m.place.name)).toContain('保定市');
    expect(inferBodyPlace('今年遂宁实现增长，遂宁全市经济增长。')?.region).toBe('遂宁');
  });
  test("a news report's dateline names where it was filed from, not what it is about (corpus 152)", () => {
    const report = '新华社上海4月30日电　座谈会上，科技部、教育部负责同志发言。\n上海市、浙江省、浙江省有关负责同志参加。';
    expect(inferBodyPlace(report)?.region).toBe('浙江');
    expect(inferBodyPlace(report.replace('浙江省、浙江省', '浙江省'))).toBeUndefined();
  });
  test("a county's or district's own text (我区, 向区财政局) is about the county it names most, not the city it names more (corpus 149, 150)", () => {
    const guide = '申报单位注册在广州市南沙区，由广州市以外迁入南沙区。登录广州南沙政策兑现系统申请。广州南沙开发区窗口受理。';
    expect(inferBodyPlace(guide)).toEqual({ region: '广州', region_parent: '广东' });
    expect(inferBodyPlace(`${guide}区政务服务中心形式审查，向区财政局申请拨付。`)).toEqual({ region: '南沙区', region_parent: '广州' });
    expect(inferBodyPlace(`${guide}承诺不迁离我区、不改变在本区的纳税义务。`)).toEqual({ region: '南沙区', region_parent: '广州' });
    // its district by the stem of its name when the city is named (广州南沙新区, 南沙片区: corpus 123, 124)
    const measures = '为落实广州市委、广州市人民政府的意见，加快建设广州南沙新区城市副中心，经自贸区南沙片区认定，在本区工作满三年，符合我区重点产业。';
    expect(inferBodyPlace(measures)).toEqual({ region: '南沙区', region_parent: '广州' });
    expect(inferBodyPlace(measures.replace(/在本区工作满三年，符合我区重点产业。/u, ''))).toEqual({ region: '广州', region_parent: '广东' });
    // or by a stem no other place bears, its city not named (在南沙设立的总部, 我区: corpus 186); a stem several districts bear (西湖) is no place
    const scheme = '企业工商注册地在我区范围内。世界500强在南沙设立的总部，落户南沙的企业，享受我区奖励。';
    expect(inferBodyPlace(scheme)).toEqual({ region: '南沙区', region_parent: '广州' });
    expect(inferBodyPlace(scheme.replace(/南沙/gu, '西湖'))).toBeUndefined();
    // a stem a Taiwan district bears too (金山 of 新北's 金山區, 泰山 of 泰山區) is still the mainland county's: a text that says 我区 is no Taiwan text
    expect(inferBodyPlace(scheme.replace(/南沙/gu, '金山'))).toEqual({ region: '金山区', region_parent: '上海' });
    expect(inferBodyPlace(scheme.replace(/南沙/gu, '泰山'))).toEqual({ region: '泰山区', region_parent: '泰安' });
    // nor when the text names places by their names: then the stem is only a word among them
    expect(inferBodyPlace(`${scheme}对接深圳、东莞、深圳、东莞。`)?.region).not.toBe('南沙区');
    // a city's text that names its districts' bodies (各区政府) is the city's
    expect(inferBodyPlace(`${guide}各区政府要落实，各区财政局要保障。`)).toEqual({ region: '广州', region_parent: '广东' });
  });
});

describe('countyInside: the county a body names most inside the place found for its text (dev 716, 767, 931)', () => {
  const forum = '论坛在北京市第八十中学举办，北京市副市长、朝阳区区长参加。朝阳区作为首都教育大区，希望朝阳区继续发挥示范引领作用，助力朝阳区教育事业发展。';
  test('a district its body names by its full name, twice at least, inside the city a title names (第二届…·北京论坛举办: dev 931)', () => {
    expect(countyInside(forum, { region: '北京' })).toEqual({ region: '朝阳区', region_parent: '北京' });
    // a name several districts bear (朝阳区 of 北京 and of 长春) counts for the one inside the place, and no other place's
    expect(countyInside(forum, { region: '上海' })).toBeUndefined();
    // nor for another city's county of that name inside a province found by a site, unless the body names that city (朝阳区 of 长春)
    expect(countyInside(forum, { region: '吉林' })).toBeUndefined();
    expect(countyInside(`长春市${forum}`, { region: '吉林' })).toEqual({ region: '朝阳区', region_parent: '长春' });
    // and a county of a province's city inside the province (福州市长乐区 in a service guide: dev 767)
    expect(countyInside('受理地点：福州市长乐区会堂路；咨询：长乐区烟草专卖局。', { region: '福建' })).toEqual({ region: '长乐区', region_parent: '福州' });
  });
  test("not a county named once, nor one named no more often than the other places inside (a city's text that names its districts)", () => {
    expect(countyInside('论坛在朝阳区举办，北京市副市长参加。', { region: '北京' })).toBeUndefined();
    expect(countyInside(`${forum}海淀区、西城区、东城区、丰台区的校长参加。`, { region: '北京' })).toBeUndefined();
    // the city it lies in is no other place: 福州市长乐区 names the county, under its city
    expect(countyInside('福州市长乐区、福州市长乐区。福州。', { region: '福建' })).toEqual({ region: '长乐区', region_parent: '福州' });
    // nor inside a county already found
    expect(countyInside(forum, { region: '朝阳区', region_parent: '北京' })).toBeUndefined();
  });
  test('not in a text that speaks of the place as its own more often than it names the county (dev 418, 817)', () => {
    // a provincial committee's meeting that heard a district's request: 省委, 全省, 我省 over 龙岗区 named twice
    const meeting = '省委全面深化改革委员会召开会议。省委书记主持。会议研究了深圳市龙岗区的请示事项，支持龙岗区先行先试，全省各地、我省各部门要抓好落实。';
    expect(countyInside(meeting, { region: '广东' })).toBeUndefined();
    expect(countyInside(meeting.replace(/省委|全省|我省/g, '会议'), { region: '广东' })).toEqual({ region: '龙岗区', region_parent: '深圳' });
    // a councillor's questions to 市府 (Taiwan's city government) that name a district in passing
    const questions = '市議員今日質詢，要求市府加強打詐，希望市府提高補助，並指安南區居民連署，安南區民眾需要游泳池，期待市府回應。';
    expect(countyInside(questions, { region: '台南', region_parent: '台湾' })).toBeUndefined();
    // another city's government (台北市政府) is no word of its own, and a county named by its stem too outnumbers them (內湖 of 內湖區, dev 716)
    expect(countyInside(questions.replace(/市府/g, '台北市政府'), { region: '台南', region_parent: '台湾' })).toEqual({ region: '安南區', region_parent: '台南' });
    expect(countyInside(`${questions}安南運動公園、安南游泳池、安南醫院。`, { region: '台南', region_parent: '台湾' })).toEqual({ region: '安南區', region_parent: '台南' });
    // on the county's own site, whose pages carry its city's menus (市政府, 市公安局: dev 931), the county stays
    const menus = `${forum} 市政府 市委 市政府 市委 市政府`;
    expect(countyInside(menus, { region: '北京' })).toBeUndefined();
    expect(countyInside(menus, { region: '北京' }, { region: '朝阳区', region_parent: '北京' })).toEqual({ region: '朝阳区', region_parent: '北京' });
  });
  test('a county-level city speaks of itself by the level word of its city (我市, 全市, 市委, 市政府): its own words, not its city', () => {
    // 昆山市 in 苏州市: the words that make a Tainan councillor's questions the city's (市府) are here the county's own
    const meeting = '昆山市召开市委常委会会议。市委书记主持会议。会议强调，全市上下要抓好落实，市政府各部门要各司其职。昆山市将加快建设。';
    expect(countyInside(meeting, { region: '苏州', region_parent: '江苏' })).toEqual({ region: '昆山市', region_parent: '苏州' });
    // a district's text (区) still gives way to its city's words (dev 817)
    const district = meeting.replace(/昆山市/g, '吴中区');
    expect(countyInside(district, { region: '苏州', region_parent: '江苏' })).toBeUndefined();
  });
});

describe('regionActedOn: a national body acting on a special administrative region (dev 347, 480)', () => {
  test('the region the body names more often than the country and its organs', () => {
    const macau =
      '國務院今（16）日公布，中央人民政府依照《中華人民共和國澳門特別行政區基本法》的有關規定，根據澳門特別行政區行政長官岑浩輝的建議，決定免去戴建業的經濟財政司司長職務。' +
      '對於戴建業司長為澳門特區發展所作出的努力和貢獻，行政長官予以衷心感謝。行政長官將根據《中華人民共和國澳門特別行政區基本法》的有關規定，行使經濟財政司司長的一切職權。';
    expect(regionActedOn(macau)?.region).toBe('澳门');
  });
  test("or, named as often as the country, on a page of the region's own government", () => {
    const release =
      '國務院今（16）日公布，中央人民政府依照《中華人民共和國澳門特別行政區基本法》的有關規定，根據澳門特別行政區行政長官的建議，決定免去經濟財政司司長職務。' +
      '國務院感謝其為澳門特區發展所作出的努力。';
    expect(regionActedOn(release)).toBeUndefined();
    expect(regionActedOn(release, '澳门')?.region).toBe('澳门');
  });
  test('not an area the region shares with other places, named as often together (the bay area of a national plan, dev 346)', () => {
    const bay =
      '優化提升中心城市。以香港、澳門、廣州、深圳四大中心城市作為區域發展的核心引擎，繼續發揮比較優勢做優做強，增強對周邊區域發展的輻射帶動作用。' +
      '支持香港打造大灣區綠色金融中心，建設國際認可的綠色債券認證機構。研究完善廣東對香港、澳門輸電網絡、供氣管道，確保香港、澳門能源供應安全和穩定。';
    expect(regionActedOn(bay)).toBeUndefined();
    expect(regionActedOn(bay, '香港')).toBeUndefined();
  });
  test('not where the country is named as often, nor a province', () => {
    expect(regionActedOn('全国人大常委会通过决定。全国人民代表大会要求香港特别行政区落实。国务院部署全国工作。')).toBeUndefined();
    expect(regionActedOn('国务院支持广东发展，广东要用好政策，广东省人民政府负责落实。')).toBeUndefined();
  });
});
