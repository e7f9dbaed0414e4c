// places: which place a report is about, from the place-name data (data/places.json, generated from GB/T 2260, data/places-extra.json
// by hand: the country, Hong Kong, Macao, Taiwan, and data/places-taiwan.json: Taiwan's districts and townships).
//   "呼伦贝尔市海拉尔区2021年政府工作报告" → {region: 海拉尔区, region_parent: 呼伦贝尔}
//   "上海市长宁区…" → {region: 长宁区, region_parent: 上海}; "成都市…" → {region: 成都, region_parent: 四川}
// The most specific place named wins (county over city over province). Full names (呼伦贝尔市) count
// anywhere; short names only where they cannot be a word: a province's (四川), or a city's at the
// start of the text (成都2020年…). National organs stand for the country (国务院 → 全国), and a text
// that names no place in its title is placed by the words of its body (新臺幣 → 臺灣).
import data from './data/places.json' with { type: 'json' };
import extra from './data/places-extra.json' with { type: 'json' };
import taiwan from './data/places-taiwan.json' with { type: 'json' };
import { PlaceData, PlaceExtraData, type Place } from '../schemas/place.ts';
import { alternation } from './regexp.ts';
import organData from './data/organs.json' with { type: 'json' };
import { DATELINE_BODY, DATELINE_HEAD, DATELINE_HEAD_BODY, REPORTER_BRACKET } from './dates.ts';
import { SPEECH_TITLE } from './patterns.ts';
import { wordSegmenter } from './words.ts';
import { getOpenccConverter } from './variants.ts';

/**
 * Every place: the divisions of GB/T 2260 (places.json), those written by hand (places-extra.json) and Taiwan's districts and
 * townships under its municipalities and counties (places-taiwan.json), each in one file only.
 */
const byHand = PlaceExtraData.parse(extra);
const taiwanDistricts = PlaceData.parse(taiwan).places;
export const places: readonly Place[] = [...PlaceData.parse(data).places, ...byHand.places, ...taiwanDistricts];

/**
 * Taiwan's districts whose name, in Simplified script, a mainland district bears too (和平區: 和平区 of 天津 and of 沈阳; 金山區: 金山区
 * of 上海): a Traditional text may name the mainland's (阜新市太平區), so each counts as a name several places bear, only where its city is
 * named (sharers).
 */
const toSimplified = getOpenccConverter('tw2s');
/** Taiwan's districts, whose names, read in Traditional text by no rule of GB/T 2260's, count only as a word of the sentence (findMentions: 擴大|園區 is no 大園區). */
const TAIWAN_DISTRICTS: ReadonlySet<Place> = new Set(taiwanDistricts);
const mainlandNames = new Set(places.filter((p) => !TAIWAN_DISTRICTS.has(p)).map((p) => p.name));
const SHARED_WITH_MAINLAND = new Set(taiwanDistricts.filter((p) => mainlandNames.has(toSimplified(p.name))).map((p) => p.name));

/** Names that hold a place name but are no mention of it (上海合作组织; places-extra.json not_mentions). */
const NOT_MENTION = new RegExp(alternation(byHand.not_mentions.words), 'gu');

const byName = new Map(places.map((p) => [p.name, p]));
const rank = { country: 0, province: 1, city: 2, county: 3 } as const;

/** The region string of a place: its short name, or its name (counties). */
export const regionName = (p: Place): string => p.short ?? p.name;

/** Every place a region string names: by its name, its short name or an alias. */
const placesNamed = (region: string): Place[] => places.filter((p) => p.name === region || p.short === region || p.aliases?.includes(region));

/** The place a region string names (成都, 成都市, 海拉尔区, 臺灣), if exactly one does. */
export function findPlace(region: string): Place | undefined {
  const found = placesNamed(region);
  return found.length === 1 ? found[0] : undefined;
}

