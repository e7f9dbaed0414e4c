// variants: text in one script → the other, with opencc-js (converters built once), after the
// editor's terms (content/terms.yml) and with a list of conversions through ambiguous characters.
//   convert('研发投入', 'zh-Hant') → '研發投入'; '人工智能' stays '人工智能' (no regional vocabulary)
//   terms [{ hans: '征程', hant: '征程' }]: '新征程' → '新征程' (OpenCC alone gives '新徵程')
import OpenCC from 'opencc-js';
import type { Script } from '../schemas/meta.ts';
import type { Term } from '../schemas/terms.ts';

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
export const ambiguousCharacters: Record<Script, Record<string, string>> = {
  'zh-Hant': {
    后: '後后', 发: '發髮', 干: '幹乾干榦', 里: '裡裏里', 余: '餘余', 台: '臺台颱檯', 征: '徵征',
    于: '於于', 系: '系係繫', 只: '只隻', 面: '面麵', 复: '復複覆', 松: '松鬆', 斗: '斗鬥', 谷: '谷穀',
    历: '歷曆', 范: '範范', 制: '制製', 准: '準准', 冲: '衝沖', 钟: '鐘鍾', 云: '雲云', 获: '獲穫',
    尽: '盡儘', 表: '表錶', 几: '幾几', 汇: '匯彙', 借: '借藉', 了: '了瞭', 划: '劃划', 须: '須鬚',
    郁: '鬱郁', 签: '簽籤', 伙: '夥伙', 致: '致緻', 朴: '樸朴', 采: '採采', 凶: '兇凶', 才: '才纔',
    坛: '壇罈', 游: '遊游', 占: '佔占', 岩: '巖岩', 注: '注註', 布: '布佈', 舍: '舍捨', 脏: '髒臟',
    托: '託托', 扎: '紮扎', 周: '周週', 蒙: '蒙矇濛懞', 卷: '卷捲', 据: '據据', 丑: '醜丑',
  },
  'zh-Hans': {
    乾: '干乾', 著: '着著', 瞭: '了瞭', 藉: '借藉', 覆: '复覆', 徵: '征徵', 餘: '余馀', 於: '于於',
    夥: '伙夥', 鍾: '钟锺', 麼: '么麽', 甦: '苏甦', 蘋: '苹蘋',
  },
};

type Convert = (text: string) => string;
const openccCache = new Map<OpenccConfig, Convert>();

/** The opencc-js converter of one OpenCC config, built on first use and then reused. */
export function getOpenccConverter(config: OpenccConfig): Convert {
  let converter = openccCache.get(config);
  if (!converter) {
    converter = OpenCC.Converter(openccConfigs[config]);
    openccCache.set(config, converter);
  }
  return converter;
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
}

/** A converter into one script that also collects the ambiguous conversions it made. */
export interface VariantConverter {
  to: Script;
  preset: Preset;
  /** Converts text; `line` (the source line) makes its ambiguous conversions part of the list. */
  convert: (text: string, line?: number) => string;
  /** The ambiguous conversions so far, grouped by character and context, in source order. */
  ambiguous: () => AmbiguousConversion[];
}

// Terms, indexed by first character, longest first: the matcher of one direction.
type Matcher = Map<string, { from: string; to: string }[]>;
const matcherCache = new WeakMap<readonly Term[], Record<Script, Matcher>>();

