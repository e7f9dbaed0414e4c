// image-placeholder: scraped pages leave `图片 2` or `[图片]` where a picture was.
import type { CleaningRule } from './types.ts';

const PLACEHOLDER = /^(?:\[?(?:图片|圖片|图像|圖像|image|img|photo)\]?\s*\d{0,3}|【(?:图片|圖片)\s*\d{0,3}】)$/i;

/** Removes lines that only mark a lost image. */
export const imagePlaceholder: CleaningRule = {
  kind: 'image-placeholder',
  apply(lines, log) {
    return lines.filter((l) => {
      if (!PLACEHOLDER.test(l.text)) return true;
      log.cleaning.push({ kind: 'image-placeholder', text: l.text, line: l.line });
      return false;
    });
  },
};