/** The place a region string names inside its parent's (西湖区 of 杭州, where 南昌 has one too): the one of that name whose parent it is. */
export function findPlaceIn(region: string, parent: string | undefined): Place | undefined {
  const named = placesNamed(region);
  if (named.length === 1 || parent === undefined) return named.length === 1 ? named[0] : undefined;
  const inParent = named.filter((p) => withParent(p).region_parent === parent);
  return inParent.length === 1 ? inParent[0] : undefined;
}

/**
 * Whether words before a metric (伊州区, 四川省, 四川省成都市, 兰州新区, 全国) name a place other than the report's region: the most
 * specific place they name is not the region's. Words that name no place of the data (城市, 地级及以上城市, 园区) name no other
 * place; nor does anything when the region is not a place of the data.
 */
export function otherPlaceThan(region: string | undefined): (words: string) => boolean {
  const own = region === undefined ? undefined : findPlace(region);
  if (own === undefined) return () => false;
  return (words) => {
    const named = findMentions([words], true).map((m) => m.place);
    if (named.length === 0) return false;
    return named.reduce((a, b) => (rank[b.level] >= rank[a.level] ? b : a)) !== own;
  };
}

/** The place that contains `p`. */
export const parentOf = (p: Place): Place | undefined => (p.parent ? byName.get(p.parent) : undefined);

interface Form {
  place: Place;
  /** Short names of cities count only at the start of a text. */
  atStart: boolean;
}

const forms = new Map<string, Form[]>();
for (const p of places) {
  const add = (text: string, atStart: boolean): void => {
    const list = forms.get(text) ?? [];
    list.push({ place: p, atStart });
    forms.set(text, list);
  };
  // a two-character county (赵县, 新县, 和县) only where it cannot be part of a phrase: at the start
  add(p.name, p.level === 'county' && p.name.length <= 2);
  for (const a of [...(p.aliases ?? []), ...(p.organs ?? [])]) add(a, false);
  if (p.short && p.short !== p.name) add(p.short, p.level === 'city');
}
/** How many places bear a name: its forms, and a mainland district for a Taiwan district's name it bears in Simplified script (SHARED_WITH_MAINLAND). */
const sharers = (name: string): number => (forms.get(name)?.length ?? 0) + (SHARED_WITH_MAINLAND.has(name) ? 1 : 0);
/** Every form, longest first, as one pattern; 上海市场 and 河北区域 are not places (市场, 区域), nor is 财政部门 a ministry (部门). */
const PATTERN = new RegExp(`(${alternation(forms.keys())})(?![场場域门門])`, 'g');

export interface Mention {
  place: Place;
  /** Which text it was found in (0 = first) and where. */
  source: number;
  index: number;
}

/**
 * Whether a word of the sentence runs across the start or the end of `length` characters at `index`: a name read across two
 * words (环保|定期 holds 保定, dev 556) is no mention of it. A name the dictionary does not know is cut into its characters
 * (遂|宁), which no word crosses. `startOnly`: a word across its start alone (擴大|園區 holds 大園區, dev 558), where the word its level
 * character opens is the name's own (西湖|鄉公所, dev 676).
 */
export function acrossWords(text: string, index: number, length: number, startOnly = false): boolean {
  const from = Math.max(0, index - 6);
  const end = index + length;
  for (const s of wordSegmenter.segment(text.slice(from, end + 6))) {
    const start = from + s.index;
    const stop = start + s.segment.length;
    if ((start < index && stop > index) || (!startOnly && start < end && stop > end)) return true;
  }
  return false;
}

/**
 * The places named in each text, in order; short names of cities only at the start of a text unless `anywhere`, and there only
 * as a word of the sentence (acrossWords); a Taiwan district's only where no word runs across its start (擴大|園區, TAIWAN_DISTRICTS);
 * none inside a name that only holds one (上海合作组织, NOT_MENTION).
 */
