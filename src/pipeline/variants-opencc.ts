// variants-opencc: one opencc-js config as the library runs it, stage by stage, passing over a stage that cannot change the text.
//   s2tw on 加快建设科技创新中心: normalisation (1,002 entries) and the Taiwan variants (51) hold none of its characters, so only
//   the segmentation and the Simplified → Traditional stage run (opencc-js's Converter runs all four on every text).
// The stages are opencc-js 1.4's own (its `Converter` for a config of `Locale.configs`): each normalisation group over the whole
// text, then the segmentation trie cuts it, then each conversion group converts every segment; the tries are the library's
// public `Trie`, loaded from the entries unchanged.ts parsed (one parse of each dictionary per process, shared with the
// shortcut tests). test/variants-opencc.test.ts holds the result against `OpenCC.Converter` for every config the presets use.
import OpenCC from 'opencc-js';
import { dictEntries, stageUnchanged } from './unchanged.ts';

interface Stage {
  trie: InstanceType<typeof OpenCC.Trie>;
  unchanged: (text: string) => boolean;
}

interface ConfigShape {
  normalizationChain?: unknown;
  segmentation?: unknown;
  conversionChain?: unknown;
}

const isDictGroup = (g: unknown): g is string[] => Array.isArray(g) && g.every((d) => typeof d === 'string');

/** A trie of one dictionary group as `Trie.loadDictGroup` loads it (the last dictionary first, so an earlier one wins a key). */
function trieOf(group: readonly string[]): InstanceType<typeof OpenCC.Trie> {
  const trie = new OpenCC.Trie();
  for (const dict of [...group].reverse()) trie.loadDict(dictEntries(dict));
  return trie;
}

function stageOf(group: readonly string[]): Stage {
  return { trie: trieOf(group), unchanged: stageUnchanged(group.flatMap(dictEntries)) };
}

/**
 * The converter of opencc-js config `config` (`s2tw`, `tw2s` …), giving what `OpenCC.Converter` gives. Undefined when the
 * library has no such config or its shape is not the one read here (then the caller uses `OpenCC.Converter`).
 */
export function stagedOpencc(config: string): ((text: string) => string) | undefined {
  const shape = (OpenCC as unknown as { Locale: { configs: Record<string, ConfigShape> } }).Locale.configs[config];
  if (!shape) return undefined;
  const normalization = shape.normalizationChain ?? [];
  const segmentation = shape.segmentation;
  const chain = shape.conversionChain;
  if (!Array.isArray(normalization) || !normalization.every(isDictGroup) || !Array.isArray(chain) || !chain.every(isDictGroup)) return undefined;
  if (segmentation !== undefined && typeof segmentation !== 'string' && !isDictGroup(segmentation)) return undefined;
  const normalize = normalization.map(stageOf);
  const segmenter = segmentation === undefined ? undefined : trieOf(typeof segmentation === 'string' ? [segmentation] : segmentation);
  const stages = chain.map(stageOf);
  return (text: string): string => {
    let t = text;
    for (const stage of normalize) if (!stage.unchanged(t)) t = stage.trie.convert(t);
    // Segments are cut only for a stage that runs; a stage that runs on none leaves them as they were joined.
    let segments: string[] | undefined;
    for (const stage of stages) {
      if (segments ? segments.every(stage.unchanged) : stage.unchanged(t)) continue;
      segments = (segments ?? (segmenter ? segmenter.segment(t) : [t])).map((s) => stage.trie.convert(s));
    }
    return segments ? segments.join('') : t;
  };
}
