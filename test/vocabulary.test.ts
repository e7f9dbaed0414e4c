// content/vocabulary.yml: official vocabulary OpenCC segments wrongly. One row per entry with a real
// phrase (where it was found), what the site writes with the entry and what OpenCC alone writes;
// and the loading: vocabulary.yml goes through the terms reader, after terms.yml.
import { describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTerms, readSiteTerms, termFiles } from '../scripts/lib/terms.ts';
import { decodeSource } from '../src/pipeline/decode.ts';
import { SourceError } from '../src/pipeline/errors.ts';
import { createVariantConverter, detectScript, otherScript, presets } from '../src/pipeline/variants.ts';
import type { Script } from '../src/schemas/meta.ts';
import type { Term } from '../src/schemas/terms.ts';
import { root, tempDir } from './helpers/run.ts';

const vocabularyPath = join(root, 'content/vocabulary.yml');
const vocabulary = parseTerms(readFileSync(vocabularyPath, 'utf8'), vocabularyPath);
const site = await readSiteTerms(join(root, 'content'));

/**
 * [entry (its Simplified form), phrase as written in the source, the site's conversion (preset tw),
 * OpenCC alone (tw), where the phrase is: corpus file:line, or the issue that asked for the entry;
 * the preset, where OpenCC is wrong under another one only (both conversions are then that preset's)].
 * A Traditional phrase is converted to Simplified, a Simplified one to Traditional.
 */