export function findMentions(texts: readonly string[], anywhere = false): Mention[] {
  const out: Mention[] = [];
  texts.forEach((text, source) => {
    const masked = [...text.matchAll(NOT_MENTION)].map((n) => [n.index, n.index + n[0].length] as const);
    for (const m of text.matchAll(PATTERN)) {
      if (masked.some(([from, to]) => m.index >= from && m.index < to)) continue;
      const across = anywhere && m.index !== 0 && (forms.get(m[1]!) ?? []).some((f) => f.atStart) && acrossWords(text, m.index, m[1]!.length);
      for (const f of forms.get(m[1]!) ?? []) {
        if (f.atStart && m.index !== 0 && (!anywhere || across)) continue;
        if (TAIWAN_DISTRICTS.has(f.place) && acrossWords(text, m.index, m[1]!.length, true)) continue;
        out.push({ place: f.place, source, index: m.index });
      }
    }
  });
  return out;
}

/** The first place a text names by its full name (福建省住房和城乡建设厅 → 福建), the country aside: where a zone lies (infer.ts zoneOf). */
export function namedFirst(text: string): { region: string; region_parent?: string } | undefined {
  const first = findMentions([text]).find((m) => m.place.level !== 'country');
  return first && withParent(first.place);
}

/** Ancestors of a place, nearest first. */
function ancestors(p: Place): Place[] {
  const out: Place[] = [];
  for (let a = parentOf(p); a; a = parentOf(a)) out.push(a);
  return out;
}

/** Whether `inner` lies inside `outer` (a district inside its city or province). */
export const within = (inner: Place, outer: Place): boolean => ancestors(inner).includes(outer);

/**
 * The most specific place the texts name (title first, then issuer, subtitle, speaker), with its
 * parent. A place whose parent is named too is preferred (朝阳区 when 北京 is named); among equals
 * the first mention wins. A city's short name counts at the start of a text, or anywhere in it when
 * its province is named too and no other place bears that short name (广东…支持中山 → 中山).
 */
export function inferPlace(texts: readonly string[]): { region: string; region_parent?: string } | undefined {
  const strict = [...findMentions(texts), ...stemMentions(texts)];
  const named = new Set(strict.map((m) => m.place.name));
  // 中共广东省委 广东省人民政府关于支持中山…: a city's short name inside a text counts when its province is named too
  const found = [
    ...strict,
    ...findMentions(texts, true).filter(
      (m) =>
        m.place.level === 'city' && !strict.some((s) => s.place === m.place) && ancestors(m.place).some((a) => named.has(a.name)) && forms.get(m.place.short ?? '')?.length === 1,
    ),
  ];
  // A name several places bear (朝阳区 of 北京 and of 长春; 和平區 of 台中, 和平区 of 天津 in Traditional script: sharers) counts only for one whose parent is named too.
  const mentions = found.filter((m) => sharers(m.place.name) < 2 || ancestors(m.place).some((a) => named.has(a.name)));
  if (!mentions.length) return undefined;
  const score = (m: Mention): number => rank[m.place.level] * 10 + (ancestors(m.place).some((a) => named.has(a.name)) ? 1 : 0);
  const best = mentions.reduce((a, b) => (score(b) > score(a) ? b : a));
  return withParent(best.place);
}

