// unchanged: which texts an OpenCC config leaves exactly as they are, known without converting them.
//   tw2s on Simplified text: most paragraphs hold no character any tw2s entry could change, so the
//   indicators' Simplified copy of a Simplified report costs one scan instead of an OpenCC pass.
// Derived from opencc-js's own dictionaries (its `Locale.configs`), so it follows the library.
//
// Why it is exact. A config runs stages one after another (normalisation groups over the whole
// text, then conversion groups over each segment), each a longest-match replacement by a trie. A
// dictionary entry whose value differs from its key can only match where every character of its key
// is present; so if a text holds, for every such entry, none of one chosen character of its key (its
// "trigger"), every match in every stage replaces a string by itself and the output is the input.
// One refinement keeps common characters out of the trigger set: OpenCC's Taiwan tables send some
// characters to a variant that the next stage sends straight back (tw2s: 才 → 纔 → 才, 核 → 覈 → 核).
// Such a character X is not a trigger when its stage has the entry X → Y and every other entry of
// that stage with X in its key either keeps its key or only replaces X by Y; the next stage has
// Y → X, every entry of it with Y in its key only replaces Y by X, and every other one with X keeps
// its key; no entry elsewhere has X as trigger; and Y stays a trigger. In a text without triggers,
// stage s then turns some X into Y and changes nothing else, stage s + 1 turns every Y back into X
// and changes nothing else, and the other stages see the text as it was.
import OpenCC from 'opencc-js';

/** One dictionary entry: the text a trie matches and what it writes for it. */
export type Entry = [key: string, value: string];

interface ConfigShape {
  normalizationChain?: unknown;
  conversionChain?: unknown;
}

/** The dictionary strings of a group (`"key value|key value"`), however deeply nested. */
function dictionaries(group: unknown): string[] {
  if (typeof group === 'string') return [group];
  return Array.isArray(group) ? group.flatMap(dictionaries) : [];
}

// Each dictionary string parsed once per process: the configs share them (STCharacters is in s2t, s2tw, s2hk …), and
// every question asked of a config (unchangedTest, keepsLength, leavesCharacters) reads the same entries.
const parsed = new Map<string, Entry[]>();

/** The entries of one opencc-js dictionary string (`"key value|key value"`), parsed on first use and kept. */
export function dictEntries(dict: string): Entry[] {
  let out = parsed.get(dict);
  if (!out) {
    out = [];
    // `item.split(' ')` for each `dict.split('|')`, by offsets: the key before the first space, the value up to the next
    for (let start = 0; start < dict.length;) {
      let end = dict.indexOf('|', start);
      if (end < 0) end = dict.length;
      const space = dict.indexOf(' ', start);
      if (space > start && space < end) {
        const next = dict.indexOf(' ', space + 1);
        out.push([dict.slice(start, space), dict.slice(space + 1, next < 0 || next > end ? end : next)]);
      }
      start = end + 1;
    }
    parsed.set(dict, out);
  }
  return out;
}

function entries(dicts: string[]): Entry[] {
  return dicts.length === 1 ? dictEntries(dicts[0]!) : dicts.flatMap(dictEntries);
}

function configShape(config: string): ConfigShape | undefined {
  return (OpenCC as unknown as { Locale: { configs: Record<string, ConfigShape> } }).Locale.configs[config];
}

const stagesByShape = new WeakMap<ConfigShape, Entry[][]>();

/** The entries of each stage of a config, in the order opencc-js runs them (normalisation groups, then conversion groups); read once per config. */
function stagesOf(shape: ConfigShape): Entry[][] {
  let stages = stagesByShape.get(shape);
  if (!stages) {
    const groups = [...(Array.isArray(shape.normalizationChain) ? shape.normalizationChain : []), ...(Array.isArray(shape.conversionChain) ? shape.conversionChain : [])];
    stagesByShape.set(shape, (stages = groups.map((g) => entries(dictionaries(g)))));
  }
  return stages;
}

/** For each of `chars`, the entries of `stage` whose key holds it, in the stage's order (`key.includes(char)` for each). */
function holding(stage: Entry[], chars: ReadonlySet<string>): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>([...chars].map((c) => [c, []]));
  const wanted = new Uint8Array(0x10000);
  for (const c of chars) wanted[c.charCodeAt(0)] = 1;
  for (const entry of stage) {
    const key = entry[0];
    for (let i = 0; i < key.length; i++) if (wanted[key.charCodeAt(i)] === 1 && key.indexOf(key[i]!) === i) index.get(key[i]!)!.push(entry);
  }
  return index;
}

const surrogate = /[\uD800-\uDFFF]/;

/** The single characters that the conversion dictionaries of `config` change (hk2t: 衞, 敍, 衹 …). */
export function changedCharacters(config: string): string[] {
  const shape = configShape(config);
  const groups = shape && Array.isArray(shape.conversionChain) ? shape.conversionChain : [];
  const chars = new Set<string>();
  for (const group of groups) for (const [key, value] of entries(dictionaries(group))) if (key !== value && [...key].length === 1) chars.add(key);
  return [...chars];
}

/**
 * Whether `config` leaves every one of `chars` where it is and adds none: no entry of its dictionaries has one of them in
 * its key or its value, so every match replaces a string without them by another without them. A test on those characters
 * then reads the same before and after converting (bareTitleTime tests a paragraph's punctuation before it converts).
 */
