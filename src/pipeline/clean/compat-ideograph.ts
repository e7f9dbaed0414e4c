// compat-ideograph: CJK Compatibility Ideographs (U+F900–FAFF, U+2F800–2FA1F), which PDF text extractions print
// for ordinary characters, become the unified characters they are canonically equivalent to (Unicode's
// decomposition, `normalize('NFC')`), so search, metadata and indicators read 年 and 零 as written.
//   "二〇二三\uF98E" → "二〇二三年", cleaning {kind: 'compat-ideograph', text: '\uF98E', note: 'U+F98E → 年 U+5E74'}
// The twelve unified ideographs of the block (U+FA0E 﨎, U+FA0F, U+FA11 …) have no decomposition and stay.
// Each character is logged once per line (its text holds every occurrence, so nothing is lost).
import { codePointNames, type CleaningRule } from './types.ts';

/** The two CJK Compatibility Ideographs blocks. */
const COMPATIBILITY = /[\u{F900}-\u{FAFF}\u{2F800}-\u{2FA1F}]/gu;

/** The unified character a compatibility ideograph stands for; undefined for one with no canonical decomposition. */
export const unifiedIdeograph = (c: string): string | undefined => {
  const n = c.normalize('NFC');
  return n === c ? undefined : n;
};

/** Replaces compatibility ideographs by their canonical equivalents. */
export const compatIdeograph: CleaningRule = {
  kind: 'compat-ideograph',
  apply(lines, log) {
    return lines.map((l) => {
      const found = l.text.match(COMPATIBILITY)?.filter((c) => unifiedIdeograph(c) !== undefined);
      if (!found?.length) return l;
      const counts = new Map<string, number>();
      for (const c of found) counts.set(c, (counts.get(c) ?? 0) + 1);
      for (const [c, n] of counts) {
        const u = unifiedIdeograph(c)!;
        log.cleaning.push({ kind: 'compat-ideograph', text: c.repeat(n), line: l.line, note: `${n > 1 ? `${n} × ` : ''}${codePointNames(c)} → ${u} ${codePointNames(u)}` });
      }
      const map = (s: string): string => s.replace(COMPATIBILITY, (c) => unifiedIdeograph(c) ?? c);
      return { ...l, text: map(l.text), ...(l.raw === undefined ? {} : { raw: map(l.raw) }) };
    });
  },
};