const markerOf = new Map(places.flatMap((p) => (p.markers ?? []).map((m) => [m, p] as const)));
const MARKERS = new RegExp(`(${alternation(markerOf.keys())})`, 'g');
/** How a county's text speaks of itself: 我区, 本县, or its bodies by the level word alone after a stop or a preposition (。区政府, 向区财政局). */
const self = organData.self_references;
const SELF_COUNTY = new RegExp(
  `${alternation(self.county)}|(?:^|(?<=[^\\p{Script=Han}]|${alternation(self.before)}))(?:${alternation(self.county_levels)})(?:人民)?(?:政府|\\p{Script=Han}{1,6}?(?:局|委员会|办公室|中心))`,
  'gmu',
);
/** The level word a county's name ends in (南沙区 → 南沙; Taiwan's districts and townships in their script, 內湖區 → 內湖, 仁愛鄉 → 仁愛). */
const COUNTY_LEVEL = /(?:自治县|自治旗|新区|区|县|旗|市|區|鄉|鎮)$/u;
/** A county's name without its level word (南沙区 → 南沙), when two characters or more are left; nothing for any other place. */
function countyStem(p: Place): string | undefined {
  const stem = p.name.replace(COUNTY_LEVEL, '');
  return p.level === 'county' && stem !== p.name && stem.length >= 2 ? stem : undefined;
}
/**
 * How many mainland counties bear each stem (南沙 1, 西湖 2: of 杭州 and of 南昌), for a text that names its county by its stem alone
 * and speaks of it as 我区 (ownCountyOf): a Taiwan district's stem (金山 of 新北's 金山區) reads only where its city is named.
 */
const stemOwners = new Map<string, number>();
for (const p of places) {
  if (TAIWAN_DISTRICTS.has(p)) continue;
  const stem = countyStem(p);
  if (stem) stemOwners.set(stem, (stemOwners.get(stem) ?? 0) + 1);
}
/** The counties of each city (or municipality) by their stem: 广州 → [[南沙, 南沙区], …]. */
const countyStems = new Map<string, [string, Place][]>();
for (const p of places) {
  const stem = countyStem(p);
  if (!stem || !p.parent) continue;
  countyStems.set(p.parent, [...(countyStems.get(p.parent) ?? []), [stem, p]]);
}

/** What a zone named after a district is called after its stem (广州南沙新区, 南沙片区 of a free trade zone, 南沙开发区): organs.json zones. */
const ZONE = new RegExp(`^(?:${alternation(organData.zones)})`, 'u');

/**
 * Counties named by their stem right after their city's name, full or short, as a zone named after the district (广州南沙新区,
 * 广州市南沙片区: 南沙区 of 广州, corpus 218). Only a county of that city (南京江北新区 is no 江北区), and only a zone: a landmark
 * named after a district is the city's (广州白云国际机场, 杭州西湖风景名胜区).
 */
function stemMentions(texts: readonly string[]): Mention[] {
  return findMentions(texts, true).flatMap((m) => {
    const text = texts[m.source]!;
    const form = [m.place.name, m.place.short].find((f) => f !== undefined && text.startsWith(f, m.index));
    const after = form === undefined ? '' : text.slice(m.index + form.length);
    const county = countyStems.get(m.place.name)?.find(([stem]) => after.startsWith(stem) && ZONE.test(after.slice(stem.length)))?.[1];
    return county ? [{ place: county, source: m.source, index: m.index + form!.length }] : [];
  });
}

/** A text the body places for sure: named at least this often, and more often than any other place. */
const BODY_MIN = 2;
/** Whether a body names its bodies by the county's level word alone (我区, 区财政局) BODY_MIN times or more: a county's own text. */
const selfCounty = (body: string): boolean => (body.match(SELF_COUNTY) ?? []).length >= BODY_MIN;
/** A national text by its body: the country and its organs named at least this often, and more often than any place. */
const COUNTRY_MIN = 5;

/** The places a body names, each with how often (bodyMentions). */
interface BodyMentions {
  count: Map<Place, number>;
  mentions: Mention[];
  ranked: [Place, number][];
}

/** The last body scanned and its places: infer asks ownCounty, inferBodyPlace, countyInside and regionActedOn of one text's body in turn. */
let lastScan: { body: string; found: BodyMentions } | undefined;

/**
 * The places a body names (names, short names of cities, markers), each with how often, most named first; a body scanned once for all
 * that ask of it (a scan reads the whole body for every place's name: a few milliseconds a text).
 */
function bodyMentions(body: string): BodyMentions {
  if (lastScan?.body !== body) lastScan = { body, found: scanBody(body) };
  return lastScan.found;
}

