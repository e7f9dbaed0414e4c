// 分别: a list of subjects and a run of figures, paired in order.
//   "战略性新兴产业、高新技术产业增加值分别增长10%、7.9%" → 战略性新兴产业增加值 +10%, 高新技术产业增加值 +7.9%
//   "城镇和农村居民人均可支配收入分别增长4.3%、5.5%" → 城镇居民人均可支配收入, 农村居民人均可支配收入
// Items share the words after the last one's counterpart of their head (产业 → 增加值, 保险 → 参保人数).
import type { Quantity } from './scan.ts';
import { modalHuiEnd, slice, words, type Pair } from './labels.ts';
import {
  basisPattern,
  changeNounEnd,
  fiscalTermEdges,
  growthVerb,
  listItemJoint,
  listMark,
  movedToVerbOnly,
  pairedWord,
  pairedWords,
  respectivelyWord,
  respectiveRunJoint,
  trailingFillers,
} from './rules.ts';

/** The subject paired with a figure, and the words between 分别 and the run of figures (增长, 为). */
export interface Respective {
  subject: Pair;
  verb: string;
  /** The basis of the changes, said before 分别 (比上年分别减少…), as written. */
  basis?: string;
}

/** A noun of a sector or a kind of entity (企业, 产业, 制造业, 服务业): the counterpart in a list's last item of a sector said before. */
const sectorNoun = /^\p{Script=Han}*业$/u;

/** A word that opens a list of subjects without being one (其中城镇、农村居民收入). */
const listOpener = /^(?:其中|包括)$/;

/** Figures of the clause [clauseStart, …) that 分别 (or a list of as many items) pairs with the items of the subject before it. */
export function pairRespectively(
  text: string,
  a: string,
  clauseStart: number,
  quantities: readonly Quantity[],
  subjectEnd: (q: Quantity) => number | undefined = () => undefined,
  /** The items the last run of the sentence paired, for a share of each of them in a clause after it (占规模以上工业比重分别…). */
  sentence: { items?: Pair[] } = {},
): Map<Quantity, Respective> {
  const out = new Map<Quantity, Respective>();
  let from = clauseStart;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    const start = from;
    // a run of from-to figures (…收入从2021年的46503元和16935元分别提高到58794元和23184元): the subject ends at its 从
    const before = a.slice(start, subjectEnd(q) ?? q.start);
    from = q.end;
    const run = figureRun(a, quantities, i);
    if (run.length < 2) continue;
    // 分别 says it; without it a list before a run of as many figures says it too (城镇和农村人均住房面积32.9平方米、37.1平方米).
    const word = respectivelyWord.exec(before) ?? growthVerb.exec(before) ?? { index: before.length, 0: '' };
    let subject = { a: a.slice(start, start + word.index), o: text.slice(start, start + word.index) };
    let verb = before.slice(word.index + (respectivelyWord.test(word[0]) ? word[0].length : 0));
    // 新材料、生物医药健康产业增速分别达到33.1%、12.9%: the change noun says the figures are changes of the items (dev 60)
    const changeNoun = respectivelyWord.test(word[0]) ? changeNounEnd.exec(subject.a) : null;
    if (changeNoun) {
      subject = slice(subject, 0, changeNoun.index);
      verb = `${changeNoun[0].trim()}${verb}`;
    }
    // 户籍人口和常住人口比上年分别减少2万人和3万人: the basis before 分别 is the changes', no part of the last item
    const basisMatch = respectivelyWord.test(word[0]) && growthVerb.test(verb.trim()) ? basisPattern.exec(subject.a) : null;
    const basis = basisMatch ? subject.o.slice(basisMatch.index) : undefined;
    if (basisMatch) subject = slice(subject, 0, basisMatch.index);
    // 城乡居民人均收入年均增长5.3%、7.7%: the adverb that leads to the verb (年均) is no part of the items (dev 245)
    subject = slice(subject, 0, fillersStart(subject.a));
    // 从业人员占全社会从业人员的比重分别为44％、23％和33％: after 分别, one subject with no list is what each level of the run
    // measures, for the items a clause before named (dev 180); not the who of a grant (省级分别给予企业…奖补50万元、100万元)
    // A verb of change alone before 分别 (城乡居民人均可支配收入分别完成19618元、8616元，同比增长分别为6.4%、7.9%, dev 449) is no subject:
    // the run is the changes of the figures before it, in order (indicators.ts)
    const oneSubject =
      respectivelyWord.test(word[0]) && /^\s*(?:为|是|达到?)\s*$/.test(verb) && subject.a.trim().length >= 2 && !listMark.test(subject.a) && !growthVerb.test(subject.a.trim());
    // 高技术制造业、装备制造业增加值分别增长12.5%、13.1%，占规模以上工业比重分别提高到21.7%、33.6%: a share that 占 opens, with
    // no subject of its own, is each item's share, in the order of the run before (dev 358)
    const shareOfEach =
      respectivelyWord.test(word[0]) &&
      (oneSubject || movedToVerbOnly.test(verb)) &&
      /^\s*占/.test(subject.a) &&
      !listMark.test(subject.a) &&
      sentence.items?.length === run.length;
    const items = shareOfEach
      ? sentence.items!.map((p) => ({ a: p.a + subject.a.trim(), o: p.o + subject.o.trim() }))
      : (splitItems(subject, run.length) ?? (oneSubject ? run.map(() => subject) : undefined));
    if (!items) continue;
    const shared = shareTail(items);
    shared.forEach((s, k) => out.set(run[k]!, { subject: s, verb, ...(basis ? { basis } : {}) }));
    sentence.items = shared;
    i += run.length - 1;
    from = run[run.length - 1]!.end;
  }
  return out;
}

