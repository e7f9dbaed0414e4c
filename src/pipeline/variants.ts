// variants: text in one script → the other, with opencc-js (converters built once).
//   convertText('研发投入', 'zh-Hant') → '研發投入'; '人工智能' stays '人工智能' (no regional vocabulary)
import OpenCC from 'opencc-js';
import type { Script } from '../schemas/meta.ts';

/** OpenCC presets for the Traditional side: `tw` (default), `hk`, `t`, `twp` (with Taiwan vocabulary). */
export const presets = ['tw', 'hk', 't', 'twp'] as const;
export type Preset = (typeof presets)[number];

type Convert = (text: string) => string;
const cache = new Map<string, Convert>();

/** Returns a cached converter from one script to the other. */
export function getConverter(to: Script, preset: Preset = 'tw'): Convert {
  const key = `${to}:${preset}`;
  let converter = cache.get(key);
  if (!converter) {
    converter =
      to === 'zh-Hant'
        ? OpenCC.Converter({ from: 'cn', to: preset })
        : OpenCC.Converter({ from: preset === 'twp' ? 'twp' : preset === 'hk' ? 'hk' : 'tw', to: 'cn' });
    cache.set(key, converter);
  }
  return converter;
}

/** Converts text into the target script. */
export function convertText(text: string, to: Script, preset: Preset = 'tw'): string {
  return getConverter(to, preset)(text);
}

/** Guesses the script from characters that exist only in one of them. */
export function detectScript(text: string): Script {
  const sample = text.slice(0, 20000);
  const toHans = getConverter('zh-Hans');
  const toHant = getConverter('zh-Hant');
  let hantOnly = 0;
  let hansOnly = 0;
  for (const ch of sample) {
    if (ch < '\u4e00' || ch > '\u9fff') continue;
    if (toHans(ch) !== ch) hantOnly++;
    else if (toHant(ch) !== ch) hansOnly++;
  }
  return hantOnly > hansOnly ? 'zh-Hant' : 'zh-Hans';
}

/** The other script. */
export function otherScript(script: Script): Script {
  return script === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans';
}