function scanBody(body: string): BodyMentions {
  const count = new Map<Place, number>();
  const add = (p: Place): void => void count.set(p, (count.get(p) ?? 0) + 1);
  // a Taiwan district whose name a mainland district bears (SHARED_WITH_MAINLAND) only where the body names its city, as in a title
  const all = findMentions([body], true);
  const mentions = all.filter((m) => !SHARED_WITH_MAINLAND.has(m.place.name) || ancestors(m.place).some((a) => all.some((n) => n.place === a)));
  for (const m of mentions) if (m.place.level !== 'country' && !m.place.organs?.some((o) => body.startsWith(o, m.index))) add(m.place);
  for (const m of body.matchAll(MARKERS)) add(markerOf.get(m[1]!)!);
  return { count, mentions, ranked: [...count].sort((a, b) => b[1] - a[1]) };
}

/**
 * A county's or district's own text (我区, 向区财政局, （责任单位：区财政局）: its bodies by the level word alone, BODY_MIN times or more)
 * is about the county it names most, though it names its city more (广州市南沙区, 广州南沙新区: corpus 149, 150); a name several
 * counties bear only where its city is named too.
 */
function ownCountyOf(body: string, count: Map<Place, number>, ranked: [Place, number][]): { region: string; region_parent?: string } | undefined {
  if (!selfCounty(body)) return undefined;
  // its counties by their stem too, the name without its level word, when their city is named (广州南沙新区, 南沙片区,
  // 南沙开发区: 南沙区 of 广州, corpus 123, 124), or in a text that names no place by its name, when no other place
  // bears it (在南沙设立的总部, 我区 and nothing else: corpus 186)
  const local = new Map(ranked);
  for (const p of places) {
    const city = parentOf(p);
    const stem = countyStem(p);
    if (!stem || !city) continue;
    if (!count.has(city) && !(ranked.length === 0 && stemOwners.get(stem) === 1 && !forms.has(stem))) continue;
    const bare = body.split(stem).length - body.split(p.name).length;
    if (bare > 0) local.set(p, (local.get(p) ?? 0) + bare);
  }
  const counties = [...local].sort((a, b) => b[1] - a[1]).filter(([p]) => p.level === 'county' && (sharers(p.name) < 2 || ancestors(p).some((a) => count.has(a))));
  const [top, next] = counties;
  return top && top[1] >= BODY_MIN && !(next && next[1] === top[1]) ? withParent(top[0]) : undefined;
}

/**
 * The county a body speaks of as its own (ownCountyOf), dateline aside: under a title that names only its city (a news headline
 * about 上海虹桥商务区 over 闵行区's task division, （责任单位：区商务委） on every task: dev 455) the text is about the county.
 */
export function ownCounty(text: string): { region: string; region_parent?: string } | undefined {
  const body = withoutDatelines(text);
  // most texts are no county's own: the bodies by the level word are counted before the places are (bodyMentions scans the whole
  // body for every place's name, and infer asks this of every text whose title names a city or a province)
  if (!selfCounty(body)) return undefined;
  const { count, ranked } = bodyMentions(body);
  return ownCountyOf(body, count, ranked);
}

/**
 * The county or district inside a place found for a text (a title's city, a site's or a body's) that its body names most, by
 * its full name: at least BODY_MIN times and more often than every other place inside that place together (its own city
 * aside): a district's news under a title that names only its city (第二届…·北京论坛举办, 朝阳区 in every speech: dev 931),
 * a county's service guide a body places by its city (福州市长乐区…, dev 767), a district's plan on its city's pages (內湖區,
 * dev 716). A name several counties bear counts for the one inside the place, when that is its city or the body names its city
 * (not 长春's 朝阳区 for a text on 吉林's site that names 北京市 and its 朝阳区).
 */
