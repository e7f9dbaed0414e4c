// encoder-replacement: a `?` a GBK writer put where a character it lacks stood (a no-break space, U+00A0, which GBK has no code for:
// Python's encode('gbk', errors='replace'), an export saved as GBK), in a text decoded from GB18030 (decode.ts; a text in UTF-8 or
// UTF-16 could hold the character, so its question marks are its own). One set off from every word by whitespace, a tag's bracket or the
// line's edge (`》 ? ? ? 湖南能源监管办`, `…的通知</strong>?</p>`, `???  政策解读：` opening a line: eval:shapes crlf-gbk of dev 673,
// 674) stood for a space (a character of a word would stand in the word): it is the no-break space again, so the text reads as the
// page did (an indent that opens a paragraph, the gap before a signature), and logged. A question mark in a word, a URL's query
// (`index.html?id=1`), run on to a sentence's last word (`是否同意?`) or a script's ternary (`scrollTop() > 100 ? $(…) : …` in a
// page saved as GBK, dev 278: code on both sides and its `:` after) stays; one a space sets off from its sentence (`怎么办 ?`), or
// between Latin words with no ternary's `:` after it (`010-82992251 ? sunzhonghao@cert.org.cn`, dev 350's contact line as a GBK
// export writes it), cannot be told from a lost space and becomes one (the log shows it).
//   `附件：《某办法》 ? ? 某某局` (gb18030) → `附件：《某办法》 \u00a0 \u00a0 某某局`, `??` logged
import type { CleaningRule } from './types.ts';

/** A run of `?` (spaces between them or not) with whitespace, a tag's `>` or the line's start before it and whitespace, a tag's `<` or the line's end after it. */
const SET_OFF = /(?<![^\s>])\?(?:\s*\?)*(?![^\s<])/gu;
/** Code before and after a run (an ASCII character, no tag's bracket), and after it the ternary's `:`: `100 ? $(…) : $(…)`. A JSON record's `\n` is no code: json-export has read its strings before this rule. */
const CODE_BEFORE = /[!-;=?-~]\s*$/u;
const TERNARY_AFTER = /^\s*[!-;=?-~].*\s:/u;

/** Each set-off `?` of a GB18030 text as the no-break space it stood for; any other text passes as it is. */
export const encoderReplacement: CleaningRule = {
  kind: 'encoder-replacement',
  apply(lines, log) {
    if (log.encoding !== 'gb18030') return lines;
    return lines.map((l) => {
      const raw = l.raw ?? l.text;
      if (!raw.includes('?')) return l;
      const found: string[] = [];
      const restored = raw.replace(SET_OFF, (run, at: number) => {
        // a script's ternary is the script's own `?`; between Latin words with no `:` after, a lost space as among Han text, tags or edges
        if (CODE_BEFORE.test(raw.slice(0, at)) && TERNARY_AFTER.test(raw.slice(at + run.length))) return run;
        found.push(run.replace(/\s/gu, ''));
        return run.replace(/\?/gu, '\u00a0');
      });
      if (found.length === 0) return l;
      log.cleaning.push({
        kind: 'encoder-replacement',
        text: found.join(' '),
        line: l.line,
        note: "a GBK writer's ? for a character it lacked (a no-break space): the space again",
      });
      // no-break spaces that open the line are its indent, as in the page
      return { ...l, text: restored.trim(), ...(l.raw === undefined ? {} : { raw: restored }), indent: l.indent || /^\s/u.test(restored) };
    });
  },
};
