// Labels from the clause: the words before a number (or the noun after it) name what is measured.
//   "高新技术企业总数增至6120家" → 高新技术企业总数;  "新引进10支人才团队" → 新引进人才团队;
//   "总规模32亿元" after "子基金总数达18支" → 子基金总规模.
// Work is done on a pair of strings (Simplified analysis copy, original script) of equal length, so
// every cut applies to both and the label comes out in the report's own script.
import {
  measureAfterExamples,
  periodEnds,
  jointTerms,
  disposalObject,
  disposalObjectEnd,
  basisWords,
  bracketNote,
  classificationCodes,
  classificationItem,
  quotedBudgetItem,
  peerFrame,
  peerFrameWords,
  nationalTitle,
  limitOfBase,
  shareOfBase,
  ruleVerbAfter,
  purposeAfter,
  fundingBefore,
  fundedBefore,
  fundedRecipient,
  bareRecipient,
  givingVerb,
  fundedAfter,
  shareOfWhole,
  allocationVerb,
  andThen,
  changeAfter,
  circumstancePhrase,
  circumstanceEnd,
  actionVerbs,
  actionVerb,
  audienceVerb,
  bareNoun,
  countedNounAfter,
  memberMeasure,
  boundGrowthAfter,
  measureBeforeOf,
  genericLabel,
  levelNoun,
  comparedBasis,
  fiscalTermEdges,
  leadingFillers,
  findingLead,
  oneCharacterReading,
  runInHeading,
  deicticPlace,
  recipientBeforeYearly,
  leadingJoints,
  pointsBack,
  jointChars,
  listJoint,
  countedJoint,
  listMark,
  respectiveRunJoint,
  targetNoun,
  contributionOf,
  ocrYear,
  noteMarker,
  namelyBefore,
  leadingFunctionChars,
  prepositionWordStart,
  trailingFunctionChars,
  nounStops,
  predicateVerbWords,
  predicatePrepositions,
  qualifiedHeadEnd,
  stateVerbWords,
  measureSuffixStart,
  objectVerbWords,
  participationVerbs,
  partCountBefore,
  partsSetOut,
  resolutionsCountBefore,
  rhetoricalLabel,
  speakerLead,
  speakerModal,
  speakerSubject,
  selectionAfter,
  structuralNoun,
  trailingFillers,
  recordEnd,
  inclusionBeforeExamples,
  baseVerbs,
  flowVerbs,
  boundAdverbs,
  objectMarkers,
  subjectAdverbs,
  totalAdverbs,
  sumAlone,
  sumPointers,
  measureSuffix,
  gongWordTail,
  gongYouNounTail,
  subjectPredicate,
  subjectPrepositions,
  verbWord,
  relativeTimeAlone,
  measureOfAction,
  levelAlone,
  classBoundBefore,
  quarterAlone,
  quarterBefore,
  levelBefore,
  countedAction,
  countedDone,
  equivalentLead,
  growthNounAfter,
  changeMeasureAfterOf,
  earmarkAfter,
  meansPrepositions,
  copulaAfter,
  copulaBefore,
  recipientAfter,
  milestoneAfter,
  qualifierPredicate,
  headPrefixes,
  perCapitaWords,
  partnerVerbs,
  openBracket,
  noteOpenerStart,
  countedAs,
  markerWords,
  ownPlaces,
  placeOpening,
  placeBody,
  placeHead,
  placeCompound,
  measureBefore,
  conditionOnRecipient,
  partBeyond,
  wordAmountPart,
  huiNounHeadWords,
  huiNouns,
  keepingPredicate,
  useAfter,
  leadingAdverbs,
  adverbNounStart,
  newActionVerbs,
  newActionQualified,
  leadingClauseWords,
  copulaWordStart,
  enumeratorOpening,
} from './rules.ts';
import { classifierUnits, unitPattern } from './units.ts';
import { chineseDigits } from './numbers.ts';
import { alternation, escapeRegExp } from '../regexp.ts';
import { PLAN_NAME } from '../patterns.ts';
import { wordSegmenter } from '../words.ts';
import { isOrgan } from '../organs.ts';

/** A basis (同比, 同口径: rules.ts basisWords) and a 实现 inside the words: neither names the figure. */
const basisOrAchieved = new RegExp(String.raw`${basisWords.source}|(?<=.)实现(?=.)`, 'g');

/** The same text in the analysis script (a) and the original script (o). */
export interface Pair {
  a: string;
  o: string;
}

/** Words that close a prepositional phrase of place: 从废墟中, 在园区内. */
const localisers = new Set([...'中里内上下间']);
/** Prepositions of place, whose phrase runs to a localiser (not 把专上教育: 把 takes an object). */
const placePrepositions = new Set([...'从在于']);

/**
 * 稅率訂於每公升 1.11 元, 小麦最低收购价每50公斤提高5到7元: the unit a price is per, with its number, says what it is per, not
 * what it measures. The number is Arabic or in Chinese numerals (numbers.ts chineseDigits).
 */
const perUnit = new RegExp(`每\\s*(?:[\\d.．０-９]+|[${chineseDigits}]+)?\\s*(?:${unitPattern})$`);

// The words of the strings segmented lately: the label rules ask for the words of the same label
// again and again (each trimming step, each candidate), and segmentation depends on the string alone.
const segmented = new Map<string, readonly Intl.SegmentData[]>();

/** The words of `s` as Intl.Segmenter cuts them (the pipeline's one segmenter, words.ts), remembered: read, never change, the list. */
export function words(s: string): readonly Intl.SegmentData[] {
  let ws = segmented.get(s);
  if (ws === undefined) {
    ws = Object.freeze([...wordSegmenter.segment(s)]);
    if (segmented.size >= 20_000) segmented.clear();
    segmented.set(s, ws);
  }
  return ws;
}
/** A label longer than this that holds a list keeps its last item (capLength). */
const MAX_LABEL = 20;
/**
 * A label without a list is kept whole up to this length: a metric's name may be that long (工业战略性新兴产业产值占规上工业总产值比重,
 * 主要商业网站及移动互联网应用IPv6支持率, 全民所有制单位基本建设投资固定资产交付使用率: dev 498, 364, 181), and a cut at 20 took its
 * qualifier off (工业, 主要, 全民所有制单位) or split a compound (移动|互联网应用, 基础电信|企业, dev 395).
 */
const MAX_WORDS = 24;

/**
 * The function word a label starts or ends with, if any: a one-character word (as Intl.Segmenter cuts
 * the Simplified label) among the prepositions and particles of rules.ts. 到人均体育场地面积 → 到,
 * 地区生产总值由 → 由; 对外贸易 (对外) and 在校生 are nouns.
 */
export function edgeFunctionWord(labelHans: string): string | undefined {
  const label = labelHans.replace(/\s+/g, '');
  const ws = words(label);
  const first = ws[0]?.segment;
  const last = ws.at(-1)?.segment;
  if (first?.length === 1 && (leadingFunctionChars.has(first) || trailingFunctionChars.has(first)) && !prepositionWordStart.test(label)) return first;
  if (last?.length === 1 && trailingFunctionChars.has(last)) return last;
  return undefined;
}

/** Cuts [s, e) from both strings (respectively.ts reads it too). */
export const slice = (p: Pair, s: number, e = p.a.length): Pair => ({ a: p.a.slice(s, e), o: p.o.slice(s, e) });
const concat = (x: Pair, y: Pair): Pair => ({ a: x.a + y.a, o: x.o + y.o });
const empty = (): Pair => ({ a: '', o: '' });

/**
 * Removes every match of `re` (global) from both strings; the pair itself when nothing matches. The matches are those
 * `matchAll` finds (from the start, an empty one stepping over a character), read with `exec` on `re` itself: `matchAll`
 * copies the pattern at every call, and cleanLabel removes a dozen patterns from every label (session 24).
 */
function removeAll(p: Pair, re: RegExp): Pair {
  if (!re.global) throw new TypeError(`removeAll needs a global pattern: ${re}`);
  re.lastIndex = 0;
  let m = re.exec(p.a);
  if (m === null) return p;
  let a = '';
  let o = '';
  let pos = 0;
  for (; m !== null; m = re.exec(p.a)) {
    a += p.a.slice(pos, m.index);
    o += p.o.slice(pos, m.index);
    pos = m.index + m[0].length;
    // an empty match: on to the next character (a whole surrogate pair under the u flag), as matchAll goes
    if (m[0].length === 0) re.lastIndex = pos + (re.unicode && (p.a.codePointAt(pos) ?? 0) > 0xffff ? 2 : 1);
  }
  return { a: a + p.a.slice(pos), o: o + p.o.slice(pos) };
}