export function countyInside(
  text: string,
  outer: { region: string; region_parent?: string },
  site?: { region: string; region_parent?: string },
): { region: string; region_parent?: string } | undefined {
  const place = findPlaceIn(outer.region, outer.region_parent);
  if (!place || place.level === 'county') return undefined;
  const body = withoutDatelines(text);
  const { count, mentions } = bodyMentions(body);
  const inside = [...count].filter(([p]) => within(p, place));
  const [top] = inside.filter(([p]) => p.level === 'county' && (sharers(p.name) < 2 || parentOf(p) === place || count.has(parentOf(p)!))).sort((a, b) => b[1] - a[1]);
  if (!top || top[1] < BODY_MIN) return undefined;
  const others = inside.filter(([p]) => p !== top[0] && !within(top[0], p)).reduce((sum, [, n]) => sum + n, 0);
  if (top[1] <= others) return undefined;
  const county = withParent(top[0]);
  // a text that speaks of the place as its own (省委, 全省, 市府) more than it names the county, by its name or its stem, is the place's
  // (a provincial committee's meeting that heard a district's request, a councillor's questions to 市府: dev 418, 817); not on the
  // county's own site, whose pages carry its city's menus (市政府, 市公安局: dev 931)
  const ownSite = site !== undefined && site.region === county.region && site.region_parent === county.region_parent;
  const stem = countyStem(top[0]);
  const named = stem ? body.split(stem).length - 1 : top[1];
  const own = ownMentions(body, place, top[0], mentions);
  return ownSite || own < BODY_MIN || own <= named ? county : undefined;
}

/**
 * How often a body speaks of a province or city as its own (self_references: 我省, 本市, 全省, and its bodies by the level word its
 * name ends in, 省委, 市政府, 市府), not counting a level word after another place's name (台北市政府, 台北市府 in a text of 台南).
 * None where the county's name ends in that level word too: a county-level city (昆山市 in 苏州市) speaks of itself so (我市, 全市, 市委).
 */
function ownMentions(body: string, place: Place, county: Place, mentions: readonly Mention[]): number {
  const level = OUTER_LEVEL.exec(place.name)?.[0];
  const own = level === undefined || county.name.endsWith(level) ? undefined : OWN_WORDS.get(level);
  if (!own) return 0;
  const otherEnds = new Set(mentions.filter((m) => m.place !== place).map((m) => m.index + mentionLength(body, m)));
  return [...body.matchAll(own)].filter((m) => m[0] !== level || !(otherEnds.has(m.index) || otherEnds.has(m.index + 1))).length;
}

/** The level word a province's or city's name ends in (广东省 → 省, 台南市 → 市, 恩施土家族苗族自治州 → 州). */
const OUTER_LEVEL = new RegExp(`(?:${alternation(self.outer_levels)})$`, 'u');
/** Each level word's own words (我省, 全省, 省委 …: ownMentions), built once. */
const OWN_WORDS = new Map(
  self.outer_levels.map((level) => [
    level,
    new RegExp(`${alternation([...self.local, ...self.whole].filter((w) => w.endsWith(level)))}|${level}(?=${alternation(self.outer_bodies)})`, 'gu'),
  ]),
);

/** How long the form is that a mention names its place by (its name, short name or alias, as the text spells it). */
function mentionLength(text: string, m: Mention): number {
  const form = [m.place.name, m.place.short, ...(m.place.aliases ?? [])].find((f) => f !== undefined && text.startsWith(f, m.index));
  return form?.length ?? 0;
}

const withoutDatelines = (text: string): string =>
  text
    .split('\n')
    .map((l) => l.replace(DATELINE_HEAD, ''))
    .join('\n');

/**
 * The place a body is about when its title names none: the place named most often (names, short
 * names of cities too, and markers: 遂宁, 香港, 新臺幣 → 臺灣), at least twice and more often than any
 * other. The country and its organs (全国, 国务院) count only when named at least COUNTRY_MIN times and more often than
 * any place: texts of every level name them.
 */
