// photo-credit: `…打印出“实物”。张全能摄` under a news photo is a caption: kept, but not body text.
import type { CleaningRule } from './types.ts';

/** Ends with a photographer's name and 摄/攝 (optionally in brackets), in a short line. */
const CREDIT = /(?:[。.！!\s]|^)[\p{Script=Han}·]{2,5}\s*[摄攝](?:影)?[)）]?$|[（(](?:记者)?[\p{Script=Han}·]{2,5}\s*[摄攝][)）]$|^(?:图|圖|摄影|攝影)[：:／/]\s*\S{2,12}$/u;

/** Marks photo credits as captions (logged, text kept). */
export const photoCredit: CleaningRule = {
  kind: 'photo-credit',
  apply(lines, log) {
    return lines.map((l) => {
      if (!l.text || l.text.length > 160 || !CREDIT.test(l.text)) return l;
      log.cleaning.push({ kind: 'photo-credit', text: l.text, line: l.line, note: 'kept as a caption' });
      return { ...l, role: 'caption' as const };
    });
  },
};