/** The figures from `quantities[i]` on joined by 、/和 (49.8%、11.9%和36.4%). */
export function figureRun(a: string, quantities: readonly Quantity[], i: number): Quantity[] {
  const run = [quantities[i]!];
  while (i + run.length < quantities.length && respectiveRunJoint.test(a.slice(run[run.length - 1]!.end, quantities[i + run.length]!.start))) {
    run.push(quantities[i + run.length]!);
  }
  return run;
}

/**
 * A subject split into `n` list items at 、 (the last one at 和/与/及 when one is missing); a word that names two items
 * (data/indicator-words.json paired_words) gives both: 竞价上下限 is 竞价上限 and 竞价下限, 城乡居民人均可支配收入 is
 * 城镇居民… and 农村居民….
 */
function splitItems(subject: Pair, n: number): Pair[] | undefined {
  const items = listItems(subject, n);
  return items ? (shareOrdinal(items) ?? items) : n === 2 ? pairedItems(subject) : undefined;
}

/**
 * A list of ordinals that share the noun said after the last (第一、二、三产业增加值, 一、二级): each is its ordinal with the
 * last item's words after its own, and the 第 of the first (第一产业增加值, 第二产业增加值, 第三产业增加值; dev 180).
 */
function shareOrdinal(items: Pair[]): Pair[] | undefined {
  const numeral = '[一二三四五六七八九十]{1,2}';
  const first = new RegExp(`(第?)(${numeral})$`).exec(items[0]!.a);
  const last = new RegExp(`^第?(${numeral})(?=.)`).exec(items[items.length - 1]!.a);
  if (!first || !last || !items.slice(1, -1).every((p) => new RegExp(`^${numeral}$`).test(p.a))) return undefined;
  const tail = slice(items[items.length - 1]!, last[0].length);
  const di = first[1] ? slice(items[0]!, first.index, first.index + 1) : { a: '', o: '' };
  return items.map((p, k) => {
    const own = k === 0 ? slice(p, first.index + first[1]!.length) : k === items.length - 1 ? slice(p, last[0].length - last[1]!.length, last[0].length) : p;
    const before = k === 0 ? slice(p, 0, first.index) : { a: '', o: '' };
    return { a: before.a + di.a + own.a + tail.a, o: before.o + di.o + own.o + tail.o };
  });
}

