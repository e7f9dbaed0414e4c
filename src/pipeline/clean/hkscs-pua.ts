// hkscs-pua: Hong Kong characters stored as Private Use Area code points (Big-5-HKSCS era text)
// become the Unicode characters they stand for, from the HKSCS-2008 table (data/hkscs-pua.json).
//   "\uEB7B房" → "劏房", cleaning {kind: 'hkscs-pua', text: '\uEB7B', note: 'U+EB7B → 劏 U+528F (HKSCS Big-5 9BD3)'}
// Each character is logged once per line (its text holds every occurrence, so nothing is lost). A
// PUA character the table does not know stays in the text, with a warning naming the line.
import data from '../data/hkscs-pua.json' with { type: 'json' };
import { HkscsPuaData, type HkscsPuaMapping } from '../../schemas/hkscs.ts';
import { codePointNames, type CleaningRule } from './types.ts';

/** HKSCS characters by their PUA character. */
export const hkscsByPua: ReadonlyMap<string, HkscsPuaMapping> = new Map(HkscsPuaData.parse(data).mappings.map((m) => [String.fromCodePoint(parseInt(m.pua, 16)), m]));

/** Private Use Area characters of any plane (general category Co). */
const PRIVATE_USE = /\p{Co}/gu;

/** Replaces HKSCS PUA characters by their Unicode characters; warns about the PUA characters it cannot map. */
export const hkscsPua: CleaningRule = {
  kind: 'hkscs-pua',
  apply(lines, log) {
    return lines.map((l) => {
      // the first rule: text is raw, trimmed, so both hold the same PUA characters
      const found = l.text.match(PRIVATE_USE);
      if (!found) return l;
      const counts = new Map<string, number>();
      for (const c of found) counts.set(c, (counts.get(c) ?? 0) + 1);
      const unknown: string[] = [];
      for (const [c, n] of counts) {
        const m = hkscsByPua.get(c);
        if (!m) {
          unknown.push(n > 1 ? `${codePointNames(c)} ×${n}` : codePointNames(c));
          continue;
        }
        log.cleaning.push({
          kind: 'hkscs-pua',
          text: c.repeat(n),
          line: l.line,
          note: `${n > 1 ? `${n} × ` : ''}${codePointNames(c)} → ${m.char} ${codePointNames(m.char)} (HKSCS Big-5 ${m.big5})`,
        });
      }
      if (unknown.length > 0) {
        log.warnings.push({
          line: l.line,
          message: `private-use character${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} not in the HKSCS-2008 table, kept as written (most fonts show an empty box)`,
          hint: `replace ${unknown.length > 1 ? 'each' : 'it'} in the source with the character it stands for (look at the text in the font or system it was typed with)`,
        });
      }
      const map = (s: string): string => s.replace(PRIVATE_USE, (c) => hkscsByPua.get(c)?.char ?? c);
      return { ...l, text: map(l.text), ...(l.raw === undefined ? {} : { raw: map(l.raw) }) };
    });
  },
};
