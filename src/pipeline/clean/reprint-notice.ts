// reprint-notice: `本文转载自…` and share buttons (`分享让更多人看到`) belong to the page, not the
// report; they move to meta.attribution so the credit is kept.
import type { CleaningRule } from './types.ts';

const NOTICE = [
  /^(?:本文)?(?:转载|轉載|转自|轉自)(?:自|于|於)?.{0,60}$/,
  /^(?:文章)?(?:来源|來源|出处|出處)[：:].{0,60}$/,
  /^(?:责任编辑|責任編輯|编辑|編輯)[：:].{0,20}$/,
  /^(?:分享让更多人看到|分享讓更多人看到|分享到[：:]?.{0,20}|点击分享|點擊分享)$/,
  /^.{0,30}其真实性请自行核实。?$/,
];

/** Moves reprint notices and share buttons to meta.attribution. */
export const reprintNotice: CleaningRule = {
  kind: 'reprint-notice',
  apply(lines, log) {
    return lines.filter((l) => {
      if (!l.text || !NOTICE.some((re) => re.test(l.text))) return true;
      log.attribution.push(l.text);
      log.cleaning.push({ kind: 'reprint-notice', text: l.text, line: l.line, note: 'moved to meta.attribution' });
      return false;
    });
  },
};
