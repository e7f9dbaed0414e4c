// variants: text in one script → the other, with opencc-js (converters built once), after the
// editor's terms (content/terms.yml) and with a list of conversions through ambiguous characters.
//   convert('研发投入', 'zh-Hant') → '研發投入'; '人工智能' stays '人工智能' (no regional vocabulary)
//   terms [{ hans: '征程', hant: '征程' }]: '新征程' → '新征程' (OpenCC alone gives '新徵程')
import OpenCC from 'opencc-js';
import type { Script } from '../schemas/meta.ts';
import type { Term } from '../schemas/terms.ts';
import { changedCharacters, keepsLength, unchangedTest } from './unchanged.ts';
import { stagedOpencc } from './variants-opencc.ts';

/** OpenCC presets for the Traditional side: `tw` (default), `hk`, `t`, `twp` (with Taiwan vocabulary). */
export const presets = ['tw', 'hk', 't', 'twp'] as const;
export type Preset = (typeof presets)[number];

/** The preset used when the site does not set one: character-level, Taiwan glyph variants, no vocabulary. */
export const defaultPreset: Preset = 'tw';

/** The OpenCC configs the project uses, as opencc-js locale pairs (see opencc-js README). */
export const openccConfigs = {
  s2t: { from: 'cn', to: 't' },
  t2s: { from: 't', to: 'cn' },
  s2tw: { from: 'cn', to: 'tw' },
  tw2s: { from: 'tw', to: 'cn' },
  s2hk: { from: 'cn', to: 'hk' },
  hk2s: { from: 'hk', to: 'cn' },
  s2twp: { from: 'cn', to: 'twp' },
  tw2sp: { from: 'twp', to: 'cn' },
} as const;
export type OpenccConfig = keyof typeof openccConfigs;

/** Which OpenCC config each preset uses in each direction: `twp` is the only one with vocabulary. */
export const presetConfigs: Record<Preset, Record<Script, OpenccConfig>> = {
  tw: { 'zh-Hant': 's2tw', 'zh-Hans': 'tw2s' },
  hk: { 'zh-Hant': 's2hk', 'zh-Hans': 'hk2s' },
  t: { 'zh-Hant': 's2t', 'zh-Hans': 't2s' },
  twp: { 'zh-Hant': 's2twp', 'zh-Hans': 'tw2sp' },
};

/**
 * Characters with more than one counterpart in the target script (OpenCC's STCharacters.txt and
 * TSCharacters.txt list several candidates for them): OpenCC picks one from phrase context, so every
 * conversion through them is listed for an editor to check.
 */
const ambiguousCharacters: Record<Script, Record<string, string>> = {
  'zh-Hant': {
    后: '後后',
    发: '發髮',
    干: '幹乾干榦',
    里: '裡裏里',
    余: '餘余',
    台: '臺台颱檯',
    征: '徵征',
    于: '於于',
    系: '系係繫',
    只: '只隻',
    面: '面麵',
    复: '復複覆',
    松: '松鬆',
    斗: '斗鬥',
    谷: '谷穀',
    历: '歷曆',
    范: '範范',
    制: '制製',
    准: '準准',
    冲: '衝沖',
    钟: '鐘鍾',
    云: '雲云',
    获: '獲穫',
    尽: '盡儘',
    表: '表錶',
    几: '幾几',
    汇: '匯彙',
    借: '借藉',
    了: '了瞭',
    划: '劃划',
    须: '須鬚',
    郁: '鬱郁',
    签: '簽籤',
    伙: '夥伙',
    致: '致緻',
    朴: '樸朴',
    采: '採采',
    凶: '兇凶',
    才: '才纔',
    坛: '壇罈',
    游: '遊游',
    占: '佔占',
    岩: '巖岩',
    注: '注註',
    布: '布佈',
    舍: '舍捨',
    脏: '髒臟',
    托: '託托',
    扎: '紮扎',
    周: '周週',
    蒙: '蒙矇濛懞',
    卷: '卷捲',
    据: '據据',
    丑: '醜丑',
  },
  'zh-Hans': {
    乾: '干乾',
    著: '着著',
    瞭: '了瞭',
    藉: '借藉',
    覆: '复覆',
    徵: '征徵',
    餘: '余馀',
    於: '于於',
    夥: '伙夥',
    鍾: '钟锺',
    麼: '么麽',
    甦: '苏甦',
    蘋: '苹蘋',
  },
};