const rows: [entry: string, phrase: string, site: string, opencc: string, source: string, preset?: (typeof presets)[number]][] = [
  ['发展', '准确把握发展阶段', '準確把握發展階段', '準確把握髮展階段', 'issue (把握发展)'],
  ['发展', '厚植发展优势', '厚植發展優勢', '厚植髮展優勢', 'issue (厚植发展)'],
  ['发展', '打造人与自然和谐共生发展新格局', '打造人與自然和諧共生發展新格局', '打造人與自然和諧共生髮展新格局', '37_cpc-sc-rural-revitalization-opinions-2018.txt:29'],
  ['换发', '适应农村商品交换发展的新形势', '適應農村商品交換發展的新形勢', '適應農村商品交換髮展的新形勢', '38_prc-gov-work-report-1984-gbk-scrape-excerpt.txt:125'],
  ['换发', '更换发动机', '更換發動機', '更換髮動機', 'issue (更换发动机)'],
  ['额发放', '和离退休费的按时足额发放', '和離退休費的按時足額發放', '和離退休費的按時足額髮放', '04_prc-gov-work-report-2004.txt:95'],
  ['行政复议', '重视人民群众通过行政复议、行政诉讼', '重視人民群眾通過行政覆議、行政訴訟', '重視人民群眾通過行政複議、行政訴訟', '04_prc-gov-work-report-2004.txt:108'],
  ['申请复议', '可依法申请复议或提起诉讼', '可依法申請覆議或提起訴訟', '可依法申請複議或提起訴訟', '30_zz-gas-management-regulation.txt:285'],
  ['复核', '房屋安全鉴定业务（含复核鉴定）', '房屋安全鑑定業務（含覆核鑑定）', '房屋安全鑑定業務（含複核鑑定）', '10_zj-housing-use-safety-regulation.txt:137'],
  ['拴系', '拴系', '拴繫', '拴系', 'issue (拴系)'],
  ['获准', '未获准新购、新建大型科学仪器设施', '未獲准新購、新建大型科學儀器設施', '未獲準新購、新建大型科學儀器設施', '01_sh-large-instrument-sharing-rules.txt:47'],
  ['不准开工', '尚未建设的不准开工', '尚未建設的不准開工', '尚未建設的不準開工', '04_prc-gov-work-report-2004.txt:54'],
  ['不准再', '各部门一律不准再组织其他检查', '各部門一律不准再組織其他檢查', '各部門一律不準再組織其他檢查', '37_cpc-sc-rural-revitalization-opinions-2018.txt:61'],
  ['市场准入', '严格市场准入', '嚴格市場准入', '嚴格市場準入', '04_prc-gov-work-report-2004.txt:54'],
  ['采取', '是在需求不足的情况下采取的阶段性政策', '是在需求不足的情況下採取的階段性政策', '是在需求不足的情況下采取的階段性政策', '04_prc-gov-work-report-2004.txt:53'],
  ['采用', '更多采用生产奖补', '更多採用生產獎補', '更多采用生產獎補', '37_cpc-sc-rural-revitalization-opinions-2018.txt:60'],
  ['注重', '更加注重搞好宏观调控', '更加注重搞好宏觀調控', '更加註重搞好宏觀調控', '04_prc-gov-work-report-2004.txt:49'],
  ['制度', '海外高层次人才职称直接认定制度', '海外高層次人才職稱直接認定制度', '海外高層次人才職稱直接認定製度', '02_bj-intl-sci-tech-innovation-center-regulation.txt:283'],
  ['制度', '落地实施提供制度保障', '落地實施提供制度保障', '落地實施提供製度保障', 'content/sources/chengdu-2015-xiaoyuandi-xietong.txt:11'],
  ['制度', '经费分配、考试制度', '經費分配、考試制度', '經費分配、考試製度', '35_macao-basic-law-simplified.txt:559'],
  ['转制', '转制为企业法人', '轉制為企業法人', '轉製為企業法人', '34_npcsc-guangdong-approval-adjustment-decision.txt:62'],
  ['成渝', '高质量编制成渝地区双城经济圈', '高質量編制成渝地區雙城經濟圈', '高質量編製成渝地區雙城經濟圈', 'content/sources/suining-2021-gongzuoyaodian.txt:5'],
  ['好干部', '贯彻新时期好干部标准', '貫徹新時期好幹部標準', '貫徹新時期好乾部標準', '43_cpc-19th-congress-report-excerpt.txt:47'],
  ['历史', '展开了我国历史上救援速度最', '展開了我國歷史上救援速度最', '展開了我國曆史上救援速度最', '14_prc-gov-work-report-2009-excerpt.gb18030.txt:33'],
  ['斗争', '必须进行伟大斗争', '必須進行偉大鬥爭', '必須進行偉大斗爭', '43_cpc-19th-congress-report-excerpt.txt:93'],
  ['制订', '考虑了香港的历史和现状后制订的', '考慮了香港的歷史和現狀後制訂的', '考慮了香港的歷史和現狀後製訂的', '38_prc-gov-work-report-1984-gbk-scrape-excerpt.txt:231'],
  ['备案制', '实行以备案制为主的对外投资', '實行以備案制為主的對外投資', '實行以備案製為主的對外投資', '15_prc-gov-work-report-2015-excerpt.gb18030.txt:65'],
  ['著有', '從事科學技術研究著有功績', '从事科学技术研究著有功绩', '从事科学技术研究着有功绩', '03_tw-science-technology-basic-law.txt:74'],
  ['人心思干', '人心思进、人心思干的氛围日益浓厚', '人心思進、人心思幹的氛圍日益濃厚', '人心思進、人心思乾的氛圍日益濃厚', '60_baoding-gov-work-report-2021.txt:29'],
  ['指明了', '为保定“十四五”经济社会发展指明了方向', '為保定“十四五”經濟社會發展指明了方向', '為保定“十四五”經濟社會發展指明瞭方向', '60_baoding-gov-work-report-2021.txt:38'],
  [
    '电视总台',
    '谋划实施中央广播电视总台涿州文化产业综合体项目',
    '謀劃實施中央廣播電視總臺涿州文化產業綜合體項目',
    '謀劃實施中央廣播電視總檯涿州文化產業綜合體項目',
    '60_baoding-gov-work-report-2021.txt:88',
  ],
  ['制氢', '年底前在制氢、储氢、运氢、加氢', '年底前在製氫、儲氫、運氫、加氫', '年底前在制氫、儲氫、運氫、加氫', '60_baoding-gov-work-report-2021.txt:70'],
  ['发育', '经济结构的改善和市场的不断发育', '經濟結構的改善和市場的不斷發育', '經濟結構的改善和市場的不斷髮育', '64_prc-10-year-program-8th-five-year-plan-outline-1991.txt:373'],
  ['发电', '研制大型抽水蓄能机组和高水头发电机组', '研製大型抽水蓄能機組和高水頭發電機組', '研製大型抽水蓄能機組和高水頭髮電機組', '63_prc-6th-five-year-plan-1981.txt:737'],
  ['复式', '国家预算实行复式预算制', '國家預算實行複式預算制', '國家預算實行復式預算制', '64_prc-10-year-program-8th-five-year-plan-outline-1991.txt:352'],
  ['江干流', '逐步改善长江干流的同马、无为', '逐步改善長江幹流的同馬、無為', '逐步改善長江干流的同馬、無為', '63_prc-6th-five-year-plan-1981.txt:445'],
  ['河干流', '以及淮河干流行洪滞洪区处理工程', '以及淮河幹流行洪滯洪區處理工程', '以及淮河干流行洪滯洪區處理工程', '63_prc-6th-five-year-plan-1981.txt:441'],
  ['江干线', '建设长江干线及主要支流', '建設長江幹線及主要支流', '建設長江干線及主要支流', '64_prc-10-year-program-8th-five-year-plan-outline-1991.txt:200'],
  ['海干线', '陇海干线，以及沿海运输', '隴海幹線，以及沿海運輸', '隴海乾線，以及沿海運輸', '64_prc-10-year-program-8th-five-year-plan-outline-1991.txt:199'],
  [
    '江干支',
    '黄河上游、长江干支流和红水河流域',
    '黃河上游、長江幹支流和紅水河流域',
    '黃河上游、長江干支流和紅水河流域',
    '64_prc-10-year-program-8th-five-year-plan-outline-1991.txt:192',
  ],
  ['几省', '发展南方几省的桐油、生漆', '發展南方幾省的桐油、生漆', '發展南方几省的桐油、生漆', '63_prc-6th-five-year-plan-1981.txt:965'],
  [
    '差转台',
    '积极发展转播台、差转台，扩大电视人口覆盖',
    '積極發展轉播臺、差轉臺，擴大電視人口覆蓋',
    '積極發展轉播臺、差轉檯，擴大電視人口覆蓋',
    '63_prc-6th-five-year-plan-1981.txt:1371',
  ],
  ['机制纸', '1995年，机制纸和纸板达到', '1995年，機製紙和紙板達到', '1995年，機制紙和紙板達到', '64_prc-10-year-program-8th-five-year-plan-outline-1991.txt:229'],
  ['法制糖', '推广连续渗出法制糖新工艺', '推廣連續滲出法製糖新工藝', '推廣連續滲出法制糖新工藝', '63_prc-6th-five-year-plan-1981.txt:1011'],
  ['法制碱', '建设3套大型氨碱法制碱装置', '建設3套大型氨鹼法製鹼裝置', '建設3套大型氨鹼法制鹼裝置', '63_prc-6th-five-year-plan-1981.txt:679'],
  ['涤纶制条', '解决涤纶长丝、涤纶制条、化纤织物整理', '解決滌綸長絲、滌綸製條、化纖織物整理', '解決滌綸長絲、滌綸制條、化纖織物整理', '63_prc-6th-five-year-plan-1981.txt:499'],
  ['主机制造', '有步骤地改造一批有关的主机制造厂', '有步驟地改造一批有關的主機製造廠', '有步驟地改造一批有關的主機制造廠', '63_prc-6th-five-year-plan-1981.txt:784'],
  [
    '氢制',
    '绿氢、绿氢制绿氨、绿氢制绿色甲醇',
    '綠氫、綠氫製綠氨、綠氫製綠色甲醇',
    '綠氫、綠氫制綠氨、綠氫制綠色甲醇',
    '66_nmg-green-power-direct-supply-implementation-plan-2026.txt:113',
  ],
  [
    '制储输',
    '说明项目“制储输用”全链条闭环情况',
    '說明項目“製儲輸用”全鏈條閉環情況',
    '說明項目“制儲輸用”全鏈條閉環情況',
    '66_nmg-green-power-direct-supply-implementation-plan-2026.txt:554',
  ],
  ['气制酸', '硫精矿200万吨，尾气制酸50万吨', '硫精礦200萬噸，尾氣製酸50萬噸', '硫精礦200萬噸，尾氣制酸50萬噸', '63_prc-6th-five-year-plan-1981.txt:655'],
  ['有制剂', '所有制剂厂和原料药厂都必须', '所有製劑廠和原料藥廠都必須', '所有制劑廠和原料藥廠都必須', '63_prc-6th-five-year-plan-1981.txt:1401'],
  [
    '工资制',
    '逐步实行以岗位技能工资制为主要形式',
    '逐步實行以崗位技能工資制為主要形式',
    '逐步實行以崗位技能工資製為主要形式',
    '64_prc-10-year-program-8th-five-year-plan-outline-1991.txt:361',
  ],
  ['干法工艺', '在建设新厂中采用现代干法工艺提供经验', '在建設新廠中採用現代乾法工藝提供經驗', '在建設新廠中採用現代幹法工藝提供經驗', '63_prc-6th-five-year-plan-1981.txt:695'],
  [
    '的核准',
    '取得相关主管部门的核准（备案）文件后',
    '取得相關主管部門的核准（備案）文件後',
    '取得相關主管部門的核準（備案）文件後',
    '66_nmg-green-power-direct-supply-implementation-plan-2026.txt:92',
  ],
  [
    '核准文件',
    '纳入国家规划文件和核准文件以及足额缴纳',
    '納入國家規劃文件和核准文件以及足額繳納',
    '納入國家規劃文件和核準文件以及足額繳納',
    '66_nmg-green-power-direct-supply-implementation-plan-2026.txt:597',
  ],
  ['不准超', '不准超计划采伐', '不准超計劃採伐', '不準超計劃採伐', '63_prc-6th-five-year-plan-1981.txt:476'],
  ['不准出售', '不符合卫生要求的，不准出售', '不符合衛生要求的，不准出售', '不符合衛生要求的，不準出售', '63_prc-6th-five-year-plan-1981.txt:514'],
  ['不准截留', '不准截留国家木材', '不准截留國家木材', '不準截留國家木材', '63_prc-6th-five-year-plan-1981.txt:476'],
  ['不准巧立', '不准巧立名目发放补贴', '不准巧立名目發放補貼', '不準巧立名目發放補貼', '63_prc-6th-five-year-plan-1981.txt:1249'],
  ['制造业', '重庆市制造业人才服务中心', '重慶市製造業人才服務中心', '重慶市制造業人才服務中心', '68_cq-intelligent-connected-nev-commercial-vehicle-policy-measures-2025.txt:99'],
  ['制造业', '7个重点传统制造业增加值', '7個重點傳統製造業增加值', '7個重點傳統制造業增加值', '16_zj-gov-work-report-2026-excerpt.txt:20'],
  ['钢管制造', '天津钢管制造有限公司', '天津鋼管製造有限公司', '天津鋼管制造有限公司', '67_tj-demand-response-subsidy-fund-plan-2025.txt:628'],
  ['灰制砖', '余热发电、渣灰制砖"六位一体"', '餘熱發電、渣灰製磚"六位一體"', '餘熱發電、渣灰制磚"六位一體"', '72_gaoyang-county-gov-work-report-2017.txt:57'],
  ['改制', '营利性事业单位要改制为企业', '營利性事業單位要改制為企業', '營利性事業單位要改製為企業', '69_prc-11th-five-year-plan-outline-2006.txt:375'],
  [
    '泥干化',
    '推进再生水利用、污泥干化等入园项目建设',
    '推進再生水利用、汙泥乾化等入園項目建設',
    '推進再生水利用、汙泥幹化等入園項目建設',
    '72_gaoyang-county-gov-work-report-2017.txt:125',
  ],
  ['干法水泥', '的新型干法水泥，逐步淘汰立窑', '的新型乾法水泥，逐步淘汰立窯', '的新型幹法水泥，逐步淘汰立窯', '69_prc-11th-five-year-plan-outline-2006.txt:257'],
  ['补淀', '引黄入冀补淀征迁占工作在全省率先完成', '引黃入冀補淀徵遷佔工作在全省率先完成', '引黃入冀補澱徵遷佔工作在全省率先完成', '72_gaoyang-county-gov-work-report-2017.txt:65'],
  [
    '个中国',
    '庞口镇被列入全国首批127个中国特色小镇',
    '龐口鎮被列入全國首批127個中國特色小鎮',
    '龐口鎮被列入全國首批127箇中國特色小鎮',
    '72_gaoyang-county-gov-work-report-2017.txt:65',
  ],
  ['个中国', '必须坚持一个中国原则', '必須堅持一個中國原則', '必須堅持一箇中國原則', '43_cpc-19th-congress-report-excerpt.txt:137'],
  ['并发挥', '培育并发挥学校的优势和特色', '培育並發揮學校的優勢和特色', '培育併發揮學校的優勢和特色', '69_prc-11th-five-year-plan-outline-2006.txt:602'],
  ['新签', '新签和升级8个自由贸易协定', '新簽和升級8個自由貿易協定', '新籤和升級8個自由貿易協定', '125_prc-gov-work-report-2018-crcrlf-scrape.gbk.txt:53'],
  ['免签', '积极推进240小时过境免签政策落地', '積極推進240小時過境免簽政策落地', '積極推進240小時過境免籤政策落地', '117_nx-gov-work-report-2026.txt:82'],
  [
    '云签',
    '电子证照、电子云签、秒批秒办等功能',
    '電子證照、電子雲簽、秒批秒辦等功能',
    '電子證照、電子雲籤、秒批秒辦等功能',
    '73_baotou-digital-government-evaluation-measures-2022.txt:42',
  ],
  ['链形', '促进资本链形成发展', '促進資本鏈形成發展', '促進資本鍊形成發展', '119_ah-industrial-internet-policies-action-plan-2021.txt:56'],
  [
    '家具有',
    '100家具有行业示范效应的企业级工业互联网平台',
    '100家具有行業示範效應的企業級工業互聯網平臺',
    '100傢俱有行業示範效應的企業級工業互聯網平臺',
    '119_ah-industrial-internet-policies-action-plan-2021.txt:76',
  ],
  [
    '折合人民币',
    '特别提款权，折合人民币25442784.84元',
    '特別提款權，折合人民幣25442784.84元',
    '特別提款權，摺合人民幣25442784.84元',
    '115_spc-4th-guiding-cases-notice-2013-wikijs.txt:116',
  ],
  [
    '批核准',
    '加快规划确定的重大工程项目审批核准',
    '加快規劃確定的重大工程項目審批核准',
    '加快規劃確定的重大工程項目審批核準',
    '135_prc-15th-five-year-plan-outline-2026-excerpt.txt:189',
  ],
  ['一干两支', '“一干两支”机场改造升级工程', '“一幹兩支”機場改造升級工程', '“一干兩支”機場改造升級工程', '117_nx-gov-work-report-2026.txt:72'],
  ['几字弯', '黄河“几字弯”攻坚战取得重大进展', '黃河“几字彎”攻堅戰取得重大進展', '黃河“幾字彎”攻堅戰取得重大進展', '117_nx-gov-work-report-2026.txt:40'],
  [
    '松口古镇',
    '推动韶关丹霞山、梅州松口古镇等提质升级',
    '推動韶關丹霞山、梅州松口古鎮等提質升級',
    '推動韶關丹霞山、梅州鬆口古鎮等提質升級',
    '133_gd-bqw-action-plan-news-2026.txt:24',
  ],
  [
    '和面向',
    '技术人才和面向生产一线的应用人才',
    '技術人才和面向生產一線的應用人才',
    '技術人才和麵向生產一線的應用人才',
    '119_ah-industrial-internet-policies-action-plan-2021.txt:194',
  ],
  [
    '不准假',
    '破产企业要真关闭，不准假破产、真逃债',
    '破產企業要真關閉，不准假破產、真逃債',
    '破產企業要真關閉，不準假破產、真逃債',
    '118_prc-gov-work-report-1997-gbk-scrape-excerpt.gbk.txt:121',
  ],
  ['并为其提供', '依法实施的监督检查，并为其提供方便', '依法實施的監督檢查，並為其提供方便', '依法實施的監督檢查，併為其提供方便', '85_prc-highway-law-2017-flk-export.txt:156'],
  [
    '并为举报人',
    '将处理结果及时告知举报人，并为举报人保密',
    '將處理結果及時告知舉報人，並為舉報人保密',
    '將處理結果及時告知舉報人，併為舉報人保密',
    '139_lishui-urban-dog-keeping-rules-2020.txt:71',
  ],
  [
    '成并为',
    '到2023年各节点全面建成并为区域和行业企业',
    '到2023年各節點全面建成並為區域和行業企業',
    '到2023年各節點全面建成併為區域和行業企業',
    '119_ah-industrial-internet-policies-action-plan-2021.txt:99',
  ],
  [
    '并兼顾',
    '合理充分持续消纳，并兼顾市内机组合法权益保障',
    '合理充分持續消納，並兼顧市內機組合法權益保障',
    '合理充分持續消納，併兼顧市內機組合法權益保障',
    '127_sh-clean-power-purchase-cover-notice-2019-scrape.txt:15',
  ],
  [
    '租购并举',
    '多主体供给、多渠道保障、租购并举的住房制度',
    '多主體供給、多渠道保障、租購並舉的住房制度',
    '多主體供給、多渠道保障、租購併舉的住房制度',
    '125_prc-gov-work-report-2018-crcrlf-scrape.gbk.txt:189',
  ],
  ['煤制油', '煤制油年产量突破460万吨', '煤製油年產量突破460萬噸', '煤制油年產量突破460萬噸', '117_nx-gov-work-report-2026.txt:56'],
  ['煤制烯烃', '宝丰第二套煤制烯烃', '寶豐第二套煤製烯烴', '寶豐第二套煤制烯烴', '117_nx-gov-work-report-2026.txt:29'],
  [
    '传统制造',
    '引导中小企业加快传统制造装备联网',
    '引導中小企業加快傳統製造裝備聯網',
    '引導中小企業加快傳統制造裝備聯網',
    '119_ah-industrial-internet-policies-action-plan-2021.txt:117',
  ],
  [
    '制造毒品',
    '明知他人制造毒品而为其生产、买卖、运输',
    '明知他人製造毒品而為其生產、買賣、運輸',
    '明知他人制造毒品而為其生產、買賣、運輸',
    '89_prc-criminal-law-amendment-9-md.txt:231',
  ],
  ['定制定', '可以依照法律规定制定地方性法规', '可以依照法律規定制定地方性法規', '可以依照法律規定製定地方性法規', '87_prc-constitution-2018-crlf.txt:465'],
  ['内制定', '公共数据主管部门在各自权限内制定', '公共數據主管部門在各自權限內制定', '公共數據主管部門在各自權限內製定', '132_gd-public-data-management-measures-2021.txt:62'],
  [
    '规复制',
    '违规复制、记录、存储政务数据的',
    '違規複製、記錄、存儲政務數據的',
    '違規復制、記錄、存儲政務數據的',
    '74_aba-government-data-management-interim-measures-2021.txt:105',
  ],
  ['系共同犯罪', '危害公共安全，且系共同犯罪', '危害公共安全，且係共同犯罪', '危害公共安全，且系共同犯罪', '115_spc-4th-guiding-cases-notice-2013-wikijs.txt:30'],
  ['系限用', '氰化钠系限用而非禁用剧毒化学品', '氰化鈉係限用而非禁用劇毒化學品', '氰化鈉系限用而非禁用劇毒化學品', '115_spc-4th-guiding-cases-notice-2013-wikijs.txt:31'],
  ['系持刀', '宋某某系持刀抢劫', '宋某某係持刀搶劫', '宋某某系持刀搶劫', '115_spc-4th-guiding-cases-notice-2013-wikijs.txt:58'],
  ['张家蓉系', '其中张家蓉系王永礼之妻', '其中張家蓉係王永禮之妻', '其中張家蓉系王永禮之妻', '115_spc-4th-guiding-cases-notice-2013-wikijs.txt:77'],
  ['决定系由', '职务的决定系由川交机械公司作出', '職務的決定係由川交機械公司作出', '職務的決定系由川交機械公司作出', '115_spc-4th-guiding-cases-notice-2013-wikijs.txt:77'],
  [
    '公司系',
    '川交机械公司系徐工机械公司在四川地区',
    '川交機械公司係徐工機械公司在四川地區',
    '川交機械公司系徐工機械公司在四川地區',
    '115_spc-4th-guiding-cases-notice-2013-wikijs.txt:77',
  ],
  ['轮系因', '“宁安11”轮系因船长的错误操作', '“寧安11”輪係因船長的錯誤操作', '“寧安11”輪系因船長的錯誤操作', '115_spc-4th-guiding-cases-notice-2013-wikijs.txt:104'],
  ['申请人系', '申请人系“宁安11”轮登记的船舶', '申請人係“寧安11”輪登記的船舶', '申請人系“寧安11”輪登記的船舶', '115_spc-4th-guiding-cases-notice-2013-wikijs.txt:106'],
  ['年历程', '各位代表！五年历程充满挑战', '各位代表！五年歷程充滿挑戰', '各位代表！五年曆程充滿挑戰', '141_hi-gov-work-report-2026.txt:78'],
  ['降解制品', '生物降解制品总产量增', '生物降解製品總產量增', '生物降解制品總產量增', '141_hi-gov-work-report-2026.txt:17'],
  ['个中外', '新获批13个中外合作办学机构', '新獲批13個中外合作辦學機構', '新獲批13箇中外合作辦學機構', '141_hi-gov-work-report-2026.txt:19'],
  [
    '阐明了',
    '习近平总书记的重要指示深刻阐明了发展服务业的重大意义',
    '習近平總書記的重要指示深刻闡明了發展服務業的重大意義',
    '習近平總書記的重要指示深刻闡明瞭發展服務業的重大意義',
    '165_prc-services-sector-instruction-news-2026.txt:24',
  ],
  ['飞机制造', '飞机制造等先进制造技术和航空航天', '飛機製造等先進製造技術和航空航天', '飛機制造等先進製造技術和航空航天', '180_prc-10th-five-year-plan-outline-2001-pdf.txt:286'],
  ['机器人制造', '现代集成制造系统、机器人制造', '現代集成製造系統、機器人製造', '現代集成製造系統、機器人制造', '180_prc-10th-five-year-plan-outline-2001-pdf.txt:286'],
  ['生发放', '为6107名困难家庭高校新生发放资助金', '為6107名困難家庭高校新生發放資助金', '為6107名困難家庭高校新生髮放資助金', '178_gs-gov-work-report-2026.txt:34'],
  ['广电总台', '省广电总台评为全国广播电视频道频率', '省廣電總臺評為全國廣播電視頻道頻率', '省廣電總檯評為全國廣播電視頻道頻率', '178_gs-gov-work-report-2026.txt:31'],
  ['不松', '我们要做到焦点不散、劲头不松、力度不减', '我們要做到焦點不散、勁頭不鬆、力度不減', '我們要做到焦點不散、勁頭不松、力度不減', '178_gs-gov-work-report-2026.txt:68'],
  ['使命催征', '各位代表！蓝图绘就、使命催征。', '各位代表！藍圖繪就、使命催征。', '各位代表！藍圖繪就、使命催徵。', '178_gs-gov-work-report-2026.txt:95'],
  ['采矿', '发展井下采矿和综合采煤设备', '發展井下採礦和綜合採煤設備', '發展井下采礦和綜合採煤設備', '181_prc-7th-five-year-plan-1986-pdf.txt:208'],
  [
    '并为小水泥厂',
    '并为小水泥厂的技术改造提供机械化立窑设备',
    '並為小水泥廠的技術改造提供機械化立窯設備',
    '併為小水泥廠的技術改造提供機械化立窯設備',
    '181_prc-7th-five-year-plan-1986-pdf.txt:221',
  ],
  [
    '并成为中国的单独',
    '享有高度的自治，并成为中国的单独关税地区',
    '享有高度的自治，並成為中國的單獨關稅地區',
    '享有高度的自治，併成為中國的單獨關稅地區',
    '164_prc-9th-five-year-plan-2010-outline-1996-excerpt.txt:94',
  ], // Seventh review: the development texts 192 to 260.
  [
    '江干堤',
    '３５００多公里的长江干堤和近千公里的',
    '３５００多公里的長江幹堤和近千公里的',
    '３５００多公里的長江干堤和近千公里的',
    '255_prc-gov-work-report-2003-gbk-scrape.gbk.txt:62',
  ],
  ['国际复材', '国际复材电子级玻璃纤维等项', '國際複材電子級玻璃纖維等項', '國際復材電子級玻璃纖維等項', '192_cq-gov-work-report-2026-excerpt.txt:20'],
  [
    '超采',
    '进超引地表水和超采地下水治理',
    '進超引地表水和超採地下水治理',
    '進超引地表水和超采地下水治理',
    '198_prc-15th-five-year-plan-outline-2026-review-targets-excerpt.txt:97',
  ],
  ['采摘', '休闲度假、观光采摘、土地认养', '休閒度假、觀光採摘、土地認養', '休閒度假、觀光采摘、土地認養', '204_baoding-gov-work-report-2022.txt:39'],
  ['弥蒙等', '大保、丽香、弥蒙等新线投入运营', '大保、麗香、彌蒙等新線投入運營', '大保、麗香、彌矇等新線投入運營', '244_yn-gov-work-report-2026-portal-scrape.txt:21'],
  [
    '书》系要求',
    '国土局作出的《决定书》系要求某商贸公司履行案',
    '國土局作出的《決定書》係要求某商貿公司履行案',
    '國土局作出的《決定書》系要求某商貿公司履行案',
    '231_chengdu-wenjiang-administrative-decision-case-md.txt:15',
  ],
  ['有云南', '加快构建具有云南特色优势的现代化', '加快構建具有雲南特色優勢的現代化', '加快構建具有云南特色優勢的現代化', '244_yn-gov-work-report-2026-portal-scrape.txt:54'],
  ['点扎实', '安全技术应用示范试点扎实推进', '安全技術應用示範試點紮實推進', '安全技術應用示範試點扎實推進', '247_prc-cybersecurity-decade-review-article-2022-wechat-md.txt:49'],
  ['扎牢', '织密扎牢社会保障网', '織密紮牢社會保障網', '織密扎牢社會保障網', '244_yn-gov-work-report-2026-portal-scrape.txt:108'],
  [
    '手制定',
    '并需要我们着手制定发展国民经济的长期',
    '並需要我們著手制定發展國民經濟的長期',
    '並需要我們著手製定發展國民經濟的長期',
    '224_prc-1st-five-year-plan-report-1955-govcn-excerpt.gbk.txt:90',
  ],
  ['煤制乙二醇', '线陕西段等投运，煤制乙二醇', '線陝西段等投運，煤製乙二醇', '線陝西段等投運，煤制乙二醇', '245_sn-gov-work-report-2026-portal-scrape.txt:25'],
  ['煤制芳烃', '榆能百万吨煤制芳烃等项目，', '榆能百萬噸煤製芳烴等項目，', '榆能百萬噸煤制芳烴等項目，', '245_sn-gov-work-report-2026-portal-scrape.txt:47'],
  ['又准营', '落实外资“准入又准营”，', '落實外資“准入又准營”，', '落實外資“准入又準營”，', '244_yn-gov-work-report-2026-portal-scrape.txt:88'],
  ['舍小家、顾大家', '群众识大体、顾大局，舍小家、顾大家', '群眾識大體、顧大局，捨小家、顧大家', '群眾識大體、顧大局，舍小家、顧大家', '204_baoding-gov-work-report-2022.txt:26'],
  [
    '个中职',
    '全领域设置网络信息安全等近10个中职相关专业',
    '全領域設置網絡信息安全等近10個中職相關專業',
    '全領域設置網絡信息安全等近10箇中職相關專業',
    '247_prc-cybersecurity-decade-review-article-2022-wechat-md.txt:57',
  ],
  ['好困难', '切实解决好困难群众的生产生活问题', '切實解決好困難群眾的生產生活問題', '切實解決好睏難群眾的生產生活問題', '255_prc-gov-work-report-2003-gbk-scrape.gbk.txt:226'],
  ['相冲突', '生效民事判决相冲突的结论，', '生效民事判決相衝突的結論，', '生效民事判決相沖突的結論，', '231_chengdu-wenjiang-administrative-decision-case-md.txt:35'],
  ['昆曲昆楚', '推进昆曲昆楚工业协同', '推進昆曲昆楚工業協同', '推進崑曲昆楚工業協同', '244_yn-gov-work-report-2026-portal-scrape.txt:96'],
  ['昆玉昆曲', '昆玉昆曲科创协同、昆', '昆玉昆曲科創協同、昆', '崑玉崑曲科創協同、昆', '244_yn-gov-work-report-2026-portal-scrape.txt:96'],
  [
    '美元、折合',
    '外资达到160.6亿美元、折合1148亿元人民币。',
    '外資達到160.6億美元、折合1148億元人民幣。',
    '外資達到160.6億美元、摺合1148億元人民幣。',
    '194_sh-gov-work-report-2026-excerpt.txt:19',
  ],
  ['生活并', '我们生活并为之奋斗的这座', '我們生活並為之奮鬥的這座', '我們生活併為之奮鬥的這座', '204_baoding-gov-work-report-2022.txt:14'],
  [
    '下浩里',
    '民主村、山城巷、下浩里等成为市民游客“打卡',
    '民主村、山城巷、下浩里等成為市民遊客“打卡',
    '民主村、山城巷、下浩裡等成為市民遊客“打卡',
    '192_cq-gov-work-report-2026-excerpt.txt:32',
  ],
  ['幸福里”', '，建成就业“幸福里”社区106个', '，建成就業“幸福里”社區106個', '，建成就業“幸福裡”社區106個', '244_yn-gov-work-report-2026-portal-scrape.txt:29'],
  ['江新里', '，新开工郁江新里等8个更新项目', '，新開工鬱江新里等8個更新項目', '，新開工鬱江新裡等8個更新項目', '193_tj-gov-work-report-2026-excerpt.txt:34'],
  // OpenCC is wrong under the t preset only (tw and hk keep 才, 核) or under hk and t (tw writes 參 for 人参 'ginseng' too).
  ['引才等', '用好校招共用、组团式引才等模式', '用好校招共用、組團式引才等模式', '用好校招共用、組團式引纔等模式', '245_sn-gov-work-report-2026-portal-scrape.txt:52', 't'],
  ['国才会、', '成功举办智博会、西洽会、国才会、', '成功舉辦智博會、西洽會、國才會、', '成功舉辦智博會、西洽會、國纔會、', '192_cq-gov-work-report-2026-excerpt.txt:22', 't'],
  ['人参与', '带动三亿人参与冰雪运动', '帶動三億人參與冰雪運動', '帶動三億人蔘與冰雪運動', '198_prc-15th-five-year-plan-outline-2026-review-targets-excerpt.txt:79', 'hk'],
  ['批核心', '突破一批核心关键技术', '突破一批核心關鍵技術', '突破一批覈心關鍵技術', '256_prc-gov-work-report-2011-gbk-scrape.gbk.txt:195', 't'],
  // Of the eighth review (development texts 266–368).
  ['个中央', '天津市和5个中央定点帮扶单位', '天津市和5個中央定點幫扶單位', '天津市和5箇中央定點幫扶單位', '366_tianshui-gov-work-report-2019-md.txt:19'],
  ['个中介', '同一房源信息经多个中介公司发布', '同一房源信息經多個中介公司發佈', '同一房源信息經多箇中介公司發佈', '268_spc-1st-guiding-cases-notice-2011-wikijs-excerpt.txt:14'],
  ['困境', '继续做好困境儿童、流浪乞讨人员', '繼續做好困境兒童、流浪乞討人員', '繼續做好睏境兒童、流浪乞討人員', '312_sz-yantian-gov-work-report-2020.txt:39'],
  ['上链', '支持降低企业上链用链成本', '支持降低企業上鏈用鏈成本', '支持降低企業上鍊用鏈成本', '278_sh-budget-report-2025-govpage-html.txt:158'],
  ['澄江', '澄江被命名为省级生态文明', '澄江被命名為省級生態文明', '澂江被命名為省級生態文明', '368_yuxi-gov-work-report-2024-md.txt:37'],
  ['昆玉', '加快昆玉铁路扩能改造', '加快昆玉鐵路擴能改造', '加快崑玉鐵路擴能改造', '368_yuxi-gov-work-report-2024-md.txt:73'],
  ['慈溪', '浙江宁波北仑、慈溪被水淹', '浙江寧波北侖、慈溪被水淹', '浙江寧波北侖、慈谿被水淹', '276_online-rumours-2022-review-article-2023-wechat-md.txt:95'],
  ['尤克里里', '组织开展尤克里里、瑜伽', '組織開展尤克里里、瑜伽', '組織開展尤克里裡、瑜伽', '330_sz-futian-gov-work-report-2017.txt:172'],
  ['燃料加注', '推动深圳海上国际燃料加注中心', '推動深圳海上國際燃料加注中心', '推動深圳海上國際燃料加註中心', '312_sz-yantian-gov-work-report-2020.txt:37'],
  ['而制法', '观时而制法，因事而制礼', '觀時而制法，因事而制禮', '觀時而製法，因事而制禮', '275_data-elements-governance-expert-interpretation-2022-wechat-md.txt:35'],
  ['应管尽管', '应检尽检、应隔尽隔、应管尽管', '應檢盡檢、應隔盡隔、應管盡管', '應檢盡檢、應隔盡隔、應管儘管', '331_sz-longhua-gov-work-report-2022.txt:6'],
  ['加快干', '我们要抢抓机遇加快干，下好先手棋', '我們要搶抓機遇加快幹，下好先手棋', '我們要搶抓機遇加快乾，下好先手棋', '359_hn-gov-work-report-2025-docx.docx:109'],
  ['发挥', '不断发挥金融支持数字经济发展', '不斷發揮金融支持數字經濟發展', '不斷髮揮金融支持數字經濟發展', '272_prc-digital-economy-development-report-2022-wechat-md.txt:45'],
  [
    '金发放',
    '用于耕地地力保护补贴资金发放',
    '用於耕地地力保護補貼資金發放',
    '用於耕地地力保護補貼資金髮放',
    '357_fuxin-final-accounts-report-2025-finance-bureau-page-html.txt:666',
  ],
  ['卡发卡', '社保卡发卡量超过8800万张', '社保卡發卡量超過8800萬張', '社保卡髮卡量超過8800萬張', '300_js-digital-government-14th-five-year-plan-2021-jekyll-excerpt.txt:26'],
  ['发制品', '全年全市发制品出口172亿元', '全年全市髮製品出口172億元', '全年全市發製品出口172億元', '291_xuchang-statistical-bulletin-2025-page.txt:107'],
  ['人发制假发', '其中，人发制假发出口161.6亿元', '其中，人髮製假髮出口161.6億元', '其中，人發製假發出口161.6億元', '291_xuchang-statistical-bulletin-2025-page.txt:107'],
  ['并发布', '联合筛选并发布典型案例', '聯合篩選並發布典型案例', '聯合篩選併發布典型案例', '269_mohrss-spc-1st-labour-dispute-cases-joint-notice-2020-wikijs-excerpt.txt:21'],
  [
    '元，并成为',
    '大数据产业规模达1.3万亿元，并成为全球增速最快',
    '大數據產業規模達1.3萬億元，並成為全球增速最快',
    '大數據產業規模達1.3萬億元，併成為全球增速最快',
    '272_prc-digital-economy-development-report-2022-wechat-md.txt:45',
  ],
  ['和面临', '发展现状和面临形势', '發展現狀和面臨形勢', '發展現狀和麵臨形勢', '300_js-digital-government-14th-five-year-plan-2021-jekyll-excerpt.txt:14'],
  [
    '了如何',
    '为企业丙提供了如何判断是否触发申报义务',
    '為企業丙提供了如何判斷是否觸發申報義務',
    '為企業丙提供瞭如何判斷是否觸發申報義務',
    '344_sc-antimonopoly-commission-compliance-guide-2024-wikijs.txt:252',
  ],
  ['复杂', '中等收入国家时更多更复杂', '中等收入國家時更多更複雜', '中等收入國家時更多更復雜', '331_sz-longhua-gov-work-report-2022.txt:42'],
  ['复制推广', '股权流转“宝安模式”被复制推广', '股權流轉“寶安模式”被複製推廣', '股權流轉“寶安模式”被複制推廣', '332_sz-baoan-gov-work-report-2025.txt:16'],
  ['准入准营', '着力破除准入准营障碍', '著力破除准入准營障礙', '著力破除准入準營障礙', '358_jx-gov-work-report-2025-docx.docx:33'],
  ['十不准', '严格执行省政府“十不准”规定', '嚴格執行省政府“十不准”規定', '嚴格執行省政府“十不準”規定', '366_tianshui-gov-work-report-2019-md.txt:31'],
  [
    '中心系统',
    '推进省网络交易监测中心系统升级',
    '推進省網絡交易監測中心系統升級',
    '推進省網絡交易監測中心繫統升級',
    '302_sx-digital-government-plan-2023-2025-jekyll-excerpt.txt:85',
  ],
  [
    '相关系统',
    '加快推进市场监管相关系统整合优化',
    '加快推進市場監管相關系統整合優化',
    '加快推進市場監管相關係統整合優化',
    '302_sx-digital-government-plan-2023-2025-jekyll-excerpt.txt:85',
  ],
  ['场所系', '涉案服务场所系公共场所', '涉案服務場所係公共場所', '涉案服務場所繫公共場所', '295_spp-personal-information-public-interest-litigation-cases-2023-wechat-md.txt:97'],
  ['实系', '一些涉外谣言实系', '一些涉外謠言實係', '一些涉外謠言實系', '276_online-rumours-2022-review-article-2023-wechat-md.txt:79'],
  ['法制造', '采用特效合成手法制造谣言', '採用特效合成手法製造謠言', '採用特效合成手法制造謠言', '276_online-rumours-2022-review-article-2023-wechat-md.txt:95'],
  ['手机制造', '推进传音智汇园手机制造基地', '推進傳音智匯園手機製造基地', '推進傳音智匯園手機制造基地', '331_sz-longhua-gov-work-report-2022.txt:47'],
  ['学制品', '化学原料和化学制品制造业', '化學原料和化學製品製造業', '化學原料和化學制品製造業', '290_chenzhou-statistical-bulletin-2025-page.txt:206'],
  [
    '单位制作',
    '国家反诈中心等多家单位制作宣传视频',
    '國家反詐中心等多家單位製作宣傳視頻',
    '國家反詐中心等多家單位制作宣傳視頻',
    '363_bj-procuratorate-police-telecom-fraud-press-conference-news-2024-wechat-md.txt:83',
  ],
  ['里文化圈', '“农村10里文化圈”', '“農村10里文化圈”', '“農村10裡文化圈”', '365_yancheng-gov-work-report-2012-md.txt:113'],
  ['木里31名', '为救火而捐躯的四川木里31名勇士', '為救火而捐軀的四川木里31名勇士', '為救火而捐軀的四川木裡31名勇士', '355_prc-new-year-message-2020-bilingual-blog-md.txt:34'],
  ['品复出口', '审核的艺术品复出口', '審核的藝術品複出口', '審核的藝術品復出口', '266_mct-art-market-measures-2016-decree-wikijs.txt:219'],
  ['者复进口', '或者复进口，进出口单位', '或者複進口，進出口單位', '或者復進口，進出口單位', '266_mct-art-market-measures-2016-decree-wikijs.txt:219'],
  [
    '行复审',
    '反垄断合规管理牵头部门进行复审',
    '反壟斷合規管理牽頭部門進行複審',
    '反壟斷合規管理牽頭部門進行復審',
    '344_sc-antimonopoly-commission-compliance-guide-2024-wikijs.txt:341',
  ],
  ['人参加', '参与单位226家，784人参加', '參與單位226家，784人參加', '參與單位226家，784人蔘加', '330_sz-futian-gov-work-report-2017.txt:172', 'hk'],
  ['引才在', '加速在黄石，引才在武汉', '加速在黃石，引才在武漢', '加速在黃石，引纔在武漢', '348_huangshi-investment-fair-news-2021-company-page-html.gbk.txt:62', 't'],
  ['用才在', '用才在黄石', '用才在黃石', '用纔在黃石', '348_huangshi-investment-fair-news-2021-company-page-html.gbk.txt:62', 't'],
  [
    '采购',
    '在扩大采购规模、拓展采购范围',
    '在擴大採購規模、拓展採購範圍',
    '在擴大采購規模、拓展采購範圍',
    '384_qh-government-procurement-work-conference-news-2011-portal-jsp.txt:71',
  ],
  [
    '牵头发起',
    '主动设计和牵头发起国际大科学计划',
    '主動設計和牽頭發起國際大科學計劃',
    '主動設計和牽頭髮起國際大科學計劃',
    '375_prc-14th-five-year-plan-outline-2021-govcn-md.txt:252',
  ],
  ['培养发现', '重大创新基地培养发现人才', '重大創新基地培養發現人才', '重大創新基地培養髮現人才', '375_prc-14th-five-year-plan-outline-2021-govcn-md.txt:228'],
  ['乱发奖', '乱提工资，乱发奖金、津贴和实物', '亂提工資，亂發獎金、津貼和實物', '亂提工資，亂髮獎金、津貼和實物', '478_prc-gov-work-report-1985-lawtext-md.txt:73'],
  ['欧美发达', '稳住欧美发达国家市场', '穩住歐美發達國家市場', '穩住歐美髮達國家市場', '494_shenzhen-15th-five-year-plan-outline-2026-news-client-txt.txt:844'],
  ['总发射', '一九五七年全国总发射电力将达到', '一九五七年全國總發射電力將達到', '一九五七年全國總髮射電力將達到', '406_prc-1st-five-year-plan-1953-1957-lawtext-md.txt:2095'],
  ['银发〔', '（银发〔2021〕335号文印发）', '（銀發〔2021〕335號文印發）', '（銀髮〔2021〕335號文印發）', '439_shenzhen-fintech-special-plan-2023-2025-wechat-md.txt:31'],
  ['公发指引', '《公发指引第1号》主要增加', '《公發指引第1號》主要增加', '《公髮指引第1號》主要增加', '388_wind-lujiazui-finance-breakfast-news-2024-08-31-blog-md.txt:84'],
  ['东干部', '浦东干部学院', '浦東幹部學院', '浦東干部學院', '460_linyi-gov-work-report-2014-md.txt:25'],
  ['个中小', '培育80个中小学优质教育集团', '培育80個中小學優質教育集團', '培育80箇中小學優質教育集團', '494_shenzhen-15th-five-year-plan-outline-2026-news-client-txt.txt:1042'],
  ['要干的事', '早晚要干的事尽早尽快办', '早晚要幹的事儘早儘快辦', '早晚要乾的事儘早儘快辦', '497_hefei-gov-work-report-2026-untitled-txt.txt:215'],
  ['挤干', '通过试点逐渐挤干药价水分', '通過試點逐漸擠乾藥價水分', '通過試點逐漸擠幹藥價水分', '391_prc-drug-centralized-procurement-pilot-plan-2019-govcn-sql-html.txt:57'],
  ['理念的', '加大对破产保护理念的宣传和落实', '加大對破產保護理念的宣傳和落實', '加大對破產保護理唸的宣傳和落實', '485_spc-civil-commercial-trial-minutes-2019-wikijs.txt:552'],
  ['活扣', '能采取“活封”“活扣”措施的', '能採取“活封”“活扣”措施的', '能採取“活封”“活釦”措施的', '485_spc-civil-commercial-trial-minutes-2019-wikijs.txt:496'],
  ['国历代', '"中国历代绘画大系"典藏馆', '"中國歷代繪畫大系"典藏館', '"中國曆代繪畫大系"典藏館', '496_hangzhou-gov-work-report-2026-untitled-txt.txt:29'],
  [
    '资金链',
    '犯罪资金链条，努力铲除电诈犯罪',
    '犯罪資金鏈條，努力剷除電詐犯罪',
    '犯罪資金鍊條，努力剷除電詐犯罪',
    '387_spp-mps-cross-border-telecom-fraud-cases-qa-2024-wechat-md.txt:47',
  ],
  ['面源', '入河直排口整治和面源污染防治', '入河直排口整治和面源汙染防治', '入河直排口整治和麵源汙染防治', '460_linyi-gov-work-report-2014-md.txt:97'],
  ['食面积', '稳定粮食面积，优化品种结构', '穩定糧食面積，優化品種結構', '穩定糧食麵積，優化品種結構', '489_xj-gov-work-report-2006-lawtext-md.txt:59'],
  ['家私营', '基本上完成对一七家私营报纸', '基本上完成對一七家私營報紙', '基本上完成對一七傢俬營報紙', '406_prc-1st-five-year-plan-1953-1957-lawtext-md.txt:2087'],
  ['鲲鹏径', '鲲鹏径入选全国十大', '鯤鵬徑入選全國十大', '鯤鵬逕入選全國十大', '494_shenzhen-15th-five-year-plan-outline-2026-news-client-txt.txt:243'],
  ['央广总台', '央广总台“科晚”再度闪耀', '央廣總臺“科晚”再度閃耀', '央廣總檯“科晚”再度閃耀', '497_hefei-gov-work-report-2026-untitled-txt.txt:29'],
  ['汇业务', '开展远期结售汇业务等', '開展遠期結售匯業務等', '開展遠期結售滙業務等', '458_prc-free-trade-zones-reform-innovation-measures-2018-govcn-sql-html.txt:57'],
  ['甚巨', '影響政府財政甚鉅', '影响政府财政甚巨', '影响政府财政甚钜', '442_tw-central-government-budget-2025-finance-committee-review-results-ly-md.txt:297'],
  [
    '向应用',
    '推进部分普通本科高校向应用型转变',
    '推進部分普通本科高校向應用型轉變',
    '推進部分普通本科高校嚮應用型轉變',
    '375_prc-14th-five-year-plan-outline-2021-govcn-md.txt:970',
  ],
  ['进于坚', '进于坚定目标', '進於堅定目標', '進于堅定目標', '483_sz-dapeng-management-committee-work-report-2024.txt:71'],
  ['元（折合', '增至49351元（折合7924美元）', '增至49351元（折合7924美元）', '增至49351元（摺合7924美元）', '376_prc-13th-five-year-plan-outline-2016-govcn-md.txt:130'],
  ['折合百分之百', '烧碱（折合百分之百）', '燒鹼（折合百分之百）', '燒鹼（摺合百分之百）', '406_prc-1st-five-year-plan-1953-1957-lawtext-md.txt:297'],
  ['重制约', '已经严重制约了我市经济竞争力', '已經嚴重制約了我市經濟競爭力', '已經嚴重製約了我市經濟競爭力', '460_linyi-gov-work-report-2014-md.txt:55'],
  ['加注意', '而应当更加注意产业结构的合理化', '而應當更加注意產業結構的合理化', '而應當更加註意產業結構的合理化', '478_prc-gov-work-report-1985-lawtext-md.txt:87'],
  [
    '气加注',
    '扩大国际船舶保税液化天然气加注规模',
    '擴大國際船舶保稅液化天然氣加注規模',
    '擴大國際船舶保稅液化天然氣加註規模',
    '494_shenzhen-15th-five-year-plan-outline-2026-news-client-txt.txt:1218',
  ],
  [
    '黎里',
    '十全街、盛家厍、黎里古镇、歇马桥村',
    '十全街、盛家厙、黎里古鎮、歇馬橋村',
    '十全街、盛家厙、黎裡古鎮、歇馬橋村',
    '498_suzhou-gov-work-report-2026-govpage-html.txt:439',
  ],
  ['万丰里', '万丰里、茶花村等一批', '萬豐里、茶花村等一批', '萬豐裡、茶花村等一批', '498_suzhou-gov-work-report-2026-govpage-html.txt:437'],
  ['沤制', '青草等沤制肥料', '青草等漚製肥料', '青草等漚制肥料', '406_prc-1st-five-year-plan-1953-1957-lawtext-md.txt:1082'],
  [
    '膏制酸',
    '二十万吨磷石膏制酸联产三十万吨水泥',
    '二十萬噸磷石膏製酸聯產三十萬噸水泥',
    '二十萬噸磷石膏制酸聯產三十萬噸水泥',
    '404_prc-9th-five-year-plan-2010-outline-1996-lawtext-md.txt:448',
  ],
  ['煤制气', '加快庐阳煤制气厂等地块治理', '加快廬陽煤製氣廠等地塊治理', '加快廬陽煤制氣廠等地塊治理', '497_hefei-gov-work-report-2026-untitled-txt.txt:147'],
  ['节目录制', '将节目录制地打造成', '將節目錄製地打造成', '將節目錄制地打造成', '497_hefei-gov-work-report-2026-untitled-txt.txt:179'],
  ['商签', '推动与更多国家商签投资保护协定', '推動與更多國家商簽投資保護協定', '推動與更多國家商籤投資保護協定', '375_prc-14th-five-year-plan-outline-2021-govcn-md.txt:922'],
  ['审签', '请新秘书长审签', '請新秘書長審簽', '請新秘書長審籤', '488_sc-province-policy-inspection-self-check-notice-2014-jsp-template.txt:36'],
  ['签文件', '推进已签文件落实见效', '推進已簽文件落實見效', '推進已籤文件落實見效', '375_prc-14th-five-year-plan-outline-2021-govcn-md.txt:922'],
  [
    '上签约',
    '在深圳全球招商大会上签约项目14个',
    '在深圳全球招商大會上簽約項目14個',
    '在深圳全球招商大會上籤約項目14個',
    '483_sz-dapeng-management-committee-work-report-2024.txt:6',
  ],
  ['是只有', '一是只有在股东实施了', '一是只有在股東實施了', '一是隻有在股東實施了', '485_spc-civil-commercial-trial-minutes-2019-wikijs.txt:85'],
  ['兰溪', '建德至兰溪段', '建德至蘭溪段', '建德至蘭谿段', '495_hangzhou-15th-five-year-plan-outline-2026-cover-notice-txt.txt:916'],
  ['在核准', '应在核准文件中明确项目功能定位', '應在核准文件中明確項目功能定位', '應在核準文件中明確項目功能定位', '413_ndrc-nea-grid-planning-investment-notice-2020-page.txt:28'],
  ['在核电', '军转民在核电、民用卫星', '軍轉民在核電、民用衛星', '軍轉民在覈電、民用衛星', '404_prc-9th-five-year-plan-2010-outline-1996-lawtext-md.txt:104', 't'],
  [
    '缝纫机、钟',
    '还要生产自行车、缝纫机、钟、收音机',
    '還要生產自行車、縫紉機、鐘、收音機',
    '還要生產自行車、縫紉機、鍾、收音機',
    '406_prc-1st-five-year-plan-1953-1957-lawtext-md.txt:654',
  ],
];