export function inferBodyPlace(text: string): { region: string; region_parent?: string } | undefined {
  // a news report's dateline names where it was filed from, not what it is about (新华社上海4月30日电, corpus 152)
  const body = withoutDatelines(text);
  // a national leader's speech, message or doing (ledByNationalHead), unless the text speaks of a place as its own (本港, 我市: he met its people)
  if (ledByNationalHead(body) && !SELF_LOCAL.test(body)) return withParent(COUNTRY);
  const { count, mentions, ranked } = bodyMentions(body);
  const county = ownCountyOf(body, count, ranked);
  if (county) return county;
  const [first, second] = ranked;
  // a national text (a report of a national conference held in a city, with the provinces that spoke at it, corpus 152, 165)
  // names the country and its organs (全国, 中共中央, 国务院) more than any place: at least COUNTRY_MIN times
  const national = mentions.filter((m) => m.place.level === 'country');
  if (national.length >= COUNTRY_MIN && national.length > (first?.[1] ?? 0)) return withParent(national[0]!.place);
  // a text that names no place and speaks of the country as its own (我国), of no province, city or county as its own (我省, 本市,
  // 我县): the country's (a national leader's speech, a national agency's bulletin: dev 227, 246); so is one that names a place
  // only in passing, fewer than BODY_MIN times, and speaks of the country as its own at least that often and more (从东北雪原到
  // 海南三沙 in a reading of a national report that says 我国 throughout: dev 362, 364)
  const own = (body.match(SELF_COUNTRY) ?? []).length;
  const passing = !first || (first[1] < BODY_MIN && own >= BODY_MIN && own > first[1]);
  if (passing && own > 0 && !SELF_LOCAL.test(body)) return withParent(COUNTRY);
  if (!first || first[1] < BODY_MIN || (second && second[1] === first[1])) return undefined;
  return withParent(first[0]);
}

const COUNTRY = places.find((p) => p.level === 'country')!;

/**
 * The special administrative region (香港, 澳门: a place whose name ends in 特别行政区) a text names as the place a national body acts on
 * (全國人大…通過港版國安法決定, 國務院…決定免去…經濟財政司司長職務: dev 347, 480), where its title names only the country: the region
 * its body names most, at least BODY_MIN times and more than all other places together, and more often than the country and its organs, or on
 * a page of the region's own government (`site`, the place its site's domain names: 澳门 of gcs.gov.mo). A province a national body
 * acts on is named in the title (国务院关于支持福建…).
 */
export function regionActedOn(text: string, site?: string): { region: string; region_parent?: string } | undefined {
  const { mentions, ranked } = bodyMentions(withoutDatelines(text));
  const [top, next] = ranked;
  if (!top || !top[0].name.endsWith(SPECIAL_REGION) || top[1] < BODY_MIN || (next && next[1] >= top[1])) return undefined;
  // the region's affairs name the region, other places only in passing: an area it shares with others (粵港澳大灣區: 香港, 澳門,
  // 廣州, 深圳 …, a national plan's, dev 346) is the country's
  if (ranked.slice(1).reduce((sum, [, n]) => sum + n, 0) >= top[1]) return undefined;
  const national = mentions.filter((m) => m.place.level === 'country').length;
  const own = site !== undefined && findPlace(site) === top[0];
  return top[1] > national || own ? withParent(top[0]) : undefined;
}

/** What the name of a special administrative region ends in (香港特别行政区). */
const SPECIAL_REGION = '特别行政区';

/**
 * The head of a national body, then a name: a body of the country (places-extra.json's organs: 国务院, 国家统计局) and its post
 * (posts of organs.json: 总理, 局长, 委员长), or a head whose post names no body (national_heads: 国家主席).
 */