type Convert = (text: string) => string;
const openccCache = new Map<OpenccConfig, Convert>();

// The long texts each config converted since the report began (see forgetConversions).
const recentConversions: Map<string, string>[] = [];

/**
 * Forgets the long conversions kept so far: buildReport calls it at the start of each report, so
 * that what is kept only saves work within one report (where it repeats) and never across reports.
 */
export function forgetConversions(): void {
  for (const recent of recentConversions) recent.clear();
}

/**
 * The opencc-js converter of one OpenCC config, built on first use and then reused. A text that
 * no entry of the config could change (src/pipeline/unchanged.ts) is returned as it is, without
 * the OpenCC pass: e.g. tw2s on a Simplified paragraph; otherwise the config runs stage by stage, passing over the stages
 * that cannot change it (variants-opencc.ts: s2tw's normalisation and Taiwan variants on most Simplified paragraphs). Long texts are remembered until the next
 * report (forgetConversions): the paragraphs of a Traditional report go through tw2s twice, for the
 * indicators' Simplified copy and for the Simplified page.
 */
export function getOpenccConverter(config: OpenccConfig): Convert {
  let converter = openccCache.get(config);
  if (!converter) {
    const opencc = stagedOpencc(config) ?? OpenCC.Converter(openccConfigs[config]);
    const unchanged = unchangedTest(config) ?? (() => false);
    const recent = new Map<string, string>();
    recentConversions.push(recent);
    converter = (text: string): string => {
      if (unchanged(text)) return text;
      if (text.length <= 64) return opencc(text);
      let out = recent.get(text);
      if (out === undefined) {
        out = opencc(text);
        if (recent.size >= 2048) recent.clear();
        recent.set(text, out);
      }
      return out;
    };
    openccCache.set(config, converter);
  }
  return converter;
}

/**
 * Hong Kong glyph variants that a to-Simplified `config` leaves as they are, with what hk2s writes
 * for them: tw2s and t2s keep 衞 (衞生 stays 衞生 where hk2s writes 卫生), 敍, 衹, 枱, 粧, 糭. A
 * Traditional source may hold them whatever the site's preset, and its Simplified text should not.
 * The candidates are OpenCC's own (the characters hk2t changes), so the list follows the library.
 */
export function hongKongGlyphs(config: OpenccConfig): Map<string, string> {
  const glyphs = new Map<string, string>();
  if (!config.endsWith('2s') && !config.endsWith('2sp')) return glyphs;
  const own = getOpenccConverter(config);
  const hk2s = getOpenccConverter('hk2s');
  for (const char of changedCharacters('hk2t')) {
    const simplified = hk2s(char);
    if (own(char) === char && simplified !== char && [...simplified].length === 1) glyphs.set(char, simplified);
  }
  return glyphs;
}

/** A conversion through an ambiguous character, with its context, where it first occurs and how often. */
export interface AmbiguousConversion {
  /** 1-based source line of the first occurrence. */
  line: number;
  /** The ambiguous character in the source, e.g. `干`. */
  char: string;
  /** What it became, e.g. `幹`. */
  to: string;
  /** Every counterpart OpenCC could have chosen, e.g. `幹乾干榦`. */
  candidates: string;
  /** The character with its neighbours in the source, e.g. `骨干企`. */
  source: string;
  /** The same span after conversion, e.g. `骨幹企`. */
  converted: string;
  count: number;
}

export interface VariantOptions {
  /** The site's OpenCC preset (default `tw`). */
  preset?: Preset | undefined;
  /** Entries of content/terms.yml. */
  terms?: readonly Term[] | undefined;
  /** Extra names kept as written, for one report (`terms` in its .meta.yml). */
  keep?: readonly string[] | undefined;
  /** Characters of context on each side in the list of ambiguous conversions (default 1: `骨干企`). */
  context?: number | undefined;
}

