// web-nav: text scraped from a web page keeps the site's chrome: title bar, language switch,
// breadcrumbs (`政务公开 > 政策法规 > 委局文件`, an arrow a line, or `首页 > 数据解读 > 统计公报` on one), related-link bars and the footer (often twice).
import type { CleaningRule, SourceLine } from './types.ts';

/** Whole lines that are site controls, never report text. */
const CONTROLS = new Set([
  '简体',
  '繁体',
  '繁體',
  '简',
  '繁',
  '无障碍',
  '無障礙',
  '长者模式',
  '長者模式',
  '关怀版',
  '關懷版',
  '网站地图',
  '網站地圖',
  '联系我们',
  '聯繫我們',
  '首页',
  '首頁',
  '返回顶部',
  '返回頂部',
  '打印本页',
  '打印本頁',
  '关闭窗口',
  '關閉窗口',
  '【打印】',
  '【关闭】',
  '分享到：',
  '|',
  '｜',
  '>',
  '›',
  '»',
  '字号：大中小',
  '【字体：大 中 小】',
  '【大中小】',
  '【大 中 小】',
  '分享：',
  '扫一扫在手机打开当前页',
  // a page's tool bar, one button a line: 下载 / 打印 / 全屏 / 收藏 / 【字号： 加大 还原 减小 】
  '下载',
  '下載',
  '打印',
  '全屏',
  '收藏',
  '分享',
  // a font-size control, one part a line: Aa / 字体： / 小 / | / 中 / | / 大
  'Aa',
  '字体：',
  '字體：',
  '字体大小：',
  '字體大小：',
  '字号：',
  '字號：',
  '【字号：',
  '【字號：',
  '【字体：',
  '【字體：',
  '】',
]);

/** Footer and header lines recognised by what they say (only short lines). */
const CHROME = [
  /版权所有|版權所有|ICP备|ICP備|公网安备|公網安備|网站标识码|網站標識碼|网站识别码/,
  /^(?:主办|主辦|承办|承辦|技术支持|技術支持)(?:单位|單位)?[：:]/,
  /浏览器|瀏覽器/,
  /^(?:编辑部|網站)?(?:客服)?信箱/,
  /^当前位置[：:]|^您的位置[：:]|^當前位置[：:]/,
  /^(?:网站)?首[页頁]\s*(?:[>›»＞/／]|&gt;)/, // a breadcrumb on one line from the home page: `首页 > 数据解读 > 统计公报` (dev 290), `首页 / 数据开放 / 统计公报` (dev 426)
  /^(?:访问量|訪問量|浏览量|瀏覽量|阅读量|閱讀量|点击量|點擊量|浏览次数|瀏覽次數)[：:]\s*\d*$/, // a page's counter, with its count or without (dev 426, 357)
  /^\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]$/,
  /^[|｜]\s*(?=[^|｜]*\p{L})[^\s|｜]{2,10}$/u, // `| 政策解读`: one link after a bar, never a table row like `|---|---|`
];

const BREADCRUMB = /^[>›»]$/;
/** A breadcrumb item with its arrow after it, an item a line (`新闻中心>`, dev 382). */
const TRAILING_ARROW = /^(?=[^>›»＞]*\p{L})[^，。；：！？,.;:!?\d<>›»＞/]{1,12}\s*[>›»＞]$/u;
/** The last item of a breadcrumb, the page itself, as a template names it (`首页> 新闻中心> 正文`). */
const CRUMB_LEAVES = new Set(['正文', '详情', '詳情', '内容', '內容', '正文内容', '详细内容', '詳細內容']);
const MAX_MENU_RUN = 3;
const SHORT_ITEM = /^[^，。；：！？,.;:!?\d]{1,12}$/;

/** Removes site chrome lines; short items between breadcrumb arrows go with them. */
export const webNav: CleaningRule = {
  kind: 'web-nav',
  apply(lines, log) {
    const nav = new Array<string | undefined>(lines.length);
    lines.forEach((l, i) => {
      if (!l.text) return;
      if (CONTROLS.has(l.text)) nav[i] = 'site control';
      else if (l.text.length <= 60 && CHROME.some((re) => re.test(l.text))) nav[i] = 'site header or footer';
    });
    markPageTitle(lines, nav);
    // a breadcrumb an item a line, each with its arrow after it (`首页>` / `新闻中心>`), and the page's own item after the last (`正文`):
    // a run that starts at the page's chrome (首页>, 当前位置：), not a text's own steps (`提交申请 >` / `窗口受理 >` under a sentence)
    lines.forEach((l, i) => {
      if (!TRAILING_ARROW.test(l.text)) return;
      const before = nearest(lines, i, -1);
      if (!nav[i] && (before === -1 || !nav[before])) return;
      nav[i] ??= 'breadcrumb';
      const next = nearest(lines, i, 1);
      if (next !== -1 && CRUMB_LEAVES.has(lines[next]!.text)) nav[next] ??= 'breadcrumb';
    });
    // breadcrumb items: the short lines on both sides of an arrow line
    lines.forEach((l, i) => {
      if (!BREADCRUMB.test(l.text)) return;
      for (const j of [i - 1, i + 1]) if (lines[j] && SHORT_ITEM.test(lines[j]!.text)) nav[j] ??= 'breadcrumb';
    });
    // up to three short lines sandwiched between chrome lines are chrome too (the site name, a menu
    // entry, the 加大 还原 减小 of a font-size control)
    lines.forEach((l, i) => {
      if (nav[i] || !SHORT_ITEM.test(l.text)) return;
      const before = nearest(lines, i, -1);
      if (before === -1 || !nav[before]) return;
      const run = [i];
      let after = nearest(lines, i, 1);
      while (after !== -1 && !nav[after] && SHORT_ITEM.test(lines[after]!.text) && run.length < MAX_MENU_RUN) {
        run.push(after);
        after = nearest(lines, after, 1);
      }
      if (after !== -1 && nav[after]) for (const j of run) nav[j] = 'site menu';
    });
    if (!nav.some(Boolean)) return lines;
    const out: SourceLine[] = [];
    lines.forEach((l, i) => {
      if (nav[i]) log.cleaning.push({ kind: 'web-nav', text: l.text, line: l.line, note: nav[i] });
      else out.push(l);
    });
    return out;
  },
};

/** `标题_栏目_网站` in the first lines is the browser title bar when the title itself follows. */
function markPageTitle(lines: SourceLine[], nav: (string | undefined)[]): void {
  const texts = new Set(lines.map((l) => l.text));
  for (let i = 0; i < Math.min(3, lines.length); i++) {
    const m = /^(.{6,}?)(?:[_｜|]\s*[^_｜|\s]{2,12}){1,3}$/.exec(lines[i]!.text);
    if (m && texts.has(m[1]!.trim())) nav[i] = 'page title bar';
  }
}

function nearest(lines: SourceLine[], i: number, step: number): number {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.text) return j;
  return -1;
}