const HEAD_POST = `(?:(?:${alternation(COUNTRY.organs ?? [])})\\p{Script=Han}{0,2}?(?:${alternation(organData.posts)})|${alternation(organData.national_heads)})`;
/** (and a chain of a head's posts, each a national one: 中共中央总书记、国家主席、中央军委主席习近平, dev 447) */
const NATIONAL_HEAD = new RegExp(`^(?:[^，。,\\n]{1,12}[，,])?(?:${HEAD_POST}、)*${HEAD_POST}\\s?[\\p{Script=Han}·]{2,4}`, 'u');
/**
 * A speech's title and date line opening a lede, after a dateline run on into it or not, then the speaker's post maybe under the
 * country's name (`新华社莫斯科11月18日电在…会议上的讲话（2025年11月18日，莫斯科）中华人民共和国国务院总理 李强尊敬的…`, dev 648): what stands
 * before the speaker, who is the one who acts.
 */
const SPEECH_LEAD = new RegExp(
  `^(?:${DATELINE_BODY})?\\s*${SPEECH_TITLE}\\s*[（(][^（）()]{4,30}[）)]\\s*(?:${alternation([COUNTRY.name, ...(COUNTRY.aliases ?? []).filter((a) => a.length > 2)])})?`,
  'u',
);
/**
 * A national body itself as the one who acts, after a time maybe: its name, maybe another body joined by 、, then its day or a word of
 * time (国家统计局、中国物流与采购联合会30日联合发布数据, dev 552; 国务院近日印发…); not bodies whose officials are named
 * (科技部、教育部负责同志发言, corpus 152).
 */
const NATIONAL_BODY = new RegExp(`^(?:[^，。,\\n]{1,12}[，,])?(?:${alternation(COUNTRY.organs ?? [])})(?:、[^，。、\\s]{2,20}?)?(?:\\d{1,2}日|近日|日前|今天|今日)`, 'u');
/**
 * A news agency's dateline at a lede's start and the reporters' bracket after it (新华社北京7月4日电（记者 张三）; the bracket alone where the
 * dateline was taken out before, withoutDatelines): no part of who acts.
 */
const DATELINE_LEAD = new RegExp(`^(?:${DATELINE_HEAD_BODY})?[\\s\\u3000]*(?:${REPORTER_BRACKET})?[\\s\\u3000]*`, 'u');

/**
 * A text whose lede (its first line that says a sentence) opens with the head of a national body as the one who acts, after a
 * time maybe (国务院总理李强7月4日在上海出席…并致辞, 新年前夕，国家主席习近平…发表了新年贺词, 国务院总理温家宝9月10日来到位于北京市
 * 昌平区的外交学院; after a news agency's dateline, a chain of his posts: 新华社北京11月18日电 中共中央总书记、国家主席、中央军委主席
 * 习近平近日…作出重要指示, dev 447; or a national body itself, 国家统计局、中国物流与采购联合会30日联合发布数据, dev 552): a national
 * leader's or body's speech, message or doing, the country's; the city where he spoke or went is the venue, not
 * what the text is about, however often its things are named (北京大兴国际机场, 《…上海宣言》; dev 296, 355, 380). A title that
 * names a place comes first (infer.ts), and so does a place the text speaks of as its own (本港: a Hong Kong paper's report of his
 * meeting with its sectors, dev 297).
 */
export function ledByNationalHead(body: string): boolean {
  const lede = body.split('\n').find((l) => /[。！]/.test(l));
  const acts = lede?.trim().replace(DATELINE_LEAD, '').replace(SPEECH_LEAD, '');
  return acts !== undefined && (NATIONAL_HEAD.test(acts) || NATIONAL_BODY.test(acts));
}

/** How a text speaks of the country, and of a province, city, county or special administrative region (本港), as its own (data/organs.json self_references). */
const SELF_COUNTRY = new RegExp(alternation(self.country), 'gu');
const SELF_LOCAL = new RegExp(alternation([...self.local, ...self.territory]), 'u');

/** A place as region + region_parent. */
export function withParent(p: Place): { region: string; region_parent?: string } {
  const parent = parentOf(p);
  return parent ? { region: regionName(p), region_parent: regionName(parent) } : { region: regionName(p) };
}