function buildMatcher(pairs: { from: string; to: string }[]): Matcher {
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

function pairsOf(terms: readonly Term[], to: Script): { from: string; to: string }[] {
  return terms.map((t) => (to === 'zh-Hant' ? { from: t.hans, to: t.hant } : { from: t.hant, to: t.hans }));
}

/** The terms matcher of one direction; built once per terms list (once per build). */
function termsMatcher(terms: readonly Term[], to: Script, keep: readonly string[]): Matcher {
  if (keep.length) return buildMatcher([...keep.map((k) => ({ from: k, to: k })), ...pairsOf(terms, to)]);
  let both = matcherCache.get(terms);
  if (!both) {
    both = { 'zh-Hant': buildMatcher(pairsOf(terms, 'zh-Hant')), 'zh-Hans': buildMatcher(pairsOf(terms, 'zh-Hans')) };
    matcherCache.set(terms, both);
  }
  return both[to];
}

const noTerms: readonly Term[] = [];
const han = /\p{Script=Han}/u;
const surrogate = /[\uD800-\uDFFF]/;

/** Builds a converter into `to`: terms first (longest match), OpenCC for the text between them. */
export function createVariantConverter(to: Script, options: VariantOptions = {}): VariantConverter {
  const preset = options.preset ?? defaultPreset;
  const opencc = getOpenccConverter(presetConfigs[preset][to]);
  const matcher = termsMatcher(options.terms ?? noTerms, to, options.keep ?? []);
  const table = ambiguousCharacters[to];
  const found = new Map<string, AmbiguousConversion>();

  const anyAmbiguous = new RegExp(`[${Object.keys(table).join('')}]`);

  // `src` and `out` align character by character: strings when both are free of surrogate pairs
  // (the usual case, no arrays to build), arrays of code points otherwise.
  const note = (src: string | string[], out: string | string[], line: number): void => {
    const cut = (x: string | string[], from: number, until: number): string => (typeof x === 'string' ? x.slice(from, until) : x.slice(from, until).join(''));
    for (let i = 0; i < src.length; i++) {
      const char = src[i]!;
      const candidates = table[char];
      if (!candidates) continue;
      const from = Math.max(0, i - 1);
      const until = Math.min(src.length, i + 2);
      const source = cut(src, from, until);
      const converted = cut(out, from, until);
      const key = `${source}\t${converted}`;
      const seen = found.get(key);
      if (seen) seen.count++;
      else found.set(key, { line, char, to: out[i]!, candidates, source, converted, count: 1 });
    }
  };

  // OpenCC for a run of text without terms; alignment by position needs equal lengths, which
  // character-level configs keep; where vocabulary changes a length, align phrase by phrase.
  const convertRun = (run: string, line: number | undefined): string => {
    const out = opencc(run);
    if (line === undefined || !anyAmbiguous.test(run)) return out;
    const plain = !surrogate.test(run) && !surrogate.test(out);
    const src = plain ? run : [...run];
    const dst = plain ? out : [...out];
    if (src.length === dst.length) note(src, dst, line);
    else {
      for (const piece of run.split(/(?=[^\p{Script=Han}])|(?<=[^\p{Script=Han}])/u)) {
        const a = [...piece];
        const b = [...opencc(piece)];
        if (a.length === b.length) note(a, b, line);
      }
    }
    return out;
  };

  const convertTerms = (text: string, line?: number): string => {
    if (matcher.size === 0) return convertRun(text, line);
    let out = '';
    let start = 0;
    let i = 0;
    while (i < text.length) {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      const hit = han.test(char) ? matcher.get(char)?.find((p) => text.startsWith(p.from, i)) : undefined;
      if (!hit) {
        i += char.length;
        continue;
      }
      if (start < i) out += convertRun(text.slice(start, i), line);
      out += hit.to;
      i += hit.from.length;
      start = i;
    }
    if (start < text.length) out += convertRun(text.slice(start), line);
    return out;
  };

  // Short strings (units, numbers, labels) recur: their conversions are kept. Not with a line:
  // those calls also count ambiguous conversions.
  const memo = new Map<string, string>();
  const convert = (text: string, line?: number): string => {
    if (line !== undefined || text.length > 32) return convertTerms(text, line);
    let out = memo.get(text);
    if (out === undefined) {
      out = convertTerms(text);
      if (memo.size < 20_000) memo.set(text, out);
    }
    return out;
  };

  const ambiguous = (): AmbiguousConversion[] =>
    [...found.values()].sort((a, b) => a.char.localeCompare(b.char) || a.line - b.line);

  return { to, preset, convert, ambiguous };
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
// A character-level fact, so it is computed once per character (one OpenCC call each way) and kept.
const scriptOfChar = new Map<string, 0 | 1 | 2>();

/** Guesses the script from characters that exist only in one of them (first 20,000 characters). */
export function detectScript(text: string): Script {
  const sample = text.slice(0, 20000);
  let hantOnly = 0;
  let hansOnly = 0;
  for (const ch of sample) {
    let which = scriptOfChar.get(ch);
    if (which === undefined) {
      which = !han.test(ch) ? 0 : getOpenccConverter('t2s')(ch) !== ch ? 1 : getOpenccConverter('s2t')(ch) !== ch ? 2 : 0;
      scriptOfChar.set(ch, which);
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