const entryOf = (hans: string): Term => {
  const entry = vocabulary.find((t) => t.hans === hans);
  if (!entry) throw new Error(`no entry "${hans}" in content/vocabulary.yml`);
  return entry;
};
const convert = (text: string, to: Script, terms: readonly Term[], preset: (typeof presets)[number] = 'tw'): string => createVariantConverter(to, { preset, terms }).convert(text);

describe('content/vocabulary.yml: each entry on a real phrase', () => {
  test.each(rows)('%s: %s → %s (OpenCC alone: %s; %s)', (hans, phrase, expected, opencc, _source, preset = 'tw') => {
    const entry = entryOf(hans);
    const to = otherScript(detectScript(phrase));
    expect(convert(phrase, to, [], preset), 'what OpenCC alone writes').toBe(opencc);
    expect(opencc).not.toBe(expected);
    // The entry alone makes the difference, and the site's terms (both files) give the same.
    expect(convert(phrase, to, [entry], preset)).toBe(expected);
    expect(convert(phrase, to, site.terms, preset)).toBe(expected);
    // Back again, the site's terms give the source phrase.
    expect(convert(expected, otherScript(to), site.terms, preset)).toBe(phrase);
  });

  test.each(rows)('%s holds under every character-level preset: %s', (hans, phrase) => {
    const entry = entryOf(hans);
    const to = otherScript(detectScript(phrase));
    const target = to === 'zh-Hant' ? entry.hant : entry.hans;
    for (const preset of presets) expect(convert(phrase, to, site.terms, preset), preset).toContain(target);
  });

  test('every entry has a row, every row an entry', () => {
    expect(new Set(vocabulary.map((t) => t.hans))).toEqual(new Set(rows.map((r) => r[0])));
  });

  // The corpus files named above are in the repository once they are copied into test/fixtures/corpus.
  const corpusDirs = [join(root, 'test/fixtures/corpus'), root];
  const present = rows.flatMap(([, phrase, , , source]) => {
    const file = corpusDirs.map((dir) => join(dir, source.split(':')[0]!)).find((f) => !source.startsWith('issue') && existsSync(f));
    return file ? [[phrase, source, file] as const] : [];
  });
  test.each(present)('%s is in %s', (phrase, _source, file) => {
    const text = decodeSource(new Uint8Array(readFileSync(file))).text.replace(/\s+/g, '');
    expect(text).toContain(phrase.replace(/\s+/g, ''));
  });

  test('the entries keep words OpenCC already converts right', () => {
    // Phrases, not their parts: 申请复议 and 行政复议 leave 重复议题 alone; 不准开工 leaves 不准确 alone.
    expect(convert('避免重复议题', 'zh-Hant', site.terms)).toBe('避免重複議題');
    expect(convert('数据不准确', 'zh-Hant', site.terms)).toBe('數據不準確');
    expect(convert('行业准入标准', 'zh-Hant', site.terms)).toBe('行業准入標準');
    expect(convert('若干部门', 'zh-Hant', site.terms)).toBe('若干部門');
    // 人心思干 leaves 心思干净 alone; 指明了 leaves 简单明了; 电视总台 leaves 总台 (front desk).
    expect(convert('心思干净', 'zh-Hant', site.terms)).toBe('心思乾淨');
    expect(convert('简单明了', 'zh-Hant', site.terms)).toBe('簡單明瞭');
    expect(convert('酒店总台', 'zh-Hant', site.terms)).toBe('酒店總檯');
    // The 干, 制 and 准 entries are phrases: 若干 before 流, 线, 法 and the other 制 words keep their characters.
    expect(convert('若干流动人口', 'zh-Hant', site.terms)).toBe('若干流動人口');
    expect(convert('若干线路', 'zh-Hant', site.terms)).toBe('若干線路');
    expect(convert('若干法律问题', 'zh-Hant', site.terms)).toBe('若干法律問題');
    expect(convert('控制碱度', 'zh-Hant', site.terms)).toBe('控制鹼度');
    expect(convert('抑制剂', 'zh-Hant', site.terms)).toBe('抑制劑');
    expect(convert('体制条件', 'zh-Hant', site.terms)).toBe('體制條件');
    expect(convert('考核准确', 'zh-Hant', site.terms)).toBe('考核準確');
    // Of the third review: 制造 alone, 管制造, 制砖, 干化, 个中 and 并发 are left to OpenCC.
    expect(convert('体制造成', 'zh-Hant', site.terms)).toBe('體制造成');
    expect(convert('交通管制造成拥堵', 'zh-Hant', site.terms)).toBe('交通管制造成擁堵');
    expect(convert('控制砖瓦窑', 'zh-Hant', site.terms)).toBe('控制磚瓦窯');
    expect(convert('若干化工企业', 'zh-Hant', site.terms)).toBe('若干化工企業');
    expect(convert('个中原因', 'zh-Hant', site.terms)).toBe('箇中原因');
    expect(convert('预防并发症', 'zh-Hant', site.terms)).toBe('預防併發症');
    // Of the fourth review: 签 in 标签, 折合 'fold', 核准 after 考核, 松口 'relent', 并 'merge' before 为 and
    // 举, 煤制 before 度, 制定 after 研, 复制 after 恢 are left to OpenCC.
    expect(convert('电子标签', 'zh-Hant', site.terms)).toBe('電子標籤');
    expect(convert('单车只要妥善折合', 'zh-Hant', site.terms)).toBe('單車只要妥善摺合');
    expect(convert('考核准确', 'zh-Hant', site.terms)).toBe('考核準確');
    expect(convert('放松口风', 'zh-Hant', site.terms)).toBe('放鬆口風');
    expect(convert('两校合并为一所', 'zh-Hant', site.terms)).toBe('兩校合併為一所');
    expect(convert('企业购并举措', 'zh-Hant', site.terms)).toBe('企業購併舉措');
    expect(convert('燃煤制度', 'zh-Hant', site.terms)).toBe('燃煤制度');
    expect(convert('研制定型', 'zh-Hant', site.terms)).toBe('研製定型');
    expect(convert('恢复制度', 'zh-Hant', site.terms)).toBe('恢復制度');
    // The copula 系 (係) of text 115: 系 'system' before and after the entries keeps 系 (notBefore stops 公司系 and
    // 申请人系 before 统 and 列); and of the fifth review, 年历 'calendar' before 序, 制品 after 控.
    expect(convert('公司系统和子公司系列产品', 'zh-Hant', site.terms)).toBe('公司系統和子公司系列產品');
    expect(convert('申请人系统', 'zh-Hant', site.terms)).toBe('申請人系統');
    expect(convert('而且系统完备', 'zh-Hant', site.terms)).toBe('而且系統完備');
    expect(convert('治理体系由此形成', 'zh-Hant', site.terms)).toBe('治理體系由此形成');
    expect(convert('双边关系持续改善', 'zh-Hant', site.terms)).toBe('雙邊關係持續改善');
    expect(convert('体系因素', 'zh-Hant', site.terms)).toBe('體系因素');
    expect(convert('请联系王某', 'zh-Hant', site.terms)).toBe('請聯繫王某');
    expect(convert('万年历程序', 'zh-Hant', site.terms)).toBe('萬年曆程序');
    expect(convert('控制品质', 'zh-Hant', site.terms)).toBe('控制品質');
    // Of the sixth review: 并成 'merge' in 合并成为, 头发 before 放, 催征 'press for taxes', 总台 alone and 人制 are left to OpenCC.
    expect(convert('两家企业合并成为中国最大的钢铁企业', 'zh-Hant', site.terms)).toBe('兩家企業合併成為中國最大的鋼鐵企業');
    expect(convert('两个班合并为小组', 'zh-Hant', site.terms)).toBe('兩個班合併為小組');
    expect(convert('把头发放在耳后', 'zh-Hant', site.terms)).toBe('把頭髮放在耳後');
    expect(convert('依法催征税款', 'zh-Hant', site.terms)).toBe('依法催徵稅款');
    expect(convert('实行代理人制', 'zh-Hant', site.terms)).toBe('實行代理人制');
    // Of the seventh review: 舍 after 宿, 系要求 after 体, 准营 after 标, 复材 after 修, 弥蒙 'misty', 幸福里 and 新里 'inside',
    // 昆曲 the opera, 诗云 'the Ode says' and, under t, 中国才会 'only then' and, under hk, 人参 'ginseng' are left to OpenCC.
    expect(convert('宿舍小家电', 'zh-Hant', site.terms)).toBe('宿舍小家電');
    expect(convert('体系要求', 'zh-Hant', site.terms)).toBe('體系要求');
    expect(convert('标准营造', 'zh-Hant', site.terms)).toBe('標準營造');
    expect(convert('修复材料', 'zh-Hant', site.terms)).toBe('修復材料');
    expect(convert('雾气弥蒙', 'zh-Hant', site.terms)).toBe('霧氣彌矇');
    expect(convert('沉浸在幸福里', 'zh-Hant', site.terms)).toBe('沉浸在幸福裡');
    expect(convert('在创新里', 'zh-Hant', site.terms)).toBe('在創新裡');
    expect(convert('欣赏昆曲', 'zh-Hant', site.terms)).toBe('欣賞崑曲');
    expect(convert('诗云南山', 'zh-Hant', site.terms)).toBe('詩云南山');
    expect(convert('中国才会发展', 'zh-Hant', site.terms, 't')).toBe('中國纔會發展');
    expect(convert('人参产业', 'zh-Hant', site.terms, 'hk')).toBe('人蔘產業');
    // Of the eighth review: 干 after 加快 before 旱, 热 and 预, 场所系 and 实系 before 统 and 列, 复审 and 复出口 after 恢, 准营 after 精, 机制造成,
    // 主管尽管 'although', 木里 'in the trees' and, under hk, 人参加工 'ginseng processing' are left to OpenCC (its 乾預 and 場所繫統 are wrong too,
    // but not these entries' to mend).
    expect(convert('加快干旱地区治理', 'zh-Hant', site.terms)).toBe('加快乾旱地區治理');
    expect(convert('加快干热河谷保护性开发', 'zh-Hant', site.terms)).toBe('加快乾熱河谷保護性開發');
    expect(convert('加快干预', 'zh-Hant', site.terms)).toBe(convert('加快干预', 'zh-Hant', []));
    expect(convert('公共场所系统', 'zh-Hant', site.terms)).toBe(convert('公共场所系统', 'zh-Hant', []));
    expect(convert('落实系统观念和现实系列', 'zh-Hant', site.terms)).toBe('落實系統觀念和現實系列');
    expect(convert('恢复审批', 'zh-Hant', site.terms)).toBe('恢復審批');
    expect(convert('恢复出口和恢复进口', 'zh-Hant', site.terms)).toBe('恢復出口和恢復進口');
    expect(convert('开展精准营销', 'zh-Hant', site.terms)).toBe('開展精準營銷');
    expect(convert('体制机制造成的障碍', 'zh-Hant', site.terms)).toBe('體制機制造成的障礙');
    expect(convert('主管尽管很忙', 'zh-Hant', site.terms)).toBe('主管儘管很忙');
    expect(convert('藏在树木里', 'zh-Hant', site.terms)).toBe('藏在樹木裡');
    expect(convert('人参加工', 'zh-Hant', site.terms, 'hk')).toBe('人蔘加工');
    // Of the ninth review: 银发 'silver hair' before 经济, 目录 before 制度, 家私 'furniture' before 营销, 折合 'fold' and 牵一发动 are left to OpenCC.
    expect(convert('发展银发经济', 'zh-Hant', site.terms)).toBe('發展銀髮經濟');
    expect(convert('建立权力清单目录制度', 'zh-Hant', site.terms)).toBe('建立權力清單目錄制度');
    expect(convert('家私营销', 'zh-Hant', site.terms)).toBe(convert('家私营销', 'zh-Hant', []));
    expect(convert('牵一发动全身', 'zh-Hant', site.terms)).toBe('牽一髮動全身');
    // 挤干 'squeeze dry' before 部 is 排挤 + 干部 'cadre', and 更加注意 before 见 is 加注 'annotate' + 意见: left to OpenCC (notBefore).
    expect(convert('打击报复、排挤干部', 'zh-Hant', site.terms)).toBe('打擊報復、排擠幹部');
    expect(convert('在请示件上加注意见', 'zh-Hant', site.terms)).toBe('在請示件上加註意見');
  });
});