/** The two items a paired word names, each in the words around it (城乡居民收入 → 城镇居民收入, 农村居民收入). */
function pairedItems(subject: Pair): Pair[] | undefined {
  const paired = subject.a.includes('、') ? undefined : [...subject.a.matchAll(pairedWord)].at(-1);
  if (!paired) return undefined;
  const [s, e] = [paired.index, paired.index + paired[0].length];
  const simplified = pairedWords.get(paired[0])!;
  const original = pairedWords.get(subject.o.slice(s, e)) ?? simplified;
  return [0, 1].map((k) => ({ a: subject.a.slice(0, s) + simplified[k]! + subject.a.slice(e), o: subject.o.slice(0, s) + original[k]! + subject.o.slice(e) }));
}

/** A subject split at 、 (and 和/与/及 before the last item when a 、 is missing) into `n` items. */
function listItems(subject: Pair, n: number): Pair[] | undefined {
  const items: Pair[] = [];
  let pos = 0;
  for (const m of subject.a.matchAll(/、/g)) {
    items.push(slice(subject, pos, m.index));
    pos = m.index + 1;
  }
  items.push(slice(subject, pos));
  if (items.length === n - 1) {
    const last = items.pop()!;
    const joint = [...last.a.matchAll(listItemJoint)].at(-1);
    if (!joint) return undefined;
    items.push(slice(last, 0, joint.index), slice(last, joint.index + joint[0].length));
  }
  return items.length === n && items.every((p) => p.a.length > 0) ? items : undefined;
}

/** Where the verbs and adverbs that lead to the number after them start at the end of `s` (…人均收入年均 → before 年均). */
function fillersStart(s: string): number {
  let end = s.length;
  for (;;) {
    const m = trailingFillers.exec(s.slice(0, end));
    // 收入总计: not from inside a fiscal term (fiscal_terms)
    if (m && m[0].length > 0 && fiscalTermEdges(s.slice(0, end)).end <= end - m.index) end = m.index;
    // the modal 会, read by words (收入会, not 委员会)
    else if (end > 1 && modalHuiEnd(s.slice(0, end))) end--;
    else return end;
  }
}

/** The words without the verbs that lead to the number after them (风电特许权项目继续按照 → 风电特许权项目). */
function withoutTrailingFillers(s: string): string {
  const cur = s.trim();
  return cur.slice(0, fillersStart(cur));
}

/**
 * Each item but the last takes the words the last item has after its counterpart of the item's head:
 * 战略性新兴产业 + (高新技术产业)增加值; 城镇 + (农村)居民人均可支配收入. Without a counterpart an item stands
 * alone (化学需氧量 beside 二氧化硫排放量).
 */
function shareTail(items: Pair[]): Pair[] {
  return shareCharacter(items) ?? shareHead(shareTailOfLast(items));
}

/**
 * Two items of which the first ends in one character that stands for the last item's first character (金融机构本外币存、
 * 贷款余额, 进、出口总额): each is that character with the last item's words after it, and the words before the character
 * qualify both (金融机构本外币存款余额, 金融机构本外币贷款余额; dev 141). The character and the last item's tail must
 * make a word as long as the last item's first word (存款 as 贷款, not 数业 for 企业数、营业收入).
 */
function shareCharacter(items: Pair[]): Pair[] | undefined {
  if (items.length !== 2) return undefined;
  const [first, last] = [items[0]!, items[1]!];
  const own = words(first.a).at(-1);
  const lastFirst = words(last.a)[0];
  if (!own || own.segment.length !== 1 || !/\p{Script=Han}/u.test(own.segment) || !lastFirst || lastFirst.segment.length < 2 || last.a.length < 3) return undefined;
  const tail = slice(last, 1);
  const made = words(own.segment + tail.a)[0];
  if (made?.segment.length !== lastFirst.segment.length) return undefined;
  const before = slice(first, 0, first.a.length - 1);
  return [
    { a: first.a + tail.a, o: first.o + tail.o },
    { a: before.a + last.a, o: before.o + last.o },
  ];
}