export function leavesCharacters(config: string, chars: string): boolean {
  const shape = configShape(config);
  if (!shape) return false;
  const set = [...chars];
  return stagesOf(shape).every((stage) => stage.every(([key, value]) => !set.some((c) => key.includes(c) || value.includes(c))));
}

const lengthKept = new Map<string, boolean>();

/**
 * Whether `config` converts every text without surrogates into one of the same length, character
 * by character: every entry without surrogates has a value as long as its key (not so for `twp`,
 * whose vocabulary replaces words by longer or shorter ones).
 */
export function keepsLength(config: string): boolean {
  let keeps = lengthKept.get(config);
  if (keeps === undefined) {
    const shape = configShape(config);
    keeps = shape !== undefined && stagesOf(shape).every((stage) => stage.every(([key, value]) => key.length === value.length || surrogate.test(key + value)));
    lengthKept.set(config, keeps);
  }
  return keeps;
}

/**
 * Whether `stage` replaces `from` by `to` and nothing else around it: it has the entry from → to,
 * and every entry with `from` in its key replaces those characters by `to` (or, when `keep` is
 * allowed, leaves its key as it is). Returns how many entries change their key, or -1.
 */
function replacesOnly(stage: Entry[], from: string, to: string, keep: boolean): number {
  let changing = 0;
  let single = false;
  for (const [key, value] of stage) {
    if (!key.includes(from)) continue;
    if (key === from && value === to) single = true;
    if (value === key && keep) continue;
    if (value !== key.replaceAll(from, to)) return -1;
    changing++;
  }
  return single ? changing : -1;
}

/** Whether every entry of `stage` with `char` in its key leaves its key as it is. */
function keepsChar(stage: Entry[], char: string): boolean {
  return stage.every(([key, value]) => !key.includes(char) || key === value);
}

/**
 * A test for texts that `config` (an opencc-js config name, e.g. `tw2s`) leaves unchanged; it
 * answers false when it cannot tell. Undefined when opencc-js has no such preset config.
 */
export function unchangedTest(config: string): ((text: string) => boolean) | undefined {
  const shape = configShape(config);
  if (!shape) return undefined;
  const stages = stagesOf(shape);

  const triggerCount = new Map<string, number>();
  for (const stage of stages) {
    for (const [key, value] of stage) {
      const t = triggerOf(key, value);
      if (t !== undefined) triggerCount.set(t, (triggerCount.get(t) ?? 0) + 1);
    }
  }

  // Round trips between adjacent stages (see above): X → Y in stage s and Y → X in stage s + 1.
  // Y must stay a trigger (the proof needs texts without Y), so it is never removed itself.
  const kept = new Set<string>();
  for (let s = 0; s + 1 < stages.length; s++) {
    const pairs = stages[s]!.filter(([x, y]) => x.length === 1 && y.length === 1 && x !== y && triggerCount.has(x) && triggerCount.has(y));
    if (pairs.length === 0) continue;
    // Only the entries whose key holds a pair's character can answer, so only those are read (reading the whole stage for
    // every candidate made s2tw's test half a CPU second of every process's start).
    const here = holding(stages[s]!, new Set(pairs.map(([x]) => x)));
    const next = holding(stages[s + 1]!, new Set(pairs.flat()));
    for (const [x, y] of pairs) {
      if (!triggerCount.has(x) || !triggerCount.has(y) || kept.has(x)) continue;
      if (replacesOnly(here.get(x)!, x, y, true) !== triggerCount.get(x)) continue;
      if (
        replacesOnly(next.get(y)!, y, x, false) < 0 ||
        !keepsChar(
          next.get(x)!.filter(([k]) => !k.includes(y)),
          x,
        )
      )
        continue;
      triggerCount.delete(x);
      kept.add(y);
    }
  }

  return holdsNone(triggerCount.keys());
}

/** The trigger of a changing entry: a character of its key that its value lacks (else its first); undefined for an entry that keeps its key. */
function triggerOf(key: string, value: string): string | undefined {
  if (key === value) return undefined;
  for (const c of key) if (!value.includes(c)) return c;
  return String.fromCodePoint(key.codePointAt(0)!);
}

/** A test for texts that hold none of `triggers`. */
function holdsNone(triggers: Iterable<string>): (text: string) => boolean {
  // One flag per UTF-16 code unit; a character outside the BMP flags its high surrogate.
  const trigger = new Uint8Array(0x10000);
  for (const t of triggers) trigger[t.charCodeAt(0)] = 1;
  // Ideographic description characters make opencc-js step over whole sequences: never fast.
  trigger.fill(1, 0x2ff0, 0x3000);
  return (text: string): boolean => {
    for (let i = 0; i < text.length; i++) if (trigger[text.charCodeAt(i)] === 1) return false;
    return true;
  };
}

/**
 * A test for texts that one stage (one trie of a config: `entries` of its dictionaries) leaves as they are. A changing entry
 * can only match where its trigger is, so in a text without any trigger every match replaces a string by itself; no round
 * trip is needed for this (unchangedTest's refinement is about two stages in a row).
 */
export function stageUnchanged(entries: readonly Entry[]): (text: string) => boolean {
  const triggers = new Set<string>();
  for (const [key, value] of entries) {
    const t = triggerOf(key, value);
    if (t !== undefined) triggers.add(t);
  }
  return holdsNone(triggers);
}