/** A converter into one script that also collects the ambiguous conversions it made. */
export interface VariantConverter {
  to: Script;
  preset: Preset;
  /** Converts text; `line` (the source line) makes its ambiguous conversions part of the list. */
  convert: (text: string, line?: number) => string;
  /**
   * `convert`, and whether the result aligns with the text character by character (same length,
   * each UTF-16 unit converted in place), so that a substring's conversion can be cut from it.
   */
  convertAligned: (text: string, line?: number) => { text: string; aligned: boolean };
  /** The ambiguous conversions so far, grouped by character and context, in source order. */
  ambiguous: () => AmbiguousConversion[];
}

// One term in one direction; `stop`: characters that, following `from`, keep the term from applying.
interface Pair {
  from: string;
  to: string;
  stop?: ReadonlySet<string> | undefined;
}

// Terms, indexed by first character, longest first: the matcher of one direction.
type Matcher = Map<string, Pair[]>;

function buildMatcher(pairs: Pair[]): Matcher {
  const matcher: Matcher = new Map();
  for (const pair of pairs) {
    const first = String.fromCodePoint(pair.from.codePointAt(0)!);
    const list = matcher.get(first) ?? [];
    if (!list.some((p) => p.from === pair.from)) list.push(pair);
    matcher.set(first, list);
  }
  for (const list of matcher.values()) list.sort((a, b) => b.from.length - a.from.length);
  return matcher;
}

/** The characters of `notBefore` and their Traditional forms under `preset`: 统列 → 统列統. */
export function stopCharacters(notBefore: string, preset: Preset = defaultPreset): Set<string> {
  const toTraditional = getOpenccConverter(presetConfigs[preset]['zh-Hant']);
  const stop = new Set<string>();
  for (const char of notBefore) {
    stop.add(char);
    for (const form of toTraditional(char)) stop.add(form);
  }
  return stop;
}

function pairsOf(terms: readonly Term[], to: Script, preset: Preset): Pair[] {
  return terms.map((t) => {
    const stop = 'notBefore' in t && t.notBefore ? stopCharacters(t.notBefore, preset) : undefined;
    return to === 'zh-Hant' ? { from: t.hans, to: t.hant, stop } : { from: t.hant, to: t.hans, stop };
  });
}

/** Whether `pair` applies at `i` of `text`: its form is there and no character of its `stop` follows it. */
function appliesAt(pair: Pair, text: string, i: number): boolean {
  if (!text.startsWith(pair.from, i)) return false;
  if (!pair.stop) return true;
  const next = text.codePointAt(i + pair.from.length);
  return next === undefined || !pair.stop.has(String.fromCodePoint(next));
}

const noTerms: readonly Term[] = [];
const han = /\p{Script=Han}/u;
const surrogate = /[\uD800-\uDFFF]/;

/**
 * What a converter shares across reports: OpenCC, the terms and the memo of short conversions.
 * Built once per process for each script, preset, terms list and keep list; the list of ambiguous
 * conversions is each report's own (createVariantConverter).
 */
interface ConversionCore {
  /** Converts `text`; `onRun` sees each run OpenCC converted (text between terms) and its result. */
  convert: (text: string, onRun?: (run: string, out: string) => void) => { text: string; termsAligned: boolean };
  /** `convert` without `onRun`, remembered for short strings (units, numbers, labels recur). */
  convertShort: (text: string) => string;
  opencc: Convert;
  /** OpenCC keeps the length of every text without surrogates (all presets but twp). */
  keepsLength: boolean;
}

const cores = new WeakMap<readonly Term[], Map<string, ConversionCore>>();

function conversionCore(to: Script, preset: Preset, terms: readonly Term[], keep: readonly string[]): ConversionCore {
  let byKey = cores.get(terms);
  if (!byKey) cores.set(terms, (byKey = new Map()));
  const key = `${to}\u0000${preset}\u0000${keep.join('\u0000')}`;
  let core = byKey.get(key);
  if (!core) byKey.set(key, (core = buildCore(to, preset, terms, keep)));
  return core;
}

