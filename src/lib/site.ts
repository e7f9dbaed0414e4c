// Languages, URLs and UI strings of the site.
import type { DocumentKind, DocumentStatus, Script } from '../schemas/meta.ts';

export type Lang = 'zh-hans' | 'zh-hant';
export const langs: Lang[] = ['zh-hans', 'zh-hant'];

export const scriptOf = (lang: Lang): Script => (lang === 'zh-hans' ? 'zh-Hans' : 'zh-Hant');
export const langOf = (script: Script): Lang => (script === 'zh-Hans' ? 'zh-hans' : 'zh-hant');
export const otherLang = (lang: Lang): Lang => (lang === 'zh-hans' ? 'zh-hant' : 'zh-hans');

/** A site path under the configured base: url('/zh-hans/x/') → '/repo/zh-hans/x/'. */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

const kindLabels: Record<DocumentKind, [string, string]> = {
  'work-report': ['工作报告', '工作報告'],
  plan: ['规划', '規劃'],
  'work-plan': ['工作要点', '工作要點'],
  'case-study': ['改革案例', '改革案例'],
  regulation: ['法规', '法規'],
  notice: ['通知', '通知'],
  report: ['情况报告', '情況報告'],
  news: ['新闻报道', '新聞報導'],
  record: ['会议记录', '會議紀錄'],
  other: ['其他', '其他'],
};

const statusLabels: Record<DocumentStatus, [string, string]> = {
  'in-force': ['有效', '有效'],
  amended: ['已修改', '已修改'],
  repealed: ['已废止', '已廢止'],
  expired: ['已失效', '已失效'],
  'not-yet-in-force': ['尚未生效', '尚未生效'],
};

/** Label of a document status in the page's script. */
export const statusLabel = (status: DocumentStatus, lang: Lang): string => statusLabels[status][lang === 'zh-hans' ? 0 : 1];

/** 2021-03-05 → 2021年3月5日 (YYYY-MM → 2021年3月; the same in both scripts). */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** Label of a kind of document in the page's script. */
export const kindLabel = (kind: DocumentKind, lang: Lang): string => kindLabels[kind][lang === 'zh-hans' ? 0 : 1];

const strings = {
  siteName: ['报告', '報告'],
  tagline: ['中国科技政策与工作报告，全文可检索，每一项措施都可直接链接', '中國科技政策與工作報告，全文可檢索，每一項措施都可直接連結'],
  reports: ['报告', '報告'],
  search: ['搜索', '搜尋'],
  searchPlaceholder: ['搜索报告全文', '搜尋報告全文'],
  indicators: ['指标', '指標'],
  region: ['地区', '地區'],
  year: ['年份', '年份'],
  kind: ['类型', '類型'],
  issuer: ['发布机关', '發布機關'],
  speaker: ['报告人', '報告人'],
  date: ['日期', '日期'],
  adopted: ['通过日期', '通過日期'],
  docNumber: ['文号', '文號'],
  status: ['状态', '狀態'],
  originalScript: ['原文字体', '原文字體'],
  simplified: ['简体', '簡體'],
  traditional: ['繁体', '繁體'],
  switchTo: ['繁體', '简体'],
  contents: ['目录', '目錄'],
  copyLink: ['复制链接', '複製連結'],
  copied: ['已复制', '已複製'],
  paraLink: ['复制本段链接', '複製本段連結'],
  prevSection: ['上一节', '上一節'],
  nextSection: ['下一节', '下一節'],
  searchNeedsJs: ['搜索需要启用 JavaScript。不启用时，可以从报告列表浏览全部报告。', '搜尋需要啟用 JavaScript。不啟用時，可以從報告列表瀏覽全部報告。'],
  allReports: ['浏览报告列表', '瀏覽報告列表'],
  download: ['下载原文', '下載原文'],
  sourceLink: ['原文出处', '原文出處'],
  cleaning: ['整理说明', '整理說明'],
  cleaningIntro: ['以下内容在整理时被删除或移动，原文可下载核对。', '以下內容在整理時被刪除或移動，原文可下載核對。'],
  line: ['行', '行'],
  skip: ['跳到正文', '跳到正文'],
  all: ['全部', '全部'],
  notFound: ['找不到这个页面', '找不到這個頁面'],
  home: ['首页', '首頁'],
  keyFigures: ['主要指标', '主要指標'],
  grew: [' 增长', ' 增長'],
  fell: [' 下降', ' 下降'],
  convertedNote: ['本页由原文自动转换字体生成', '本頁由原文自動轉換字體生成'],
  theme: ['深色模式', '深色模式'],
  seeAlso: ['参见', '參見'],
  citedBy: ['被引用', '被引用'],
  citedByIntro: ['本站以下报告引用了本文：', '本站以下報告引用了本文：'],
  cite: ['引用', '引用'],
  citeTitle: ['引用本文', '引用本文'],
  citeSection: ['引用本节', '引用本節'],
  citeGb: ['GB/T 7714—2015', 'GB/T 7714—2015'],
  copy: ['复制', '複製'],
  close: ['关闭', '關閉'],
  shortId: ['本站编号', '本站編號'],
  targetActual: ['目标与实绩', '目標與實績'],
  targetActualIntro: ['本站报告中同一地区、指标和时期的目标与实际对照：', '本站報告中同一地區、指標和時期的目標與實際對照：'],
  pairMetric: ['指标', '指標'],
  pairPeriod: ['时期', '時期'],
  pairTarget: ['目标', '目標'],
  pairActual: ['实绩', '實績'],
  pairOutcome: ['结果', '結果'],
  met: ['达成', '達成'],
  partlyMet: ['部分达成', '部分達成'],
  notMet: ['未达成', '未達成'],
} as const;

export type StringKey = keyof typeof strings;

/** A UI string in the page's script. */
export const t = (key: StringKey, lang: Lang): string => strings[key][lang === 'zh-hans' ? 0 : 1];
