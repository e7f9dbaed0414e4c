// pinyin-note: machine-converted text annotates characters with toned pinyin: 續(xù), 產(chǎn).
// Decided by shape, not by a word list: the bracket must hold one toned Hanyu Pinyin syllable and
// follow a Han character. `(HL-2M)`, `(成都)`, `(市)` and toneless Latin stay.
import { HAN } from '../patterns.ts';
import type { CleaningRule } from './types.ts';

const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
/** Initial + final of a Mandarin syllable (tone marks on the vowels). */
const SYLLABLE = new RegExp('^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?' + '(?:[aāáǎàoōóǒòeēéěèiīíǐìuūúǔùüǖǘǚǜvê]{1,3})' + '(?:ng|n|r)?$');
const NOTE = /[(（]\s*([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7})\s*[)）]/g;

/** True for one toned pinyin syllable such as `xù` or `chuàng`. */
export function isTonedSyllable(text: string): boolean {
  return TONED.test(text) && SYLLABLE.test(text);
}

/** Removes pinyin notes after Han characters; each removal is logged with its character. */
export const pinyinNote: CleaningRule = {
  kind: 'pinyin-note',
  apply(lines, log) {
    return lines.map((l) => {
      let changed = false;
      const text = l.text.replace(NOTE, (whole, syllable: string, offset: number) => {
        const before = l.text[offset - 1] ?? '';
        if (!HAN.test(before) || !isTonedSyllable(syllable)) return whole;
        changed = true;
        log.cleaning.push({ kind: 'pinyin-note', text: whole, line: l.line, note: `after ${before}` });
        return '';
      });
      return changed ? { ...l, text } : l;
    });
  },
};