function buildCore(to: Script, preset: Preset, terms: readonly Term[], keep: readonly string[]): ConversionCore {
  const config = presetConfigs[preset][to];
  const openccAlone = getOpenccConverter(config);
  // Into Simplified, the Hong Kong glyphs the config leaves (衞) are written as hk2s writes them.
  const glyphs = to === 'zh-Hans' ? hongKongGlyphs(config) : new Map<string, string>();
  const glyphPattern = glyphs.size ? new RegExp(`[${[...glyphs.keys()].join('')}]`, 'gu') : undefined;
  const opencc: Convert = glyphPattern ? (text) => openccAlone(text).replace(glyphPattern, (char) => glyphs.get(char)!) : openccAlone;
  const matcher = buildMatcher([...keep.map((k) => ({ from: k, to: k })), ...pairsOf(terms, to, preset)]);
  // First UTF-16 unit of every term, so that most positions are passed over without a lookup.
  const starts = new Uint8Array(0x10000);
  for (const first of matcher.keys()) starts[first.charCodeAt(0)] = 1;

  const convert = (text: string, onRun?: (run: string, out: string) => void): { text: string; termsAligned: boolean } => {
    const run = (piece: string): string => {
      const out = opencc(piece);
      onRun?.(piece, out);
      return out;
    };
    if (matcher.size === 0) return { text: run(text), termsAligned: true };
    let out = '';
    let termsAligned = true;
    let start = 0;
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      if (starts[code] !== 1) {
        i += width;
        continue;
      }
      const char = text.slice(i, i + width);
      const hit = han.test(char) ? matcher.get(char)?.find((p) => appliesAt(p, text, i)) : undefined;
      if (!hit) {
        i += width;
        continue;
      }
      if (start < i) out += run(text.slice(start, i));
      out += hit.to;
      if (hit.to.length !== hit.from.length) termsAligned = false;
      i += hit.from.length;
      start = i;
    }
    if (start < text.length) out += run(text.slice(start));
    return { text: out, termsAligned };
  };

  const memo = new Map<string, string>();
  const convertShort = (text: string): string => {
    let out = memo.get(text);
    if (out === undefined) {
      out = convert(text).text;
      if (memo.size >= 20_000) memo.clear();
      memo.set(text, out);
    }
    return out;
  };

  return { convert, convertShort, opencc, keepsLength: keepsLength(config) };
}

// The order of String.prototype.localeCompare (the default collator), without building it per call.
const byChar = new Intl.Collator();