describe('loading: vocabulary.yml through the terms reader', () => {
  const write = (files: Record<string, string>): string => {
    const dir = join(tempDir('baogao-vocab-'), 'content');
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };

  test('both files are read, terms.yml first; the site list holds every vocabulary entry', async () => {
    expect(termFiles).toEqual(['terms.yml', 'vocabulary.yml']);
    const dir = write({ 'terms.yml': 'terms:\n  - 人工智能\n', 'vocabulary.yml': 'terms:\n  - { hans: 拴系, hant: 拴繫 }\n' });
    const loaded = await readSiteTerms(dir);
    expect(loaded.terms).toEqual([
      { hans: '人工智能', hant: '人工智能' },
      { hans: '拴系', hant: '拴繫' },
    ]);
    expect(loaded.text).toContain('拴繫');
    for (const entry of vocabulary) expect(site.terms).toContainEqual(entry);
  });

  test('where both files list the same form, terms.yml wins', async () => {
    const dir = write({ 'terms.yml': 'terms:\n  - { hans: 复核, hant: 複核 }\n', 'vocabulary.yml': 'terms:\n  - { hans: 复核, hant: 覆核 }\n' });
    const { terms } = await readSiteTerms(dir);
    expect(convert('经复核', 'zh-Hant', terms)).toBe('經複核');
  });

  test('moving an entry from one file to the other changes the cache key text', async () => {
    const a = await readSiteTerms(write({ 'terms.yml': 'terms:\n  - 拴系\n' }));
    const b = await readSiteTerms(write({ 'vocabulary.yml': 'terms:\n  - 拴系\n' }));
    expect(a.terms).toEqual(b.terms);
    expect(a.text).not.toBe(b.text);
  });

  test('a bad entry in vocabulary.yml names that file and line', async () => {
    const dir = write({ 'terms.yml': 'terms:\n  - 人工智能\n', 'vocabulary.yml': 'terms:\n  - { hans: 拴系, hant: 拴繫 }\n  - { hans: 复核 }\n' });
    const error = await readSiteTerms(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SourceError);
    const file = (error as SourceError & { file: string }).file;
    expect(file).toBe(join(dir, 'vocabulary.yml'));
    expect((error as SourceError).format(file)).toMatch(/vocabulary\.yml:3: terms\.1\.hant: .* — /);
  });
});