/**
 * A later item that is one word, the counterpart of the first item's last word, takes the first item's words
 * before it: 地方财政收入、支出 → 地方财政支出 (dev 126), as list items share the first item's qualifier.
 */
function shareHead(items: Pair[]): Pair[] {
  const first = words(items[0]!.a.trim());
  const own = first.at(-1);
  if (first.length < 2 || !own) return items;
  const end = items[0]!.a.lastIndexOf(own.segment);
  return items.map((item, k) => {
    const w = words(item.a.trim());
    if (k === 0 || w.length !== 1 || w[0]!.segment.length !== own.segment.length || w[0]!.segment === own.segment) return item;
    return { a: items[0]!.a.slice(0, end) + item.a.trim(), o: items[0]!.o.slice(0, end) + item.o.trim() };
  });
}

function shareTailOfLast(items: Pair[]): Pair[] {
  const last = items[items.length - 1]!;
  const lastWords = words(last.a);
  // another item ends in the last one's head noun: the items are whole nouns, none lacks a head
  // (带补贴集中式风电、风电供热试点项目、风电特许权项目: dev 65)
  const head = words(withoutTrailingFillers(last.a)).at(-1)?.segment ?? '';
  if (head.length >= 2 && items.slice(0, -1).some((item) => item.a.trim().endsWith(head))) return items;
  return items.map((item, k) => {
    if (k === items.length - 1) return item;
    // 其中城镇、农村居民收入: 其中 opens the list, the item's own word is 城镇.
    const own = words(item.a.trim()).filter((w, i) => i > 0 || !listOpener.test(w.segment));
    const head = own[own.length - 1]!;
    const at = last.a.indexOf(head.segment);
    if ((head.segment.length >= 2 || own.length > 1) && at >= 0 && at + head.segment.length < last.a.length) {
      const tail = slice(last, at + head.segment.length);
      return { a: item.a + tail.a, o: item.o + tail.o };
    }
    // A one-word modifier (城镇) stands for the last item's first word (农村).
    const first = lastWords[0];
    if (own.length === 1 && first && first.segment.length === head.segment.length && lastWords.length > 1) {
      // 原煤、原油、天然气产量: a last item of three words whose middle one is a character alone between the first and a
      // head noun (天然|气|产量) is a word the segmenter cut and its head: the item stands for the whole word and takes
      // the head noun alone (原煤产量; dev 307), where 农村|人|均|住房|面积 reads on (人均, not 农村人)
      const [, middle, headNoun] = lastWords;
      if (lastWords.length === 3 && middle!.segment.length === 1 && /\p{Script=Han}/u.test(middle!.segment) && headNoun!.segment.length >= 2) {
        const tail = slice(last, headNoun!.index);
        return { a: item.a + tail.a, o: item.o + tail.o };
      }
      const tail = slice(last, first.segment.length);
      return { a: item.a + tail.a, o: item.o + tail.o };
    }
    // 战略性新兴产业和高技术制造业增加值: an item of several words that ends in a sector noun (a word in 业: 产业, 企业, 制造|业) is the
    // counterpart of the last item's sector noun, and takes the measure the last item names after it (dev 245)
    const sector = own.length > 1 && sectorNoun.test(head.segment) ? lastWords.findLast((w, i) => i > 0 && i < lastWords.length - 1 && sectorNoun.test(w.segment)) : undefined;
    if (sector && last.a.length - (sector.index + sector.segment.length) >= 2) {
      const tail = slice(last, sector.index + sector.segment.length);
      return { a: item.a + tail.a, o: item.o + tail.o };
    }
    return item;
  });
}