/** Builds a converter into `to`: terms first (longest match), OpenCC for the text between them. */
export function createVariantConverter(to: Script, options: VariantOptions = {}): VariantConverter {
  const preset = options.preset ?? defaultPreset;
  const core = conversionCore(to, preset, options.terms ?? noTerms, options.keep ?? []);
  const table = ambiguousCharacters[to];
  const found = new Map<string, AmbiguousConversion>();
  const context = options.context ?? 1;

  // One occurrence of an ambiguous character: `src` and `out` align character by character (strings
  // without surrogate pairs, arrays of code points otherwise); `i` is its index in both.
  const noteAt = (src: string | string[], out: string | string[], i: number, line: number): void => {
    const char = src[i]!;
    const candidates = table[char];
    if (!candidates) return;
    const cut = (x: string | string[], from: number, until: number): string => (typeof x === 'string' ? x.slice(from, until) : x.slice(from, until).join(''));
    const from = Math.max(0, i - context);
    const until = Math.min(src.length, i + 1 + context);
    const source = cut(src, from, until);
    const converted = cut(out, from, until);
    const key = `${source}\t${converted}`;
    const seen = found.get(key);
    if (seen) seen.count++;
    else found.set(key, { line, char, to: out[i]!, candidates, source, converted, count: 1 });
  };
  const note = (src: string[], out: string[], line: number): void => {
    for (let i = 0; i < src.length; i++) noteAt(src, out, i, line);
  };
  // Every ambiguous character is in the BMP: in a plain string they are found by one regex scan.
  const ambiguousChars = new RegExp(`[${Object.keys(table).join('')}]`, 'g');

  // The ambiguous conversions of one run OpenCC converted; alignment by position needs equal
  // lengths, which character-level configs keep; where vocabulary changes a length, align phrase by phrase.
  const noteRun = (run: string, out: string, line: number): void => {
    ambiguousChars.lastIndex = 0;
    if (!ambiguousChars.test(run)) return;
    if (!surrogate.test(run) && !surrogate.test(out)) {
      if (run.length === out.length) {
        ambiguousChars.lastIndex = 0;
        for (let m = ambiguousChars.exec(run); m; m = ambiguousChars.exec(run)) noteAt(run, out, m.index, line);
        return;
      }
    } else {
      const src = [...run];
      const dst = [...out];
      if (src.length === dst.length) {
        note(src, dst, line);
        return;
      }
    }
    for (const piece of run.split(/(?=[^\p{Script=Han}])|(?<=[^\p{Script=Han}])/u)) {
      const a = [...piece];
      const b = [...core.opencc(piece)];
      if (a.length === b.length) note(a, b, line);
    }
  };

  const convertAligned = (text: string, line?: number): { text: string; aligned: boolean } => {
    const { text: out, termsAligned } = line === undefined ? core.convert(text) : core.convert(text, (run, o) => noteRun(run, o, line));
    const aligned = termsAligned && core.keepsLength && out.length === text.length && !surrogate.test(text) && !surrogate.test(out);
    return { text: out, aligned };
  };

  // Short strings are remembered by the core. Not with a line: those calls also count ambiguous conversions.
  const convert = (text: string, line?: number): string => {
    if (line === undefined && text.length <= 32) return core.convertShort(text);
    return line === undefined ? core.convert(text).text : core.convert(text, (run, out) => noteRun(run, out, line)).text;
  };

  const ambiguous = (): AmbiguousConversion[] => [...found.values()].sort((a, b) => byChar.compare(a.char, b.char) || a.line - b.line);

  return { to, preset, convert, convertAligned, ambiguous };
}

// Converters without terms, keep list or preset, reused: convertText runs per paragraph and label.
const plainConverters = new Map<Script, VariantConverter>();

/** Converts text into the target script (terms first, then OpenCC). */
export function convertText(text: string, to: Script, options: VariantOptions = {}): string {
  if (options.preset === undefined && options.terms === undefined && options.keep === undefined) {
    // No line is passed, so the shared converter never collects ambiguous conversions.
    let plain = plainConverters.get(to);
    if (!plain) plainConverters.set(to, (plain = createVariantConverter(to)));
    return plain.convert(text);
  }
  return createVariantConverter(to, options).convert(text);
}

// What each Han character says about the script: 1 Traditional only, 2 Simplified only, 0 neither.
// A character-level fact, so it is computed once per character (one OpenCC call each way) and kept:
// by UTF-16 code for the BMP (3 = not known yet), in a map for characters beyond it.
const scriptOfBmp = new Uint8Array(0x10000).fill(3);
const scriptOfAstral = new Map<string, 0 | 1 | 2>();

function scriptOfChar(ch: string): 0 | 1 | 2 {
  return !han.test(ch) ? 0 : getOpenccConverter('t2s')(ch) !== ch ? 1 : getOpenccConverter('s2t')(ch) !== ch ? 2 : 0;
}

/** Guesses the script from characters that exist only in one of them (first 20,000 characters). */
export function detectScript(text: string): Script {
  const sample = text.slice(0, 20000);
  let hantOnly = 0;
  let hansOnly = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    let which: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < sample.length) {
      const ch = String.fromCodePoint(sample.codePointAt(i)!);
      i += ch.length - 1;
      let known = scriptOfAstral.get(ch);
      if (known === undefined) scriptOfAstral.set(ch, (known = scriptOfChar(ch)));
      which = known;
    } else {
      which = scriptOfBmp[code]!;
      if (which === 3) which = scriptOfBmp[code] = scriptOfChar(sample[i]!);
    }
    if (which === 1) hantOnly++;
    else if (which === 2) hansOnly++;
  }
  return hantOnly > hansOnly ? 'zh-Hant' : 'zh-Hans';
}

/** The other script. */
export function otherScript(script: Script): Script {
  return script === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans';
}