/** A quote mark that opens a name (「淨零科技標準檢測驗證」, “两重”, 《…》). */
const quoteAfterVerb = /^[「“《『"]/;

/**
 * Where a verb of what was newly done starts in a label, after a subject of three characters or more and before an object of two or
 * more (枢纽港产业园|新签约产业项目, 国有及国有控股企业在境内外|新增上市公司), as whole words; 0 where there is none, where it
 * follows a list's joint (恢复和新增…航线: both verbs' count), where a quoted name follows it (项下新增「…」: the item added) or
 * where a word right before it makes it the measure's own (城镇新增就业, 短视频年新增用户: new_action_qualifiers).
 */
export function newActionStart(s: string): number {
  for (const m of s.matchAll(newActionVerbs)) {
    if (m.index < 3 || s.length - m.index - m[0].length < 2) continue;
    // 恢复和新增国际及地区客运航线15条, 续建和新开工国省干线185公里: after a list's joint the verb is a list's second, and the
    // figure counts the first with it (dev 284, 461)
    if (endsInJoint(s.slice(0, m.index))) continue;
    // 项下新增「净零科技标准检测验证」2亿1,750万元: a quoted name after it is the item added, the label the rules take from the quote
    // marks (dev 558, 559)
    if (quoteAfterVerb.test(s.slice(m.index + m[0].length))) continue;
    if (newActionQualified.test(s.slice(0, m.index))) continue;
    // whole words: 新|增加 (少数民族区新增加的约五〇〇处), 新|增长|点 (消费新增长点) hold no 新增
    const end = m.index + m[0].length;
    const ws = words(s);
    if (ws.some((w) => w.index === m.index) && ws.some((w) => w.index === end)) return m.index;
  }
  return 0;
}

// The pairs trimEdges returned. Trimming one again changes nothing: trimEdges stops after a pass that changed nothing, reads
// only the pair's strings (its patterns keep no state: none is global or sticky but newActionVerbs, which only matchAll reads, on a
// copy that starts at its lastIndex, 0 as long as nothing calls its exec or test) and no pair is changed in place; and the label
// rules hand most of them back as they are (subjectOf after each step that leaves its words, cleanLabel at its end), so such a
// pair is returned at once instead of being read by every filler pattern again (session 24: 77 % of the calls on the bench's corpus).
const trimmed = new WeakSet<Pair>();

/** Trims fillers, function words and a speaker's words from both edges of a label, until a pass changes nothing (exported for its test). */
export function trimEdges(p: Pair): Pair {
  if (trimmed.has(p)) return p;
  let cur = p;
  for (let changed = true; changed;) {
    changed = false;
    // 我建议预留5亿元: when the speaker's words are all the label, the verb they end in stays
    const speaker = speakerLead.exec(cur.a);
    const says = speaker && speaker[0].length === cur.a.length ? speakerModal.exec(cur.a) : null;
    const lead = says ?? speaker;
    if (lead && lead[0].length > 0 && lead[0].length < cur.a.length) {
      cur = slice(cur, lead[0].length);
      changed = true;
    }
    // A preposition standing alone as the first word: 到人均体育场地面积, 向创科基金注资 (not 对外贸易, 在建项目); 按 alone is no label.
    if ((cur.a.length > 2 || cur.a.length === 1) && leadingFunctionChars.has(cur.a[0]!) && !prepositionWordStart.test(cur.a)) {
      const first = words(cur.a)[0];
      // 在网民中占比达73.04%: before a share (占, 占比, 比重, 比例) the phrase names the whole it is a share of and stays (dev 444)
      if (first && first.segment.length === 1 && !shareOfWhole.test(cur.a)) {
        // 从废墟中抢救生还者: the whole phrase of the preposition goes, up to its localiser.
        const place = placePrepositions.has(first.segment)
          ? words(cur.a)
              .slice(1, 5)
              .find((w) => localisers.has(w.segment))
          : undefined;
        // 在全国范围内选择: a frame of scope (…范围内) goes whole, whatever is left after it (dev 456)
        const scope = place !== undefined && /范围$/.test(cur.a.slice(0, place.index));
        cur = slice(cur, place && (scope || cur.a.length - place.index - 1 >= 3) ? place.index + 1 : 1);
        changed = true;
      }
    }
    // 及其内容物净重: 及其 (and its) is a joint too
    if (cur.a.length > 1 && leadingJoints.has(cur.a[0]!) && /^.其?$/.test(words(cur.a)[0]?.segment ?? '')) {
      cur = slice(cur, 1);
      changed = true;
    }
    // 加专项债券100.5亿元，上年结转38.3亿元…收入总计: 加 standing as a word of its own adds a part to a total (plus) and names
    // nothing of it (dev 279); 加工, 加快, 加上 are words
    if (cur.a.length > 2 && words(cur.a)[0]?.segment === '加') {
      cur = slice(cur, 1);
      changed = true;
    }
    // 继续代地方发债, 仍赤字, 相应市级…收入: an adverb of the clause as its first word says how the verb goes; the subject it follows is
    // outside the label (leading_adverbs, dev 256, 352, 241), not a noun it opens (继续教育经费: adverb_nouns)
    const adverb = words(cur.a)[0]?.segment ?? '';
    if (leadingAdverbs.has(adverb) && cur.a.length - adverb.length >= 2 && !adverbNounStart.test(cur.a)) {
      cur = slice(cur, adverb.length);
      changed = true;
    }
    // 以及…未拨付成功资金, 对于上年度营业收入, 易言之市府花費金額, 系一般公共预算拨款, 屬於詐欺: a word that opens a clause or a copula (clause_openers,
    // leading_copulas, dev 637, 197, 818, 714, 738, 817), and an enumerator, 一是 or 二是|… (dev 239), where it ends a word, name nothing of what follows,
    // nor of the place before a verb of what was newly done, which they would lengthen (以及园区新增企业 is 园区新增企业: newActionStart below);
    // not a word the segmenter cuts after the copula (是|項預算凍結, 系爭規定: copula_words, dev 642, 183, 746)
    const opener = words(cur.a)[0]?.segment ?? '';
    const enumerator = enumeratorOpening.exec(cur.a)?.[0] ?? '';
    const openerLength =
      leadingClauseWords.has(opener) && !copulaWordStart.test(cur.a)
        ? opener.length
        : enumerator && words(cur.a).some((w) => w.index === enumerator.length)
          ? enumerator.length
          : 0;
    if (openerLength > 0 && cur.a.length - openerLength >= 2) {
      cur = slice(cur, openerLength);
      changed = true;
    }
    // 枢纽港产业园新签约产业项目139个, 四川盆地新增探明地质储量: the place or programme before a verb of what was newly done is where it
    // was done; the label is the verb and what it counts (new_action_verbs, newActionStart; dev 192, 354, 365, 72)
    const fresh = newActionStart(cur.a);
    if (fresh > 0) {
      cur = slice(cur, fresh);
      changed = true;
    }
    // 该县今年新增创业人员: the place a news report points at, where its level word ends a word (该|县|今年, not 该|省份), or where the
    // segmenter joined it to the next word and what follows, read alone, opens with a word of two characters (该|县城|区|人口: 城区|人口)
    const deictic = deicticPlace.exec(cur.a);
    if (deictic && (words(cur.a).some((w) => w.index === deictic[0].length) || (words(cur.a.slice(deictic[0].length))[0]?.segment.length ?? 0) >= 2)) {
      cur = slice(cur, deictic[0].length);
      changed = true;
    }
    // 惟查…, 另查…: a finding's opening, where its last word ends (惟|查核|范围 keeps 查核: rules.ts findingLead, dev 442)
    const finding = findingLead.exec(cur.a);
    if (finding && words(cur.a).some((w) => w.index === finding[0].length)) {
      cur = slice(cur, finding[0].length);
      changed = true;
    }
    // 本年收入, 年末结转和结余, 收入总计: no filler is cut from inside a fiscal term at either edge (fiscal_terms)
    for (const re of leadingFillers) {
      const m = re.exec(cur.a);
      if (m && m[0].length > 0 && m[0].length >= fiscalTermEdges(cur.a).start) {
        cur = slice(cur, m[0].length);
        changed = true;
      }
    }
    const t = trailingFillers.exec(cur.a) ?? perUnit.exec(cur.a);
    if (t && t[0].length > 0 && fiscalTermEdges(cur.a).end <= cur.a.length - t.index) {
      cur = slice(cur, 0, t.index);
      changed = true;
    } else if (cur.a.length > 1 && modalHuiEnd(cur.a)) {
      cur = slice(cur, 0, cur.a.length - 1);
      changed = true;
    }
  }
  trimmed.add(cur);
  return cur;
}

/** One step of `subjectOf`: a shorter pair, or undefined to leave the words as they are. */
export interface SubjectStep {
  name: string;
  run(p: Pair, ws: readonly Intl.SegmentData[]): Pair | undefined;
}

/** Words before money that only say it is a part of the figure before (当中, 其中, 其余, 余下) or nothing. */
const partWordsOnly = /^(?:当中|其中|其余|余下)?$/;

/** 亦有, 也有 (also has): an adverb and 有 that the segmenter keeps as one word; 已有 (existing: 已有企业) is no such word. */
const alsoHas = /^[亦也]有$/;

/**
 * Whether `s` ends in the modal verb 会 (收入会 → 收入, 这项建议会, 经济发展会, 政府明年会), read by words: not when its last words, from
 * a word's start, spell a noun in 会 (nouns_in_hui: 全国|学会, 委员|会, 代表|大会, 大|都会; 比例|会, 发展|会, 明年|会 spell none), where
 * characters alone would take 例会, 展会 and 年会 there; 都会 after a subject is 都 (all) and the modal (两项收入都会 → 两项收入都).
 */
export function modalHuiEnd(s: string): boolean {
  if (!s.endsWith('会')) return false;
  const ws = words(s);
  let tail = '';
  for (let j = ws.length - 1; j >= 0 && tail.length < 6; j--) if (huiNouns.has((tail = ws[j]!.segment + tail))) return false;
  return true;
}

/** The words right before a 会 make the head of a noun in 会 (委员 | 会, 全 | 运 | 会: nouns_in_hui), from a word's start (明年 | 会 makes none). */
function huiNounBefore(ws: readonly Intl.SegmentData[], at: number): boolean {
  let head = '';
  for (let j = at - 1; j >= 0 && head.length < 5; j--) if (huiNounHeadWords.has((head = ws[j]!.segment + head))) return true;
  return false;
}

/**
 * 会, 将 or 平均 before a word that is no verb (博览 | 会 | 参展商, 职工 | 平均 | 工资) is part of a noun, and so is the 会 that
 * ends a noun in 会 before a verb (委员 | 会 | 增加拨款: nouns_in_hui), given the words (ws) before it (at, w's index in them).
 */
const isAdverb = (w: Intl.SegmentData, next: Intl.SegmentData | undefined, ws: readonly Intl.SegmentData[] = [], at = 0): boolean =>
  subjectAdverbs.has(w.segment) &&
  (!boundAdverbs.has(w.segment) || (next !== undefined && (verbWord.test(next.segment) || subjectAdverbs.has(next.segment)) && !(w.segment === '会' && huiNounBefore(ws, at))));

/**
 * Where the object of the last 把/将/令/使/让 runs ([start, end) up to its verb, an adverb or a preposition,
 * else to the end): 把政府经营开支减 → 政府经营开支. 将 before a verb or an adverb is no marker (跌幅将显著收窄).
 */
function objectOfMarker(p: Pair, ws: readonly Intl.SegmentData[]): { start: number; end: number } | undefined {
  for (let i = ws.length - 2; i >= 0; i--) {
    const marker = ws[i]!;
    const first = ws[i + 1]!;
    if (!objectMarkers.has(marker.segment) || isAdverb(marker, first) || verbWord.test(first.segment) || subjectAdverbs.has(first.segment)) continue;
    // 土地出让收入: a word the segmenter cut in two (出|让) holds no marker (marker_words, dev 278)
    if (markerWords.has(`${ws[i - 1]?.segment ?? ''}${marker.segment}`) || markerWords.has(`${marker.segment}${first.segment}`)) continue;
    // 将公共开支占本地生产总值的比例: a verb before 的 and a noun is inside the object
    const stop = ws
      .slice(i + 2)
      .find((w, k) => (verbWord.test(w.segment) || isAdverb(w, ws[i + 3 + k], ws, i + 2 + k) || subjectPrepositions.has(w.segment)) && !/的./.test(p.a.slice(w.index)));
    return { start: first.index, end: stop?.index ?? p.a.length };
  }
  return undefined;
}

/**
 * The metric is the subject (or object) noun phrase of the clause before the number, not what follows
 * it: the steps in order, each on the words the step before left (a Chinese clause's structure, read
 * on Intl.Segmenter's words so that 会议, 将军, 社会 stay whole).
 */
export const subjectSteps: readonly SubjectStep[] = [
  {
    // 便民服务队共走访群众, 2023年以来共串并全市跨区关联案件, 年末共有各类市场主体: a total adverb as a word of its own (total_adverbs)
    // ends the actor or the time before it, and what was done or had after it, a verb and its object, is what the figure counts
    // (dev 290, 327, 363, 422); a verb alone after it (碳市场累计交易, 中央财政共安排) leaves the subject before it the label's
    name: 'actor before a total adverb',
    run(p, ws) {
      const at = ws.findIndex((w) => totalAdverbs.has(w.segment));
      if (at < 0) return undefined;
      const adverb = ws[at]!;
      const rest = slice(p, adverb.index + adverb.segment.length);
      // (共建“一带一路”国家: 共 before the character of a word it opens is that word's, gongWordTail, however the segmenter cut it)
      if (adverb.segment === '共' && new RegExp(`^${gongWordTail}`).test(rest.a)) return undefined;
      // (共有产权住房: 共有 before 产权 is the noun's own, held in common, gongYouNounTail; dev 361, 378 keep 共有车辆)
      if (adverb.segment === '共有' && rest.a.startsWith(gongYouNounTail)) return undefined;
      // (工作站累计建站: a verb and its object of one character each are one verb, 建站, whose subject the words before name)
      // (“西电东送”累计送电量, 新能源汽车累计推广量: a verb with a measure word after it names a cumulative measure of the subject's, dev 244)
      if (!adverb.segment.endsWith('有') && measureSuffix.test(rest.a)) return undefined;
      const had = adverb.segment.endsWith('有');
      return had ? (rest.a.length >= 2 ? rest : undefined) : ws.length - at - 1 >= 2 && rest.a.length >= 3 ? rest : undefined;
    },
  },
  {
    // 內地企業透過本港股票市場集資: a phrase of means between the subject and its verb goes, the verb names what is measured.
    name: 'phrase of means',
    run(p, ws) {
      const at = ws.findIndex((w, k) => k > 0 && meansPrepositions.has(w.segment));
      const verb = ws[ws.length - 1];
      if (at <= 0 || !verb || verb.segment.length < 2 || ws.length - at < 3) return undefined;
      return concat(slice(p, 0, ws[at]!.index), slice(p, verb.index));
    },
  },
  {
    // 决心在把政府经营开支减至, 这项建议会令政府收入在…减少: the object of 把/将 (disposal) or 令/使/让 (causative), up to its verb.
    name: 'object of 把 or 令',
    run(p, ws) {
      const object = objectOfMarker(p, ws);
      return object && object.end - object.start >= 2 ? slice(p, object.start, object.end) : undefined;
    },
  },
  {
    // 负资产宗数亦已从高峰期下, 应课差饷租值于去年平均下跌: the subject ends at an adverb or at a preposition whose phrase leads to the verb.
    name: 'subject before adverbials',
    run(p, ws) {
      // a preposition's phrase leads to a verb at the end (孝义公园向市民开放), not to a noun (横纵向合作项目)
      const endsInVerb = verbWord.test(ws[ws.length - 1]?.segment ?? '') || subjectPredicate.test(p.a);
      // 但在2001-02年度却上升至22%: an adverb first and a verb last, the clause has no subject of its own.
      if (ws[0] && !boundAdverbs.has(ws[0].segment) && isAdverb(ws[0], ws[1]) && endsInVerb) return empty();
      const at = ws.findIndex((w, k) => {
        const rest = p.a.slice(w.index + w.segment.length);
        // 政府对基建工程已作出承担并正进行的工程项目: before 的 the words qualify the noun after it; 建成和在建面积: a list goes on.
        if (w.index < 2 || /的./.test(rest) || speakerSubject.test(p.a.slice(0, w.index)) || jointOrAtEnd.test(p.a.slice(0, w.index))) return false;
        // 投資開支亦有增長: 亦有 or 也有, one word to the segmenter, is the adverb and 有; 香港的貨物出口維持可觀增長: a verb of keeping
        // before how the subject fared (keepingPredicate, dev 248)
        if (alsoHas.test(w.segment) || keepingPredicate.test(p.a.slice(w.index))) return true;
        return isAdverb(w, ws[k + 1], ws, k) || (subjectPrepositions.has(w.segment) && rest !== '' && (endsInVerb || relativeTimeAlone.test(rest)));
      });
      if (at <= 0) return undefined;
      const subject = slice(p, 0, ws[at]!.index);
      // 企业在天交所挂牌上市5家 → 挂牌上市企业: a bare noun takes the predicate that says which of them count.
      const predicate = bareNoun.test(subject.a) ? subjectPredicate.exec(p.a) : null;
      return predicate ? concat(slice(p, predicate.index), subject) : subject;
    },
  },
  {
    // 纯电动绿色公交车投入运行40辆, 市级以上龙头企业发展12家: a predicate after a noun phrase of 3+ characters (新增就业 stays).
    name: 'trailing predicate',
    run(p, ws) {
      const m = subjectPredicate.exec(p.a);
      // 拆除违法建设: after a verb (拆除) the words are its object, whose noun may end in 建设.
      if (!m || m.index < 3 || !ws.some((w) => w.index === m.index) || actionVerb.test(p.a.slice(0, m.index))) return undefined;
      return slice(p, 0, m.index);
    },
  },
];

/** The subject noun phrase of the words before a number (the steps of `subjectSteps` in order; a test may leave one out). */
export function subjectOf(p: Pair, steps: readonly SubjectStep[] = subjectSteps): Pair {
  let cur = p;
  for (const step of steps) cur = trimEdges(step.run(cur, words(cur.a)) ?? cur);
  return cur;
}

// The labels cleaned last: readParagraph cleans a figure's words to see whether they name anything, and labelOf cleans the same words
// again as its label (a third of the calls on the bench's corpus). cleanLabel reads only the pair and the rules, and no pair is changed
// in place, so the pair cleaned before is the answer. Kept to the last few: a memo of the whole corpus would also answer for the bench's
// reports made from one seed, which a real corpus does not repeat.
const cleaned = new Map<string, Pair>();

/**
 * Cleans the words before a number into a label: fillers, years, pinyin notes, lists before 等; with
 * `subject`, the clause's subject without its predicate (not when the number precedes its noun: 两间铁路公司正在落实6项铁路工程).
 */
export function cleanLabel(raw: Pair, subject = true): Pair {
  const key = `${subject ? 1 : 0}${raw.a.length}:${raw.a}${raw.o}`;
  let p = cleaned.get(key);
  if (p === undefined) {
    p = cleanWords(raw, subject);
    if (cleaned.size >= 8) cleaned.clear();
    cleaned.set(key, p);
  }
  return p;
}

/**
 * The years in a label's words, with the word that closes their time (period_ends: 2024年初, 2024年以来, as 年底, 年末) and their months
 * (2024年3月以来) and day (cleanWords); with the 在 or 于 whose object they are, and the 比 or 较 of a basis year before a change.
 */
const yearsInLabel = new RegExp(
  String.raw`(?:[在于](?=(?:19|20)\d{2})|[比较](?=(?:19|20)\d{2}\s*年(?:同期)?\s*(?:[增减提降升翻扩缩净多少高低]|下降|上升)))?(?:19|20)\d{2}(?:[-—－–／/至](?:(?:19|20)\d{2}|\d{2})(?!\d))?(?:、(?:19|20)\d{2})*(?:(?:学年度?|年度?)(?:${periodEnds}|起)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:[-—－–至到~～](?:\d{1,2}|[一二三四五六七八九十]{1,2}))?月份?(?:${periodEnds}|(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?)?)?(?=\D|$)`,
  'g',
);

/** cleanLabel's work, for pairs not cleaned lately. */
function cleanWords(raw: Pair, subject: boolean): Pair {
  // 一般公共服务支出（类）政府办公厅及相关机构事务支出（款）行政运行（项）拨款支出: a figure after a chain of the classification of
  // spending is its item's, named before the item's mark (classificationItem: 行政运行; not the class, the kind, the code before them,
  // dev 378), as the classification prints it (计划生育机构 keeps its 计划, 对村民委员会和村党支部的补助 its 对)
  // 114年度衛生福利部疾病管制署「科技業務」預算: the budget's item named in quotes before the budget word (quotedBudgetItem, dev 642); one
  // quoted name loses its quotes, a path keeps them
  const budgetItem = quotedBudgetItem.exec(raw.a);
  if (budgetItem) {
    const path = slice(raw, budgetItem.index, budgetItem.index + budgetItem[0].length);
    return /^[“「][^“”「」]*[”」]$/.test(path.a) ? slice(path, 1, path.a.length - 1) : path;
  }
  const item = [...raw.a.matchAll(classificationItem)].at(-1);
  if (item) {
    const end = item.index + item[0].length - item[0].slice(item[0].lastIndexOf(item[1]!) + item[1]!.length).length;
    return slice(raw, end - item[1]!.length, end);
  }
  // （三）2012506港澳台侨事务—华侨事务, 2299901其他支出: the subject's code in the national classification before its name is no part
  // of it (classificationCodes, dev 361, 378)
  const code = [...raw.a.matchAll(classificationCodes)].at(-1);
  const uncoded = code ? slice(raw, code.index + code[0].length) : raw;
  // 五、一般公共预算拨款支出决算情况2017年一般公共预算拨款支出: a section's heading run into its first sentence, where a page's lines
  // were run together, names nothing of the figure; the label is the sentence's (runInHeading, dev 361, 378)
  const heading = runInHeading.exec(uncoded.a);
  const sentence = heading ? slice(uncoded, heading[0].length) : uncoded;
  // 非经常项目开源（例如出售政府资产）或节流: a note in brackets is no part of the name (bracketNote: examples, what a total includes,
  // how it is measured); 每个县（市、区）: nor are alternatives in brackets inside the words; nor letters in brackets, a
  // pinyin note or an abbreviation that names the words before it again (居民消费价格总指数（CPI）, either bracket: dev 309, 292)
  let p = removeAll(removeAll(sentence, bracketNote), /\s+|[（(][a-zA-Zü\u00C0-\u024F]+[）)]|[（(][^（()）]*、[^（()）]*[）)]/g);
  // 常住人口突破千万、净流入人口超70万: a part that passes an amount in words is a clause before the label (wordAmountPart, dev 497)
  const amountPart = [...p.a.matchAll(wordAmountPart)].at(-1);
  if (amountPart) p = slice(p, amountPart.index + amountPart[0].length);
  // 新建高产稳产农田（地）: one character in brackets is another reading of the word's last (农田 or 农地), no part of the name (dev 50),
  // but not the form's 因公出国（境）费 (oneCharacterReading, fiscal_terms)
  p = removeAll(p, oneCharacterReading);
  // 5000万元以上(仅限世界1000强企业投资)、2亿元以上: a bracket that opens the words before a number glosses the figure before it
  p = removeAll(p, /^[（(][^（()）]*[）)]/g);
  // 优先电量规模（风电400小时: inside a bracket left open, the bracket's words name the figure.
  const open = openBracket.exec(p.a);
  if (open && open[0].length > 2) {
    p = slice(p, open.index + 1);
    // （含再融资债券226亿元: the word that opens a note (note_openers) is no part of what the figure inside counts (dev 239, 278)
    const opener = noteOpenerStart.exec(p.a);
    if (opener) p = slice(p, opener[0].length);
  }
  // 机制电价为蒙东煤电基准价（0.3035元/千瓦时）: a bracket opened right before the number glosses the value of the
  // words before it, after their copula (dev 65)
  else if (open && open.index >= 2) {
    p = slice(p, 0, open.index);
    const copula = /^.*?(?:为|是)(?=\p{Script=Han}{2})/u.exec(p.a);
    if (copula) p = slice(p, copula[0].length);
  }
  // 外贸进出口在对美贸易下降超3成的情况下: a phrase of circumstance names nothing of the figure; before the years go, which would take
  // the 在 of 单位GDP能耗在2015年基础上 with its year and leave 基础上 in the label
  p = removeAll(p, circumstancePhrase);
  // 政府在2002-03年度可减少开支, 财政储备在2018年3月31日 (在二零二四年三月三十一日, 三月底: its day in Chinese numerals too): a preposition whose object is the year (and its day) goes with it, and so does the 比 or 较 of a basis year
  // before a change (地区生产总值比2010年翻一番 → 地区生产总值, not 地区生产总值比; 存贷比2020年末 keeps its ratio); 2025—2027年 as well as 2019-20年度, 2024／25年度 and 2024至25年度 (二零二四至二五年度, dev 305's own form): a span of years, whatever the dash, slash or 至; a school year as a financial year (2024/25学年, dev 304); its months too, a run of them (113年1至10月累計統計 → 累計統計, dev 559), and a month's 月份 (2024年7月份新增上拍法拍房源数量, dev 849)
  p = removeAll(p, yearsInLabel);
  // 1g85年国家财政收人: a year as an OCR misprints it
  p = removeAll(p, ocrYears);
  // 国民收人使用额〔注〕: a note's marker; “5个1000”行动[4]累计入库项目: one before the last words ends the name it
  // glosses, and those words name the figure; unless they are a generic measure word that names nothing alone (农民工[7]总量, dev 420)
  const markers = [...p.a.matchAll(noteMarker)];
  const lastMarker = markers.at(-1);
  const afterMarker = lastMarker ? p.a.slice(lastMarker.index + lastMarker[0].length) : '';
  if (lastMarker && afterMarker.length >= 2 && !genericLabel.test(afterMarker)) p = slice(p, lastMarker.index + lastMarker[0].length);
  p = removeAll(p, noteMarker);
  // 省财政厅核定我市政府债务限额, 省转贷我市地方政府债券: who acted on the report's own place (ownPlaces) and how name nothing of
  // the figure; the label is what follows the place, where it stands as a word of its own (资本市场 keeps its 本市; dev 239, 241, 278),
  // after a verb: after a preposition the place is where (在我区纳税总额), and before 的 it is inside a clause that qualifies the noun
  // (纳入我区统计核算的营业收入, dev 196), where the rules for 的 find the noun
  const place = words(p.a)
    .filter(
      (w) =>
        w.index > 0 &&
        !leadingFunctionChars.has(p.a[w.index - 1]!) &&
        !p.a.includes('的', w.index) &&
        ownPlaces.some((own) => p.a.startsWith(own, w.index) && p.a.length - w.index - own.length >= 2),
    )
    .at(-1);
  if (place) p = slice(p, place.index + ownPlaces.find((own) => p.a.startsWith(own, place.index))!.length);
  p = removeAll(p, basisOrAchieved);
  // 按一年计意向成交金额, 按可比价格计算地区生产总值: how the figure is counted names nothing of it (not 按照计划, 按计划, nor a word
  // that opens with 计: 按季度计划, 按规定计提; data ji_words)
  p = removeAll(p, countedAsAnywhere);
  p = dropBasis(p);
  // 占…的比重即积累率: what follows 即 names the figure
  const namely = namelyBefore.exec(p.a);
  if (namely) p = slice(p, namely[0].length);
  // 四川大学、电子科大等8个 / 出台《…》等8项政策文件: the list names examples, the noun comes after.
  // 等 the particle, not a word's own 等 (高等教育, 中等职业, 平等)
  const etc = lastParticle(p.a, '等');
  // 稳外贸相关税收政策包括出口货物劳务税收政策、…等19项: the examples are what a whole includes, the count is the whole's (dev 354)
  const whole = etc >= 0 && etc === p.a.length - 1 ? inclusionBeforeExamples.exec(p.a) : null;
  if (whole) p = slice(p, 0, whole[1]!.length);
  // 商业服务业等支出, 海洋能等发电装机: a measure after 等 is the examples' own, which say whose it is (measureAfterExamples)
  else if (etc >= 0 && measureAfterExamples.test(p.a.slice(etc + 1))) p = trimEdges(p);
  else if (etc >= 0 && p.a.length - etc - 1 >= 2) p = slice(p, etc + 1);
  else if (etc >= 0 && etc === p.a.length - 1) p = slice(p, p.a.lastIndexOf('的', etc) + 1, etc);
  p = trimEdges(p);
  // 四川省家庭承包耕地流转总面积, 台南市僅老人居住的住宅, 高雄市的案發件數: a place by its full name opening the label, as a word of its own
  // (上海市场 is 上海|市场), says where the figure was counted, and the metric is what follows (dev 328, 490, 817, 818); not before a
  // company's or a body's name (天津市环智新能源技术有限公司补贴总额: placeBody; 天津市财政局, 湖北省人民医院: isOrgan at a word's end) nor
  // before its head's post (台南市長: placeHead) nor where its level word makes a word with the next (杭州市区, 广州市属: placeCompound)
  const opening = placeOpening.exec(p.a);
  const placeWords = opening ? words(p.a) : [];
  if (
    opening &&
    p.a.length - opening[0].length >= 2 &&
    placeWords.some((w) => w.index === opening[0].replace(/的$/, '').length) &&
    !placeWords.some((w) => placeBody.has(w.segment) || (w.index >= opening[0].length && isOrgan(p.a.slice(0, w.index + w.segment.length)))) &&
    !placeHead.test(p.a.slice(opening[0].length)) &&
    (opening[0].endsWith('的') || !placeCompound.test(p.a.slice(opening[0].length)))
  )
    p = slice(p, opening[0].length);
  if (subject) p = subjectOf(p);
  const change = changeMeasureAfterOf.exec(p.a);
  if (change && change.index >= 2) p = slice(p, 0, change.index);
  const of = p.a.lastIndexOf('的');
  // 经济增长速度的调控目标定为8%: a target word after 的 says what the figure is for, the metric is before it
  if (of >= 2 && targetNoun.test(p.a.slice(of + 1))) p = slice(p, 0, of);
  // 工业对全省经济增长的贡献率: a contribution keeps whose it is and to what (contributionOf), however long
  else if (p.a.length > 10 && of >= 0 && p.a.length - of - 1 >= 3 && !contributionOf.test(p.a)) p = slice(p, of + 1);
  // a label that is one quoted name loses its quotes (「促進產業發展」); a path of quoted names keeps them, each paired
  // (「一般行政」項下「基本行政工作維持」之「業務費」, dev 442: not 一般行政」項下「…」之「業務費)
  if (/^[“"「][^“”"「」]*[”"」]$/.test(p.a)) p = slice(p, 1, p.a.length - 1);
  // a long label loses a quoted name at its start (“科创中国”试点城市…), not one inside its words (用于“三农”的投入), nor one that
  // opens a term of the form (“三公”经费一般公共预算拨款: fiscal_terms 三公经费, dev 361, 378)
  else if (p.a.length > 12 && !fiscalTermEdges(p.a.replace(/^“([^”]*)”/, '$1')).start) p = removeAll(p, /^“[^”]*”/g);
  return capLength(dropBasis(trimEdges(withoutAspect(p))));
}

/** 停建、缓建了大中型项目 → 停建、缓建大中型项目: the aspect particle 了, a word of its own, is no part of a name (为了, 了解 are words). */
function withoutAspect(p: Pair): Pair {
  let cur = p;
  for (const s of [...words(p.a)].reverse()) if (s.segment === '了') cur = concat(slice(cur, 0, s.index), slice(cur, s.index + 1));
  return cur;
}

/** Where `char` last stands as a word of its own (as Intl.Segmenter cuts `s`) at an index `where` takes, or -1. */
export function lastParticle(s: string, char: string, where: (index: number) => boolean = () => true): number {
  let at = -1;
  for (const w of words(s)) if (w.segment === char && where(w.index)) at = w.index;
  return at;
}

/** 比去年增加36亿元, 分别比2007年增加, 较“十三五”末净增 (any plan's end: PLAN_NAME): a basis left alone names nothing (the figure before is meant). */
const basisLeftAlone = new RegExp(
  String.raw`(?:分别[比较]|(?:分别)?(?:[比较](?:去年|上年|年初|上年末|上年底|同期|[“"]?${PLAN_NAME}[”"]?(?:期?末))(?:预算)?|[比较](?:原来|原|修订)?预算|较))$`,
  'g',
);
// a bare 比 at the end stays: it ends a ratio's name (存贷比43.29%, 师生比)
const dropBasis = (p: Pair): Pair => removeAll(p, basisLeftAlone);

/** One word that is a list's joint (和, 与, 及: list_joints), 、 or 的. */
const jointOrDeWord = new RegExp(`^[${jointChars}、的]$`);
const jointOrDeChar = new RegExp(`^[${jointChars}的]$`);
/** Words that end in a list's joint or 或 (城镇和, 企业或). */
const jointOrAtEnd = new RegExp(`[${jointChars}、或]$`);
/**
 * Words that open with a clause's or a list's mark (，, 和, （ …), with 或 (或者, 或是: the alternative after the figure,
 * 相差10%或者10万吨以上, dev 303; no word opens with 或 that names what is counted) or with 并.
 */
const clauseOrListStart = new RegExp(String.raw`^[、，,；;。…⋯${jointChars}或（(）)［[【]|^${andThen}`);

/** Words that end in a list joint after a word (中心村和, not 惠及, 参与 or 1、2和). */
const jointAtEnd = new RegExp(`\\p{Script=Han}(?:${listJoint})\\s*$`, 'u');
const endsInJoint = (s: string): boolean => jointAtEnd.test(s);

/** Words that open with a list joint or 的 standing as a word of its own (和改造项目, not 和美乡村). */
const joinsList = (rest: string): boolean => {
  const first = words(rest)[0]?.segment ?? '';
  return jointOrDeWord.test(first) || /^[、的]/.test(rest);
};

/** The object of the last action verb (ending by `limit`) that leaves a noun of 3+ characters (组建工程技术研究中心 → 工程技术研究中心). */
export function objectOfVerb(p: Pair, limit = p.a.length): Pair {
  let cut = 0;
  for (const m of p.a.matchAll(actionVerbs)) {
    // 争取到位资金: the verb's last character opens a word of the object (到位, preposition_words), the verb is 争取 (dev 241)
    const end = m.index + m[0].length - (m[0].length > 2 && prepositionWordStart.test(p.a.slice(m.index + m[0].length - 1)) ? 1 : 0);
    // 获评5个国家生态文明建设示范区: the noun after the number is an object already, a verb inside it is part of its name
    if (end > limit) break;
    // 建成和改造项目: a list goes on after the verb; 建成和美乡村样板村: 和美 is a word of the object;
    // 数字化改造覆盖率: a measure of the action (a rate, a share) is no object of it
    if (p.a.length - end >= 3 && !joinsList(p.a.slice(end)) && !measureOfAction.test(p.a.slice(end))) cut = end;
  }
  return cut > 0 ? trimEdges(slice(p, cut)) : p;
}

/** The verb of two characters before a bare noun in the words before the number, with the noun (实施项目), or no label (also for a verb of acting together: 联合…银行). */
function verbAndNoun(left: Pair, noun: Pair): Pair {
  const a = left.a.replace(/\s+$/, '');
  const end = a.length;
  if (noun.a.length === 0 || !a.endsWith(noun.a)) return { a: '', o: '' };
  const start = end - noun.a.length - 2;
  const verb = a.slice(start, end - noun.a.length);
  if (start < 0 || !/^\p{Script=Han}{2}$/u.test(verb) || [...verb].some((c) => leadingFunctionChars.has(c)) || partnerVerbs.has(verb)) return { a: '', o: '' };
  return slice(left, start, end);
}

/** A year as an OCR misprints it (rules.ts ocrYear: 1g85年), every one in the words: built once, not at every label. */
const ocrYears = new RegExp(ocrYear, 'g');

/** The verbs of a level (rules.ts baseVerbs) and a generic measure word at the end (genericLabel), which the figure before a generic label loses: built once. */
const baseVerbsAll = new RegExp(baseVerbs.source, 'g');
const genericAtEnd = new RegExp(`(?:${genericLabel.source.slice(4, -2)})$`, 'g');

/** How a figure is counted (rules.ts countedAs: 按一年计, 按可比价格计算). */
const countedAsAnywhere = new RegExp(countedAs, 'g');

/** A count of kinds after a list's last member and before the noun it counts (三大先导产业, 两个行业, 五类主体). */
const collectiveCount = /(?<=[^\P{Script=Han}第])[两二三四五六七八九十]{1,2}(?:大|个|個|项|項|类|類|种|種)(?=\p{Script=Han}{2})/u;

/** A name in quotes or title marks (「罰金罰鍰及怠金」, “香港服務提供者證書”, 《…》): one name, which capLength does not cut. */
const quotedNames = /「[^「」]*」|“[^“”]*”|《[^《》]*》/g;

/** Keeps the last words of a long label (the head noun of a Chinese noun phrase comes last): its last list item over MAX_LABEL, its last words over MAX_WORDS. */
function capLength(p: Pair): Pair {
  if (p.a.length <= MAX_LABEL) return p;
  // 粮食直补、农资综合补贴、良种补贴、农机具购置补贴资金: the head noun is in the last item; so with 和 as a word of its own
  // (城镇居民人均可支配收入和农村居民人均纯收入分别年均增长5%: dev 69, 180), not the 和 of 和美
  // (not a joint inside a quoted name: 「施政計畫績效管理與機制之規劃、協調」 is one name, dev 558)
  const names = [...p.a.matchAll(quotedNames)].map((m) => [m.index, m.index + m[0].length] as const);
  const outside = (i: number) => !names.some(([start, end]) => start < i && i < end);
  // 中央财政用于科技、教育、卫生、文化等方面的支出: examples closed by 等 before a measure of theirs (measureAfterExamples) are one
  // qualifier, and the label is kept whole up to MAX_WORDS, not cut inside its last item (dev 179); not opened at the word before
  // the list's first 、, which may be the last word of a longer first item (节能|环保、卫生健康…, 新型|城镇|化、乡村振兴…)
  const etc = lastParticle(p.a, '等');
  const firstComma = p.a.indexOf('、');
  if (firstComma >= 0 && firstComma < etc && p.a.length <= MAX_WORDS && measureAfterExamples.test(p.a.slice(etc + 1))) return p;
  let comma = p.a.lastIndexOf('、');
  while (comma > 0 && !outside(comma)) comma = p.a.lastIndexOf('、', comma - 1);
  const item = Math.max(comma, lastParticle(p.a, '和', outside));
  // 集成电路、生物医药、人工智能三大先导产业规模: the list names the members a count of kinds (三大, 两个, 五类) sums up,
  // and the label opens at the count (三大先导产业规模, dev 194), not inside the last member
  const members = item >= 0 ? collectiveCount.exec(p.a.slice(item + 1)) : null;
  if (members) return capLength(slice(p, item + 1 + members.index));
  if (item >= 0 && p.a.length - item - 1 >= 3) return capLength(slice(p, item + 1));
  if (p.a.length <= MAX_WORDS) return p;
  let cut = p.a.length - MAX_WORDS;
  // a lone character next to the cut is a part of a word the segmenter split off (全|社会, 战略|性: dev 194), a prefix or a
  // suffix: the cut goes before the word before it, so that no word is split and the label is a little longer
  const lone = (s: Intl.SegmentData | undefined) =>
    s !== undefined && /^\p{Script=Han}$/u.test(s.segment) && !leadingFunctionChars.has(s.segment) && !jointOrDeChar.test(s.segment);
  // (never back to a function word or a list joint a label may not open with: 及第十二條之一…, dev 113; nor at a 的: 国家|的|基本建设投资…, dev 240)
  const opens = (s: Intl.SegmentData | undefined): s is Intl.SegmentData =>
    s !== undefined && !(s.segment.length === 1 && leadingFunctionChars.has(s.segment)) && !jointOrDeWord.test(s.segment);
  let before: Intl.SegmentData | undefined;
  let beforeThat: Intl.SegmentData | undefined;
  for (const s of words(p.a)) {
    if (s.index >= cut && !(s.segment.length === 1 && leadingFunctionChars.has(s.segment)) && !jointOrDeWord.test(s.segment)) {
      cut = lone(s) && opens(before) ? before.index : lone(before) ? (opens(beforeThat) ? beforeThat : before!).index : s.index;
      break;
    }
    beforeThat = before;
    before = s;
  }
  // 研究与试验发展（R&D）经费支出…: a term that holds a joint (jointTerms) is one name, the cut goes before it (dev 495); so is a name in
  // quotes or title marks (…之第1目「罰金罰鍰及怠金」第1節「罰金罰鍰」處罰…: a cut inside 「」 left its closer alone, dev 559, 442)
  const name = [...p.a.matchAll(jointTerms), ...p.a.matchAll(quotedNames)].filter((m) => m.index < cut && cut < m.index + m[0].length).sort((x, y) => x.index - y.index)[0];
  // but a quoted name that another follows is no head: the label opens at the next one (「中小及新創企業科技應用－運用科技創新轉型升級」項下賡續辦理
  // 「推動中小企業創新經濟開拓市場計畫」 → 「推動中小企業創新經濟開拓市場計畫」), as a list's last item is its head, and a long name does not keep
  // the label long (dev 558)
  const following = name && /^[「“《]/.test(name[0]) ? [...p.a.matchAll(quotedNames)].find((m) => m.index >= name.index + name[0].length) : undefined;
  return slice(p, following ? following.index : name ? name.index : cut);
}

/** 的 right after a bound (超过1万TEU的, 5000辆以上的): the figure is a condition on the noun after 的. */
const thresholdOf = /^\s*(?:及?以[上下])?\s*的/;

/**
 * Words after a number that are one counted list of Han items (智能工厂、数字化车间); after a classifier, nouns joined by a list
 * joint too (专业技术人才和企业高级管理人员, 裸聊敲诈及电诈团伙: dev 119, 363), not by a word that ends in its character (涉及, 惠及) or opens
 * with it (及时率, dev 394: countedJoint).
 */
const classifierList = new RegExp(String.raw`^\p{Script=Han}{2,}(?:(?:、|${countedJoint})\p{Script=Han}{2,})+$`, 'u');
/** A number of its own in a later item of a list after a count, in digits or in words (5大片区, 五大片区, 总投资超百亿元, 三所幼稚園). */
const itemNumber = new RegExp(String.raw`\d|[一二两兩三四五六七八九十百千万萬亿億]+\s*(?:${alternation(classifierUnits)}|[万萬亿億]?元|大)`);

const isCountedList = (words: string, classifier = false): boolean =>
  (classifier ? classifierList : /^\p{Script=Han}+(?:、\p{Script=Han}+)+$/u).test(words) && !words.endsWith('等') && !itemNumber.test(words.slice(words.indexOf('、')));

const nounStopsAll = new RegExp(nounStops.source, 'g');

/**
 * Where the noun after a count ends (nounStops), or -1: a stop that opens the words has no noun before it to end
 * (12项稳定就业政策全面落实: 稳定 opens the noun), so the next one ends it, when two characters or more of noun stand between
 * (10个口岸正式启用: the words are left as they are when it follows at once).
 */
function nounStopIndex(s: string): number {
  let opening = -1;
  for (const m of s.matchAll(nounStopsAll)) {
    if (m.index > 0) return opening < 0 || m.index - opening >= 2 ? m.index : -1;
    opening = m[0].length;
  }
  return -1;
}

/**
 * Whether the word w of s opens a predicate (predicateVerbWords; stateVerbWords as s's last word: 偿还部分到期本息 names the debt due;
 * objectVerbWords with their object after them: 114亿元的特惠资助 names the grant).
 */
const opensPredicate = (w: Intl.SegmentData, s: string): boolean => {
  const after = s.slice(w.index + w.segment.length);
  // 企业通过率, 充电桩安装量: with a measure word after it the verb names the measure
  if (measureSuffixStart.test(after)) return false;
  return (
    predicateVerbWords.has(w.segment) || (stateVerbWords.has(w.segment) && !/\p{Script=Han}/u.test(after)) || (objectVerbWords.has(w.segment) && /\p{Script=Han}{2}/u.test(after))
  );
};

/**
 * Whether the list that opens at `at` in the words after a count is one noun the count counts (2660家网站、APP完成适老化及无障碍改造,
 * 10篇國內外期刊及研討會論文、提供…): its last item ends where the noun does, before a noun stop or a verb of the noun's predicate; not a
 * list that runs on to the clause's end or the next figure, where no such word says the noun ended, not one joined by 与 (a subject's partner:
 * 5家试点博物馆与市文旅集团…, dev 239), not one whose later item holds a number (a figure of its own: 楼宇、5大片区亮化, dev 204).
 */
function closedList(s: string, at: number): boolean {
  // 的士和小巴: an item of one character is a word the 的 before it was cut from (dev 183), no item of its own
  if (at < 2 || s[at] === '与' || itemNumber.test(s.slice(at))) return false;
  const stop = nounStopIndex(s);
  const opens = words(s).find((w) => w.index >= 2 && opensPredicate(w, s));
  const end = Math.min(stop > 0 ? stop : s.length, opens?.index ?? s.length);
  // 1亿农业转移人口和其他常住人口在城镇落户: a phrase of place (在, 从, 于 as a word) opens the predicate before the stop (dev 375)
  const place = words(s).some((w) => w.index > at && w.index < end && placePrepositions.has(w.segment));
  return end < s.length && end - at >= 3 && !place;
}

/** The noun after a number (新引进10支人才团队 → 人才团队), up to a verb, a list mark or 的. */
export function nounAfter(right: Pair, endsClause = false, count = false, classifier = false): Pair & { end: number } {
  // 其中19%是长者住户: after a copula the noun is what the figure is of
  const copula = copulaAfter.exec(right.a);
  if (copula) {
    const noun = nounAfter(slice(right, copula[0].length), endsClause, count, classifier);
    return { ...noun, end: noun.a.length ? noun.end + copula[0].length : 0 };
  }
  // 5,000萬元之設計開發費: 之 right after the unit is the 的 of a written style, the noun after it what the amount is of (dev 715);
  // not the 之 of a word of its own (之内, 之间, 之前, 之后, 之一, 之多, 之巨); a fraction of the amount after it (6,850萬5千元之十分之一,
  // 2億5,569萬3千元之二十分之一, dev 442) or 之多, 之巨 (as much as: 成長到114年1,177億元之多, dev 558) names no noun: the amount's is before it
  if (/^之(?:[一二三四五六七八九十百千万]+分之|多|巨)/.test(right.a)) return { a: '', o: '', end: 0 };
  const zhi = /^之(?![内间前后一多巨上下中外际余类])(?=\p{Script=Han}{2})/u.exec(right.a);
  if (zhi) {
    const noun = nounAfter(slice(right, 1), endsClause, count, classifier);
    return { ...noun, end: noun.a.length ? noun.end + 1 : 0 };
  }
  // 超过15%部分税负差额: the part beyond the bound is of the measure after 部分
  const part = partBeyond.exec(right.a);
  if (part) {
    const noun = nounAfter(slice(right, part[0].length), endsClause, count, classifier);
    return { ...noun, end: noun.a.length ? noun.end + part[0].length : 0 };
  }
  // 170个、专业服务机构70余家: a list mark right after the unit means no noun follows, nor does 并 opening a predicate of
  // its own (地铁运营里程422公里并连通咸阳, dev 245; not 并购, 并网, 并联).
  if (
    clauseOrListStart.test(right.a) ||
    recipientAfter.test(right.a) ||
    milestoneAfter.test(right.a) ||
    ruleVerbAfter.test(right.a) ||
    purposeAfter.test(right.a) ||
    changeAfter.test(right.a)
  )
    return { a: '', o: '', end: 0 };
  let start = 0;
  // 不低于30%［自发自用电量以…为准］: a note in square brackets after the figure names nothing of it (dev 66)
  // …参保人数超过2200万人……10月份，…: an ellipsis ends the list the sentence gives, and what follows it is no noun of the figure (dev 651)
  let end = /[，,；;。…⋯（(）)［[【]/.exec(right.a)?.index ?? right.a.length;
  // 5 000名员工的工作, 4800多万农村人口的饮水安全问题: a count counts the noun it stands before, not the head noun
  // that noun qualifies (an amount or a length of time may measure the head: 2亿元一笔过的拨款, 105天的周转);
  // words in a list before 的 are a clause that qualifies the head (10个业态鲜明、功能突出的科创空间样板).
  // A qualifier with a predicate of its own is a clause too (3家在国内具有较强影响力的综合型平台, qualifierPredicate).
  const first = right.a.indexOf('的');
  const clause = count && first > 0 && first < end && qualifierPredicate.test(right.a.slice(0, first));
  // 240万户林区、垦区、煤矿等棚户区居民的住房问题: a list closed by 等 gives examples of the noun after it, which is
  // what is counted (not a clause that qualifies the head: its list marks stand before the 等).
  const etcOf = first > 0 ? lastParticle(right.a.slice(0, first), '等') : -1;
  const counted = etcOf >= 0 && first - etcOf - 1 >= 2 ? right.a.slice(etcOf + 1, first) : right.a.slice(0, first);
  if (count && first > 0 && first < end && !listMark.test(counted) && !clause) end = first;
  else {
    const of = right.a.lastIndexOf('的', end - 1);
    if (of >= 0) start = of + 1;
    // 解决了4个村8500余人的饮水安全问题: a count of people whose problem was solved is of what the problem is about
    // (饮水安全), 问题 names no metric.
    if (count && of === first && of >= 0 && end - start >= 4 && right.a.slice(start, end).endsWith('问题')) end -= 2;
  }
  // 800个智能工厂、数字化车间 / 20家行业型、专业型、区域型工业互联网平台: a list that runs to the clause's end
  // with no figure of its own is what is counted (dev 119); one before the next figure's words is not.
  // 100多万辆1.6升及以下节能乘用车: a class bound at its start is part of the noun, which goes on past it, past its 及 too
  // (classBoundBefore, dev 421)
  let bound = classBoundBefore.exec(right.a.slice(start, end))?.[0].length ?? 0;
  const list = listMark.exec(right.a.slice(start + bound, end));
  if (list && !(endsClause && isCountedList(right.a.slice(start, end), classifier)) && !closedList(right.a.slice(start + bound, end), list.index)) end = start + bound + list.index;
  // 10个创新中心、推广中心、实验室等创新服务载体: the examples before 等 name the noun after it
  const etc = lastParticle(right.a.slice(start, end), '等');
  // 12个停车场、充电站等完成验收, 8家商业银行、保险公司等入驻金融街: where a noun stop follows 等 at once no noun does, and the examples
  // are what is counted
  if (etc >= 0 && end - start - etc - 1 >= 2 && nounStops.exec(right.a.slice(start + etc + 1, end))?.index === 0) end = start + etc;
  else if (etc >= 0 && end - start - etc - 1 >= 2) {
    start += etc + 1;
    bound = 0;
  }
  if (start + bound > end) bound = 0;
  const stop = nounStopIndex(right.a.slice(start + bound, end));
  if (stop > 0) end = start + bound + stop;
  // 8个产业规模超千亿元: a measure of each counted thing and what it reaches pick the things; the noun ends before the measure
  // (at the words' end only right before the next figure: a clause that ends in the measure says nothing it reaches)
  // 21000栋房屋受损, 300万元资金支持报关企业做大做强: the noun ends where a verb of its clause's predicate opens, a word of its own
  // (predicateVerbWords; objectVerbWords only with an object after them: 114亿元的特惠资助 names the grant)
  const noun = right.a.slice(start + bound, end);
  // 五百家內地和海外企業在港開設或擴展業務, 145名僱主因聘用非法勞工而…: a preposition (or 来) of its own opens what they do, unless the noun
  // before it is bare (5家企业在天交所挂牌上市: its predicate says which of them count, subjectOf), predicate_prepositions (dev 121, 204, 499, 738)
  // (not inside a word that opens with it: 重大在建项目, 研发人才在线协同创新, preposition_words; nor before a noun of persons or bodies,
  // which it qualifies, up to the verb: 外省来京务工人员, 海外来沪创业团队落户, qualifiedHeadEnd)
  const ws = words(noun).filter((w) => w.index >= 2);
  const verb = ws.find((w) => opensPredicate(w, noun));
  const verbAt = verb?.index ?? noun.length;
  const opensByPreposition = (w: Intl.SegmentData): boolean =>
    w.index < verbAt &&
    predicatePrepositions.has(w.segment) &&
    /\p{Script=Han}/u.test(noun.slice(w.index + 1)) &&
    !prepositionWordStart.test(noun.slice(w.index)) &&
    !bareNoun.test(noun.slice(0, w.index).trim()) &&
    !qualifiedHeadEnd.test(noun.slice(w.index + 1, verbAt).trim());
  const opens = ws.find(opensByPreposition) ?? verb;
  if (opens) end = start + bound + opens.index;
  const tail = right.a.slice(start + bound, end);
  const measure = count ? memberMeasure.exec(tail) : null;
  const beforeFigure = !endsClause && end === right.a.length;
  if (measure && measure.index >= 2 && (measure.index + measure[0].length < tail.length || beforeFigure)) end = start + bound + measure.index;
  // 約 166 500 個職位 。: the spaces of a Hong Kong record before the full stop are no part of the noun
  while (end > start && /\s/.test(right.a[end - 1]!)) end--;
  // 30億元的“樓宇管理維修綜合計劃”: a name in quotes is the noun without them (as cleanLabel does for the words before)
  if (/^[“"「][^“”"「」]+[”"」]$/.test(right.a.slice(start, end))) return { ...slice(right, start + 1, end - 1), end };
  // 20家网络改造应用良好的企业: a bare head noun keeps the clause that says which (as 实施技术改造的规上工业企业 does)
  if (clause && start === first + 1 && bareNoun.test(right.a.slice(start, end))) return { ...slice(right, 0, end), end };
  return { ...slice(right, start, end), end };
}

export interface LabelContext {
  /** Words between the previous figure (or the clause start) and this number. */
  left: Pair;
  /** Words after the unit up to the next figure or the end of the clause. */
  right: Pair;
  /** No figure follows in the clause: `right` runs to its end. */
  endsClause?: boolean | undefined;
  /** Label of the previous figure in the paragraph. */
  previous?: string | undefined;
  /** Previous label in the analysis script. */
  previousA?: string | undefined;
  /** Unit kinds of this and of the previous figure. */
  money: boolean;
  previousMoney: boolean;
  /** The previous figure counts things (not money, a rate, a time or an age): an amount after it with no noun of its own is their 金额. */
  previousCount?: boolean | undefined;
  /** The sentence's figure before is a change (参保人数增加7359万): a sum word after it is the level it brought the same thing to, no list's sum. */
  previousChange?: boolean | undefined;
  person: boolean;
  /** The figure counts things (not money, a time, an age or a rate): the noun right after it is what it counts. */
  count?: boolean | undefined;
  /** Its unit is a classifier of discrete things (classifierUnits): it may count two nouns joined by 和 or 及 (countedJoint). */
  classifier?: boolean | undefined;
  /** A bound in a unit of its own (超过1万TEU, 5000辆以上; not 近, not a count in 万 whose unit is unsaid). */
  bound?: boolean | undefined;
  /** Converts a word added by a rule (金额, 人数, 占比, 资金) into the report's script. */
  toScript: (s: string) => string;
  /** A regulation's figure (a rule): 之 after it ends what it measures. */
  provision?: boolean | undefined;
  /** Words after the unit to the sentence's end, across commas and figures (what money funds is said there). */
  onward?: Pair | undefined;
  /** The sentence's first clause when it holds no figure: its topic (每一販賣單位，以少於二十支…). */
  topic?: Pair | undefined;
  /**
   * The figure's clause opens with the 由 of its baseline (每亿元工业总产值消耗的能源，由…8·15万吨下降到…) or
   * with its time alone (…的比重，1980年为28 · 4‰): the subject was said before the comma, so a longer topic
   * (up to 20 characters, not 8) is its label.
   */
  fromTo?: boolean | undefined;
  /** The previous figure is of this sentence (default); one of an earlier sentence gives way to the topic. */
  previousInSentence?: boolean | undefined;
  /** The clause before the number's when it holds no figure and the number is its clause's first (我亦承诺将公共开支…的比例，控制在20%或以下). */
  lead?: Pair | undefined;
}

/** A label and how much of the right context its noun used (the next figure's words start there). */
export interface Derived {
  label: Pair | null;
  usedRight: number;
}

/**
 * A count alone in brackets right after a share (72.1%（2205个）的政务大厅, a classifier's count: classifierUnits), the share's count, no
 * word of the noun after them; not an amount restated in another currency (2,435億澳門元（302.2億美元）).
 */
export const countInBrackets = new RegExp(String.raw`^\s*[（(]\s*[约近超逾]?\s*\d[\d.,，]*\s*[万亿]?(?:${alternation(classifierUnits)})\s*[）)]`);

/** Returns the label of one figure, or a null label for a rhetorical count (7个方面). */
export function deriveLabel(ctx: LabelContext): Derived {
  // 外贸集装箱吞吐量超过1万TEU的船公司, 年销量5000辆以上的车型: a bound right before 的 is a condition on the noun
  // after it, a value of the measure named before the number; that noun is not what the figure counts.
  // (a rule's limit named by one of its measure nouns, 总层数十层以上的, has a label of its own: measureBefore)
  // An amount of money is one too when 的 is followed by who the rule is for (超过5亿元的跨境电商企业, dev 196), not a grant (1000万元的奖励).
  const condition =
    ctx.bound === true &&
    (ctx.count === true || (ctx.money && conditionOnRecipient.test(ctx.right.a))) &&
    thresholdOf.test(ctx.right.a) &&
    /\p{Script=Han}{2}\s*$/u.test(ctx.left.a) &&
    !measureBefore.test(ctx.left.a);
  // 全国72.1%（2205个）的政务大厅: a share and its count in brackets right after it are of the one noun after them both: the bracket is
  // passed over after the share (the count takes the share's label: 'previous figure', dev 329)
  const over = countInBrackets.exec(ctx.right.a);
  const right = over ? slice(ctx.right, over[0].length) : ctx.right;
  const noun = condition ? { a: '', o: '', end: 0 } : nounAfter(removeAll(right, /^\s+/g), ctx.endsClause, ctx.count, ctx.classifier);
  // 10余个国家的创新创业项目500余个: the frame (国家的) is skipped so the next figure gets its noun.
  const frame = structuralNoun.exec(ctx.right.a);
  if (frame) return { label: null, usedRight: frame[0].endsWith('的') ? frame[0].length : 0 };
  const found = labelOf(over ? { ...ctx, right } : ctx, noun);
  const recipient = found && ctx.provision ? recipientBeforeYearly.exec(found.a) : null;
  const label = found && recipient ? cleanLabel(slice(found, recipient[0].length)) : found;
  return { label, usedRight: label && noun.a.length >= 2 ? noun.end + (over?.[0].length ?? 0) : 0 };
}

/** What the steps of `labelOf` read and shape: the context, the noun after the number, the words before it. */
interface LabelState {
  ctx: LabelContext;
  noun: Pair;
  /** The words before the number, cleaned (cleanLabel), without a limit's base or a share's 占. */
  left: Pair;
  /** The label as the steps build it (set by `compose`). */
  label: Pair;
  /** The words before the number ended in 占: the figure is a share (…占比). */
  share: boolean;
  /** The words after the number, without leading spaces. */
  rightRaw: Pair;
  /** The label of the figure before, in both scripts. */
  prev: Pair | undefined;
  word: (s: string) => Pair;
}

/** One step of labelOf: a label or null (no figure) ends it, undefined passes to the next step. */
export interface LabelStep {
  name: string;
  run(s: LabelState): Pair | null | undefined;
}

/** A clause that opens with the 占 of a share (共占, 合共占; not 占地, 占用, 占有, 占据): it names the whole, the part was said before it. */
const shareOpening = /^\s*(?:共|合共|合计|共计)?占(?![地用有据])/;

/**
 * How a figure's label is found, in order; the first step that returns a label or null decides.
 * Each step is tested on a case of its own (test/indicators-labels.test.ts, "labelOf steps").
 */
export const labelSteps: readonly LabelStep[] = [
  {
    // 从5个方面提出20条措施, 9个方面28项重点任务: a count of the text's parts, the verb that sets out what they hold after it or not
    // (partsSetOut), and a count right after one (partCountBefore, dev 457), which counts parts too, before any step reads the
    // noun after it as what was done (围绕3个方面部署12项任务); money is no count of parts; nor is a committee's count of the
    // resolutions it passed on an item, the line that heads them (本項通過決議25項：, resolutionsCountBefore, dev 558)
    name: 'parts of the text',
    run: ({ ctx, noun }) => (!ctx.money && (partsSetOut.test(noun.a) || partCountBefore.test(ctx.left.a) || resolutionsCountBefore.test(ctx.left.a)) ? null : undefined),
  },
  {
    // 上述奖励金额以1000万元为上限, 单个项目奖励以500万元为限: the figure bounds what is named before 以, not the 上限 after it (dev 186)
    name: 'bound named before',
    run({ left, rightRaw }) {
      if (!/^为(?:上限|下限|限)/u.test(rightRaw.a)) return undefined;
      // (上述, 前述: the amounts said before; 以 marks the bound)
      const named = removeAll(removeAll(left, /以\s*$/gu), /^(?:上述|前述)/gu);
      return /\p{Script=Han}{2}/u.test(named.a) ? named : undefined;
    },
  },
  {
    // 近2.8万人参与 / 首批38人成功获评技术经纪人专业职称: the people taking part in what came before.
    name: 'participation',
    run({ ctx, left, rightRaw, prev, word }) {
      const part = participationVerbs.exec(rightRaw.a);
      if (left.a !== '' || !part) return undefined;
      const rest = slice(rightRaw, /^成功/.test(rightRaw.a) ? 2 : 0);
      const end = /[、，,；;。]/.exec(rest.a);
      const phrase = end ? slice(rest, 0, end.index) : rest;
      const verbOnly = phrase.a.length <= 4;
      const base = verbOnly && prev ? concat(prev, phrase) : phrase.a ? phrase : slice(rightRaw, 0, part[0].length);
      return ctx.person ? concat(base, word('人数')) : base;
    },
  },
  {
    // 上交所本周对29起拉抬打压、虚假申报等证券异常交易行为采取了书面警示等监管措施: a count that is the object of 对 counts the
    // noun up to the verb of what was done to it (disposal_verbs), without the examples before 等, not the verb's object.
    name: 'object of 对',
    run({ ctx, rightRaw }) {
      // 对存在问题的76款不良手机应用进行下架处理: a qualifier with 的 between 对 and the count changes nothing (dev 394)
      if (!ctx.count || !/(?<![相针绝面应])对(?:[^，,；;。、对]{1,12}的)?\s*$/u.test(ctx.left.a)) return undefined;
      const m = disposalObject.exec(rightRaw.a);
      if (!m) return undefined;
      // 对5家企业依法进行约谈: the noun before the manner of the act (disposalObjectEnd)
      const end = m[1]!.search(disposalObjectEnd);
      const object = end >= 0 ? m[1]!.slice(0, end) : m[1]!;
      const etc = lastParticle(object, '等');
      const from = etc >= 0 && object.length - etc - 1 >= 2 ? etc + 1 : 0;
      // 对23个国家重点实验室的关键仪器设备进行了更新改造, 对12家企业的违法行为依法查处: what was done to is a thing of what is counted,
      // the measured thing is before 的 (as in 5 000名员工的工作), unless the words before it are a clause or a list (qualifierPredicate,
      // 对5个设施残旧、使用量大的社区公园…, whose head is counted)
      const of = object.indexOf('的', from);
      const owner = of - from >= 2 && !listMark.test(object.slice(from, of)) && !qualifierPredicate.test(object.slice(from, of));
      const to = owner ? of : etc === object.length - 1 ? etc : object.length;
      return to - from >= 2 ? slice(rightRaw, from, to) : undefined;
    },
  },
  {
    // 100家企业实施网络安全分类分级管理 / 200家企业通过…能力评估: the count is of the noun after it, which the
    // action after that noun qualifies (实施网络安全分类分级管理的企业), not of the action's object.
    name: 'counted noun and its action',
    run({ ctx, rightRaw, word }) {
      if (!ctx.endsClause) return undefined;
      // 100多个城市建立了最低生活保障制度: a bare noun and what was done with it, 建立最低生活保障制度的城市
      const done = countedDone.exec(rightRaw.a);
      if (done)
        return concat(
          concat(slice(rightRaw, done[1]!.length, done[1]!.length + 2), slice(rightRaw, done[1]!.length + 3, done[0].length)),
          concat(word('的'), slice(rightRaw, 0, done[1]!.length)),
        );
      const m = countedAction.exec(rightRaw.a);
      if (!m) return undefined;
      const noun = slice(rightRaw, 0, m[1]!.length);
      const action = slice(rightRaw, m[1]!.length, m[0].length);
      // a label that would not fit whole is left to the steps below (…开展了科技成果初始权益分配改革试点)
      return m[0].length < MAX_LABEL ? concat(concat(action, word('的')), noun) : undefined;
    },
  },
  {
    // 財政赤字為490億元，相等於本地生產總值的4%; …，大約相等於政府19個月的開支: the figure restates the one before in other terms.
    name: 'equivalent',
    run: ({ ctx, prev }) => (prev && equivalentLead.test(ctx.left.a) ? prev : undefined),
  },
  {
    // 其中約290億元會預留作為工務工程費用: what the money is set aside as names it.
    name: 'earmarked as',
    run({ ctx, rightRaw }) {
      const m = ctx.money ? earmarkAfter.exec(rightRaw.a) : null;
      if (!m) return undefined;
      const at = m[0].lastIndexOf(m[1]!);
      return slice(rightRaw, at, at + m[1]!.length);
    },
  },
  {
    // 我們為大學研究資金預留了不少於100億元: what 为 names before the funding verb is what the money is for (dev 143); quotes
    // round a name go with it
    name: 'what the money is for',
    run({ ctx }) {
      const m = ctx.money ? fundedBefore.exec(ctx.left.a) : null;
      const object = m?.groups!.object;
      if (!m || !object || givingVerb.test(object)) return undefined;
      const at = m.index + m[0].lastIndexOf(object);
      const quoted = /^["“].*["”]$/.test(object) ? 1 : 0;
      return slice(ctx.left, at + quoted, at + object.length - quoted);
    },
  },
  {
    // 我會向數碼港撥款1億元 / 向"創意智優計劃"注資10億元: the fund, body or scheme the money goes to names it, before
    // what the words after say it does (dev 248, 143); quotes round a name go with it
    name: 'who the money goes to',
    run({ ctx }) {
      const m = ctx.money ? fundedRecipient.exec(ctx.left.a) : null;
      const object = m?.groups!.object;
      if (!m || !object || givingVerb.test(object) || bareRecipient.test(object)) return undefined;
      const at = m.index + m[0].indexOf(object, 1);
      const quoted = /^["“].*["”]$/.test(object) ? 1 : 0;
      return slice(ctx.left, at + quoted, at + object.length - quoted);
    },
  },
  {
    // 我會預留2,300萬元，向中小企提供知識產權諮詢服務; 撥款1億元推行一項…先導計劃: money given with a funding verb
    // and no noun of its own is labelled by what it funds, said after it, not by the verb.
    name: 'what the money funds',
    run({ ctx, left }) {
      // 當中約30億元用以興建…, 其餘約70億元會用作加強…: 用以, 用于, 用作 right after money that has no noun of its own before it (a part
      // of the figure before: partWordsOnly) say what it is put to, with no funding verb (dev 248)
      const funded = fundingBefore.test(ctx.left.a) || (ctx.onward !== undefined && useAfter.test(ctx.onward.a) && partWordsOnly.test(left.a));
      const m = ctx.money && ctx.onward && funded ? fundedAfter.exec(ctx.onward.a) : null;
      // 預留5億元，推行以上一系列措施: what points back names nothing of its own (dev 120); 注資2億元，支持在學術成績以外…:
      // a phrase that opens or ends with a function word is no noun (dev 144)
      if (!m || pointsBack.test(m.groups!.object!) || edgeFunctionWord(m.groups!.object!) !== undefined) return undefined;
      const at = m[0].length - m.groups!.object!.length;
      // 推行"樓宇更新大行動2.0": a name in quotes without them (dev 143)
      const quoted = /^["“]/.test(m.groups!.object!) ? 1 : 0;
      // 除了預留200億元推展地區體育和康樂設施外: the 外 that closes 除了 is no part of what is funded (dev 144)
      const closing = /除了?/.test(ctx.left.a) && m.groups!.object!.endsWith('外') ? 1 : quoted;
      return slice(ctx.onward!, at + quoted, m[0].length - closing);
    },
  },
  {
    // 7个方面, 3个层级; 聆听了13名政协委员: counts of the text's parts or of its audience.
    name: 'rhetorical',
    // (money is no count of parts: 這項措施涉及2,100萬元 is the measure's cost, dev 183)
    run: ({ ctx, noun, left }) => (!ctx.money && (rhetoricalLabel.test(noun.a) || rhetoricalLabel.test(left.a) || audienceVerb.test(ctx.left.a)) ? null : undefined),
  },
  {
    // 全国首批“科创中国”试点城市 26个: the peers the report's place is one of (not a share of 全国: 中西部地区占全国的43%以上, dev 118).
    name: 'peer frame',
    run: ({ ctx, noun, left }) =>
      noun.a.length < 2 && peerFrameWords.test(ctx.left.a) && !shareOfBase.test(ctx.left.a) && peerFrame.test(left.a.replace(/[“”"]/g, '')) && !nationalTitle.test(left.a)
        ? null
        : undefined,
  },
  {
    // 俄罗斯等国家50余家科技企业 / 生物医药等领域实施10个…项目: before 等 are examples, the noun after the number is the metric.
    name: 'examples before 等',
    run(s) {
      if (s.noun.a.length >= 2 && s.ctx.left.a.includes('等')) s.left = empty();
      return undefined;
    },
  },
  {
    // 淨重低於十五公克之包裝方式: in a rule, a figure before 之 qualifies the noun after it, the measure is before it.
    name: 'rule 之',
    run: ({ ctx, left, rightRaw }) => (ctx.provision && /^\s*之/.test(rightRaw.a) && left.a.length >= 2 ? capLength(left) : undefined),
  },
  {
    // 将公共开支占本地生产总值的比例，控制在20%或以下: a clause that opens with the verb of a 把/将 before the comma measures its object.
    name: 'object before the comma',
    run({ ctx }) {
      // 利得税、薪俸税、印花税和地价收入，共占2017-2018年度政府总收入74%: a share whose clause opens with 占 after a noun phrase alone is
      // that phrase's, its part (test/fixtures/eval/README.md's shares; dev 144, 248)
      if (ctx.lead && shareOpening.test(ctx.left.a)) {
        // 基层医疗是整个医疗系统重要一环，占公共医疗卫生开支约两成: a clause that says what its subject is (是) is no noun phrase alone,
        // its subject is the part (review29b, dev 352)
        const lead = cleanLabel(ctx.lead);
        const copula = words(lead.a).find((w) => w.segment === '是');
        const part = copula ? trimEdges(slice(lead, 0, copula.index)) : lead;
        if (part.a.length >= 2 && part.a.length <= 20 && !/\d/.test(part.a) && !words(part.a).some((w) => verbWord.test(w.segment))) return part;
      }
      // 容许政府开支，比原来预算实质增长2%: or with the basis of its growth
      const verb = words(ctx.left.a.trim())[0];
      if (!ctx.lead || !verb || !(verbWord.test(verb.segment) || /^[比较]$/.test(verb.segment))) return undefined;
      const lead = cleanLabel(ctx.lead, false);
      const object = objectOfMarker(lead, words(lead.a));
      if (object) return object.end === lead.a.length && object.end - object.start >= 2 ? capLength(trimEdges(slice(lead, object.start))) : undefined;
      // 2002-03年度政府开支，比原来预算增长0.6%: a noun phrase alone before the basis is what grew; 入境旅客創出歷史新高，達2 181萬人次:
      // a noun phrase before a record said of it, what reached the level (dev 120)
      const subject = cleanLabel(ctx.lead);
      return (/^[比较]$/.test(verb.segment) || recordEnd.test(ctx.lead.a)) && subject.a.length >= 2 && subject.a.length <= 12 && !/\d/.test(subject.a) ? subject : undefined;
    },
  },
  {
    // 注册资本10亿元的成都技术转移集团 → 成都技术转移集团注册资本; 设立2亿元的引导资金 → 引导资金;
    // a list ending in 等 before the number: the noun after it.
    name: 'compose',
    run(s) {
      const { ctx, noun, left, rightRaw } = s;
      const of = /^\s*的/.test(rightRaw.a) && noun.a.length >= 2;
      const measure = of ? measureBeforeOf.exec(left.a) : null;
      // 並將會在明年3月底進一步減至約166 500個職位: a verb left alone names nothing of the noun after the number;
      // 新的免稅數額將為60支香煙或15支雪茄: after a copula the noun names the item counted, not a kind of the subject;
      // 旅遊業就為香港帶來約25 000個新增職位, 政府在全球發行200億元債券: a clause of 4+ characters (subject,
      // adverbs, verb) before a count or an amount names nothing of the noun after it, which is the figure's
      // (a bare noun's verb stays, 引进企业, and so does a share's subject, 过会企业超八成获得…).
      // 創造約3 000個職位, 設16個監測點, 培育3家…平台: a shorter verb before a count whose noun follows names nothing
      // of it either, but a flow marker stays (新引进人才团队, 新建智能工厂: the new ones, not all of them).
      // 联合20多家银行: a verb of acting together names partners, no kind of the noun (partner_verbs)
      const clauseBefore = left.a.length >= 4 ? ctx.money || ctx.count : ctx.count === true && noun.a.length >= 2 && !left.a.startsWith('新') && !flowAtStart.test(left.a);
      const before = verbWord.test(left.a) || partnerVerbs.has(left.a) || copulaBefore.test(ctx.left.a) || (clauseBefore && !bareNoun.test(noun.a)) ? empty() : left;
      // 陶口店中心村和7个省重点村: after a list joint the number opens an item of its own, its noun is the label; so is the
      // measure of the part beyond a bound (按照超过15%部分税负差额给予奖励 → 税负差额)
      s.label =
        noun.a.length < 2
          ? left
          : of
            ? measure
              ? concat(noun, slice(left, measure.index))
              : noun
            : /等\s*$/.test(ctx.left.a) || endsInJoint(ctx.left.a) || partBeyond.test(rightRaw.a)
              ? noun
              : trimEdges(concat(before, noun));
      if (s.share) s.label = concat(s.label, s.word('占比'));
      // 国家财政安排32.5亿元: the money is the funds the verb allocates
      else if (ctx.money && noun.a.length < 2 && allocationVerb.test(s.label.a) && s.label.a.length >= 4) s.label = concat(s.label, s.word('资金'));
      // 先增加50亿元: one character left names nothing.
      if (s.label.a.length === 1) s.label = empty();
      return undefined;
    },
  },
  {
    // 数字经济核心产业增加值突破1000亿元，占GDP比重达到10%; 民生和社会事业累计支出2806亿元，占公共财政预算支出的85%: a share with
    // no subject, whose words name only the whole after 占 (a word of its own: not 占地, 占用, 占有), is of the figure before it, its
    // part: the part's name, with the whole when a share's word (比重, 比例) ends the words (test/fixtures/eval/README.md's shares,
    // dev 60, 61)
    name: 'share of the figure before',
    run(s) {
      // (Ⅰ类水质断面2个，占6.2%: a bare 占, the share's word alone, 占比, names no whole, and is that figure's part too, dev 479)
      const bare = s.share && s.label.a === '占比';
      if (s.prev && s.ctx.previousInSentence !== false && (bare || (words(s.label.a)[0]?.segment === '占' && s.label.a.length > 2)) && !/占/.test(s.prev.a))
        s.label = /(?:比重|比例)$/.test(s.label.a) ? concat(s.prev, s.label) : s.prev;
      return undefined;
    },
  },
  {
    // 培育专精特新企业50家，其中国家级10家: a level alone is that level of the figure before.
    name: 'level of the figure before',
    run(s) {
      if (!s.prev || s.ctx.previousInSentence === false || !levelAlone.test(s.label.a)) return undefined;
      // the figure before without a level of its own (国家级专精特新企业 → 专精特新企业)
      const noun = slice(s.prev, levelBefore.exec(s.prev.a)?.[0].length ?? 0);
      if (noun.a.length >= 2) s.label = concat(s.label, noun);
      return undefined;
    },
  },
  {
    // 一季度国内生产总值同比下降6.8%，二季度增长3.2%: a quarter alone is the same measure in that quarter, named without the quarter
    // of the figure before (dev 420); with no figure before it in its sentence it stays as it is
    name: 'quarter of the figure before',
    run(s) {
      if (!s.prev || s.ctx.previousInSentence === false || !quarterAlone.test(s.label.a)) return undefined;
      const noun = slice(s.prev, quarterBefore.exec(s.prev.a)?.[0].length ?? 0);
      if (noun.a.length >= 2) s.label = noun;
      return undefined;
    },
  },
  {
    // 每一販賣單位，以少於二十支: with nothing before it in its clause, a figure is of the sentence's topic
    // (a noun phrase of up to 8 characters; 20 before a clause that opens with 由 or a time: fromTo); the
    // topic wins over the label of a figure of an earlier sentence (第三产业增加值，1995年比1990年增长53· 9％).
    name: 'topic',
    run(s) {
      if (s.label.a !== '') return undefined;
      // 內地全年經濟增長為6.9%…；香港的貨物出口維持可觀增長，全年實質上升5.9%: after a figure of the sentence, only the
      // clause right before, which holds none, names a subject of its own
      const afterFigure = s.prev !== undefined && s.ctx.previousInSentence !== false;
      // 香港貨物出口亦隨之反彈，全年計錄得1.7%的實質升幅: else the subject of the clause right before, which holds no figure
      // (a clause that opens with a verb measures that clause's object: the step 'object before the comma'; in a rule
      // the cell or clause before is the base of a rate, 整备质量每吨 | 16元至120元, not what it is)
      const opensWithVerb = verbWord.test(words(s.ctx.left.a.trim())[0]?.segment ?? '');
      // 但用于清缴的中国核证自愿减排量，不得超过本企业上年度实际碳排放量的10%: a clause that is only a cap on a share of a base
      // caps the sentence's topic, however long its noun phrase (dev 303)
      const capOnly = limitOfBase.exec(s.ctx.left.a.trim())?.index === 0;
      for (const [clause, longest] of [
        [afterFigure ? undefined : s.ctx.topic, s.ctx.fromTo ? MAX_WORDS : capOnly ? 16 : 8],
        [opensWithVerb || s.ctx.provision ? undefined : s.ctx.lead, 8],
      ] as const) {
        const topic = clause ? cleanLabel(clause) : empty();
        if (topic.a.length < 2 || topic.a.length > longest || /[0-9]/.test(topic.a)) continue;
        s.label = topic;
        break;
      }
      return undefined;
    },
  },
  {
    // 总数达到6120家 after 高新技术企业…: a generic or missing label takes the figure before; an amount after a count is what the
    // things counted hold (累计投资项目140个、13.6亿元 → 投资项目金额), after a rate or a growth it is the level of the same thing,
    // no word added (經常開支分別增加超過4倍和10倍，達至接近12億元和21億元 → 經常開支; 研发投入增长13%，达到120亿元: dev 144, 352, 498)
    name: 'previous figure',
    run({ ctx, label, prev, word }) {
      if (!prev) return undefined;
      // 再融资债券56.63亿元，共计313.86亿元: a sum word alone names the sum of the list, not its last item (sum_words, dev 241, 279, 813),
      // and so after a word pointing back at the list, no label of its own (以上合计, sum_pointers)
      // (after a change of one thing, 参保人数增加7359万，总计达到1.17亿, it is the level of that thing, as 累计 is: dev 14)
      const sum = (label.a === '' || sumPointers.has(label.a)) && !ctx.previousChange ? sumAlone.exec(ctx.left.a) : null;
      if (sum) return word(sum[1]!);
      if (label.a !== '' && !genericLabel.test(label.a)) return undefined;
      const base = removeAll(removeAll(prev, baseVerbsAll), genericAtEnd);
      // 新培育入库科技型企业1354家。累计达到8079家: the stock, not the flow.
      if (label.a === '' && /累计|总/.test(ctx.left.a)) return base;
      if (label.a === '') return ctx.money && ctx.previousCount ? concat(prev, word('金额')) : prev;
      return concat(base, label);
    },
  },
  {
    // 参展参会代表团216个、机构1012家: a bare noun in a list shares the qualifier of the first item.
    name: 'list qualifier',
    run(s) {
      const { ctx, noun, label, prev } = s;
      if (!prev || label.a.length > 2 || !/^\s*、/.test(ctx.left.a)) return undefined;
      // 国内生产总值…、人均将迈上1万美元的台阶: 人均 alone is the item before it per head (人均国内生产总值, per_capita_words)
      if (perCapitaWords.has(label.a) && !prev.a.startsWith(label.a)) {
        s.label = concat(label, prev);
        return undefined;
      }
      if (noun.a.length >= 2) return undefined;
      // 出动应急人员…、发电油机等设备14.2万台次: an item that names its own kind by examples before 等 shares no qualifier (dev 394)
      const own = ctx.left.a.replace(/^\s*、\s*/, '');
      if (own.endsWith(label.a) && /等\s*$/.test(own.slice(0, own.length - label.a.length))) return undefined;
      const ws = words(prev.a);
      // the head word of 参展参会代表团 is 代表团 (segmented 代表 + 团): a one-character last word takes the one before.
      let head = ws.length - 1;
      if (head > 0 && ws[head]!.segment.length === 1) head--;
      // 生物降解制品总产量增长19%、产值增长18%: 总 (净, 年) goes with the first item's measure word, not with the qualifier shared.
      if (head > 0 && headPrefixes.has(ws[head - 1]!.segment)) head--;
      const at = ws[head]?.index ?? 0;
      // 其中街乡镇55个、高校32个、企业15个: one character (街 of 街乡镇, two nouns cut short) qualifies nothing the later items count,
      // and a bare noun there (企业) is an item of the list as its first is, no frame of a count: the label (dev 363)
      const qualifier = prev.a.slice(0, at);
      if (qualifier.length < 2) return bareNoun.test(label.a) ? label : undefined;
      if (!label.a.startsWith(qualifier)) s.label = concat(slice(prev, 0, at), label);
      return undefined;
    },
  },
  {
    // 泰晟纺织等8个项目列入省、市重点, 3个平台入选国家重点培育名单: a bare noun, which names no metric alone, is what
    // a verb of selection after it selected (selection_verbs, dev 71, 72, 117, 192).
    name: 'selected bare noun',
    run({ ctx, noun, rightRaw }) {
      // 丰东股份等4家企业成功上市: so is one before a verb of what counted things do or undergo (counted_noun_verbs, dev 365),
      // not the object of 对 (对8个项目实行常态化精准帮扶: what the speaker does to them)
      const rest = rightRaw.a.slice(noun.a.length);
      // 每年安排300万元资金支持报关企业做大做强: and one before a verb that opens its clause's predicate (dev 124)
      const first = words(rest)[0];
      const undergoes = (countedNounAfter.test(rest) || (first !== undefined && first.index === 0 && opensPredicate(first, rest))) && !/对\s*$/.test(ctx.left.a);
      if (!bareNoun.test(noun.a) || !rightRaw.a.startsWith(noun.a) || !(selectionAfter.test(rest) || undergoes)) return undefined;
      return noun;
    },
  },
  {
    // 对992家企业和390个项目实行常态化精准帮扶: two counts of bare nouns joined by 和 count what the clause
    // does to both (企业, 项目), though neither names a metric alone.
    name: 'pair of counts',
    run({ ctx, noun, rightRaw, prev }) {
      if (!bareNoun.test(noun.a)) return undefined;
      const before = respectiveRunJoint.test(ctx.left.a) && prev !== undefined;
      // the words after the number run to the next figure: 企业和 before 390个
      const after = new RegExp(`^${escapeRegExp(noun.a)}\\s*[${jointChars}]\\s*$`).test(rightRaw.a);
      return before || after ? noun : undefined;
    },
  },
  {
    // 引进企业2家: when the verb's object is a bare noun, the verb stays (引进企业), else no metric is named;
    // 其中企业410.1万户: a bare noun naming a part of the figure before is a label (also after 其中 set off by a comma, 其中，企业11.62万户, dev 290);
    // 实施项目782个: a bare noun keeps the verb the words before it gave it (a filler took it off: 实施, 新增).
    name: 'object of the verb',
    run({ ctx, noun, label, prev }) {
      const object = objectOfVerb(label, noun.a.length >= 2 && label.a.endsWith(noun.a) ? label.a.length - noun.a.length : label.a.length);
      const found =
        bareNoun.test(object.a) && prev && noun.a.length < 2 && (/^\s*其中/.test(ctx.left.a) || /^\s*其中\s*$/.test(ctx.lead?.a ?? ''))
          ? object
          : bareNoun.test(object.a)
            ? bareNoun.test(label.a)
              ? verbAndNoun(ctx.left, label)
              : label
            : object;
      return found.a.length > 0 ? capLength(found) : null;
    },
  },
];

/** A flow verb (新增, 净增 …) at the end or the start of words. */
const flowAtEnd = new RegExp(`(?:${flowVerbs.source})\\s*$`);
const flowAtStart = new RegExp(`^(?:${flowVerbs.source})`);

/** The label of a figure (the steps of `labelSteps` in order); a test may leave a step out. */
export function labelOf(ctx: LabelContext, nounAfterNumber: Pair, steps: readonly LabelStep[] = labelSteps): Pair | null {
  const rightRaw = removeAll(ctx.right, /^\s+/g);
  // 将征收率维持在5%的水平: the level after 的 is where the metric before the number stands.
  // 5家企业在天交所挂牌上市: the noun after the number is a clause's subject too (one that trims away, 的安排, stays).
  const subject = subjectOf(nounAfterNumber);
  const base = limitOfBase.exec(ctx.left.a) ?? shareOfBase.exec(ctx.left.a);
  const raw = base ? slice(ctx.left, 0, base.index) : ctx.left;
  // 把公务员编制削减至约16万个职位: the object of 把 is the metric, the noun after the number what it is counted in.
  const disposal = /把/.test(raw.a) ? cleanLabel(raw, false) : undefined;
  const object = disposal && objectOfMarker(disposal, words(disposal.a));
  const measured = object !== undefined && object.end - object.start >= 2;
  const level = (/^的/.test(rightRaw.a) && levelNoun.test(nounAfterNumber.a)) || growthNounAfter.test(rightRaw.a);
  // 在新增减税降费近50亿元的基础上: a figure inside a phrase of circumstance is named by the phrase's words before it, not by its head (dev 331)
  const inCircumstance = circumstanceEnd.test(rightRaw.a) && /在[^，,；;。]*$/.test(ctx.left.a);
  const noun = level || measured || inCircumstance || comparedBasis.test(ctx.left.a) ? empty() : subject.a.length >= 2 ? subject : nounAfterNumber;
  let left = cleanLabel(raw, noun.a.length < 2);
  // 新增46家高新技术企业, 全年净增300家规上工业企业: a flow verb (flowVerbs) alone before a count whose noun follows stays with
  // the noun (the new ones, not all of them), where trailingFillers trims it after the words that name the metric (市场主体新增43.04万家)
  const flow = left.a.length === 0 && noun.a.length >= 2 ? flowAtEnd.exec(raw.a) : null;
  if (flow) left = slice(raw, flow.index, flow.index + flow[0].length);
  const share = /占$/.test(left.a);
  if (share) left = trimEdges(slice(left, 0, left.a.length - 1));
  const state: LabelState = {
    ctx,
    noun,
    left,
    label: empty(),
    share,
    rightRaw,
    prev: ctx.previous !== undefined && ctx.previousA !== undefined ? { a: ctx.previousA, o: ctx.previous } : undefined,
    word: (s) => ({ a: s, o: ctx.toScript(s) }),
  };
  // 同比保持5%及以上增长的企业: a bound rate right before 增长 is that growth
  if (ctx.bound === true && !ctx.money && ctx.count !== true && boundGrowthAfter.test(rightRaw.a)) return state.word(/同比/.test(ctx.left.a) ? '同比增长' : '增长');
  for (const step of steps) {
    const found = step.run(state);
    if (found !== undefined) return found;
  }
  return state.label.a.length > 0 ? capLength(state.label) : null;
}
