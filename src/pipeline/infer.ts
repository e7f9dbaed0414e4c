// infer: sidecar metadata + front matter + what the text says → complete report metadata.
// Precedence, per field: the sidecar (`<name>.meta.yml`) always wins, then the text's front matter,
// then what the text itself shows (labels like 发文字号：, a regulation's history, a dateline or
// signature, the title, the place names).
import type { DocumentKind, DocumentStatus, Period, SourceMeta } from '../schemas/meta.ts';
import { frontMatterKeys, statusWords, stripBookTitleMarks, type FrontMatterMeta } from './front-matter.ts';
import { parseDate } from './dates.ts';
import type { History } from './history.ts';
import { findPlace, inferPlace, withParent } from './places.ts';
import { parseNumeral } from './numerals.ts';

/** Guesses the kind of document from its title and opening text. */
export function inferKind(title: string, text: string): DocumentKind {
  const head = `${title}\n${text.slice(0, 400)}`;
  if (/条例|规定|規定|办法|辦法|法$|基本法|细则|細則/.test(title)) return 'regulation';
  // 规划、纲要 cover several years (a plan); 工作要点、计划、方案 one (a work plan)
  if (/规划|規劃|纲要|綱要/.test(title)) return 'plan';
  if (/工作要点|工作要點|计划|計劃|計畫|实施方案|實施方案|工作方案/.test(title)) return 'work-plan';
  if (/通知|通告|公告/.test(title)) return 'notice';
  if (/政府工作报告|政府工作報告|工作报告|工作報告|工作总结|工作總結/.test(head)) return 'work-report';
  if (/情况的报告|情況的報告|报告|報告/.test(title)) return 'report';
  if (/探索|案例|经验|經驗/.test(head)) return 'case-study';
  if (/会议记录|會議過程|紀錄/.test(head)) return 'record';
  return 'other';
}

/** Five-year plans by number: 一五 1953–1957, 二五 1958–1962, then (after 1963–1965) 三五 1966–1970 … 十四五 2021–2025. */
export function fiveYearPlan(n: number): Period {
  const from = n <= 2 ? 1953 + (n - 1) * 5 : 1966 + (n - 3) * 5;
  return { from, to: from + 4 };
}

/**
 * The years a plan covers: `（2021—2025年）`, `2021-2025年`, `2021年至2025年`, or a five-year plan
 * `“十四五”`; the title first, then the opening text.
 */
export function inferPeriod(title: string, text: string): Period | undefined {
  for (const t of [title, text.slice(0, 400)]) {
    const range = /((?:19|20)\d{2})\s*年?\s*(?:[-—–~～至到]|－)\s*((?:19|20)\d{2})\s*年?/.exec(t);
    if (range && Number(range[2]) > Number(range[1]) && Number(range[2]) - Number(range[1]) <= 30) return { from: Number(range[1]), to: Number(range[2]) };
    const plan = /第([一二三四五六七八九十]{1,3})个五年|([一二三四五六七八九十]{1,3})五(?:[”"」’]|规划|規劃|时期|時期|期间|期間)/.exec(t);
    const n = plan ? parseNumeral(plan[1] ?? plan[2]!) : Number.NaN;
    if (n >= 1 && n <= 30) return fiveYearPlan(n);
  }
  return undefined;
}

/** First four-digit year in the title, else in the opening text. */
export function inferYear(title: string, text: string): number | undefined {
  const m = /(19|20)\d{2}(?=年)/.exec(title) ?? /(19|20)\d{2}(?=年)/.exec(text.slice(0, 400));
  return m ? Number(m[0]) : undefined;
}

/** A status printed after the title: `…的决定（宣告失效）`, `（已废止）`. */
export function titleStatus(title: string): DocumentStatus | undefined {
  const m = /[（(]([^（）()]{2,6})[）)]$/.exec(title.trim());
  return m ? statusWords[m[1]!] : undefined;
}

/** Fields a label line of the text may give (`发文字号：津工信电力〔2021〕3号`), read like front matter keys. */
const labelFields = ['doc_number', 'issuer', 'date', 'status', 'source_url'] as const;
type LabelField = (typeof labelFields)[number];

/** `发文字号：…`, `发布机构：…`, `有效性：有效`, `法规网址：…` lines among the opening paragraphs. */
export function readLabels(paragraphs: readonly string[]): Partial<Record<Exclude<LabelField, 'status'>, string>> & { status?: DocumentStatus } {
  const out: Partial<Record<Exclude<LabelField, 'status'>, string>> & { status?: DocumentStatus } = {};
  for (const text of paragraphs.slice(0, 40)) {
    const m = /^([\p{Script=Han}]{2,6})\s*[：:︰]\s*(\S.{0,120})$/u.exec(text);
    if (!m) continue;
    const key = m[1]!;
    const value = m[2]!.trim();
    for (const field of labelFields) {
      if (out[field] !== undefined || !(frontMatterKeys[field] as readonly string[]).includes(key)) continue;
      if (field === 'date') {
        const date = parseDate(value);
        if (date) out.date = date;
      } else if (field === 'status') {
        if (statusWords[value]) out.status = statusWords[value];
      } else if (field === 'source_url') {
        if (/^https?:\/\/\S+$/.test(value)) out.source_url = value;
      } else out[field] = value;
    }
  }
  return out;
}

/** What the text says about itself, besides the sidecar. */
export interface Evidence {
  title: string;
  body: string;
  /** The body's paragraphs, for label lines. */
  paragraphs: readonly string[];
  frontMatter: FrontMatterMeta | undefined;
  history: History;
  /** Dateline, signature and speaker lines moved out of the body. */
  moved: { issuer?: string; date?: string; speaker?: string };
  subtitle?: string | undefined;
  speaker?: string | undefined;
}

export interface InferredMeta {
  kind: DocumentKind;
  year?: number | undefined;
  period?: Period | undefined;
  region?: string | undefined;
  region_parent?: string | undefined;
  issuer?: string | undefined;
  date?: string | undefined;
  adopted?: string | undefined;
  effective?: string | undefined;
  doc_number?: string | undefined;
  status?: DocumentStatus | undefined;
  source_url?: string | undefined;
  category?: string | undefined;
  level?: string | undefined;
  speaker?: string | undefined;
}

/** Fills what the sidecar leaves open (sidecar, then front matter, then the text). */
export function inferMeta(meta: SourceMeta, ev: Evidence): InferredMeta {
  const fm = ev.frontMatter;
  const labels = readLabels(ev.paragraphs);
  const kind = meta.kind ?? fm?.kind ?? inferKind(ev.title, ev.body);
  const period = meta.period ?? (kind === 'plan' ? inferPeriod(ev.title, ev.body) : undefined);
  const issuer = meta.issuer ?? fm?.issuer ?? labels.issuer ?? ev.moved.issuer;
  const date = meta.date ?? fm?.date ?? ev.history.version?.date ?? labels.date ?? ev.moved.date ?? parseDate(ev.subtitle ?? '');
  const yearOf = (d: string | undefined): number | undefined => (d ? Number(d.slice(0, 4)) : undefined);
  // A date someone gave (sidecar, front matter) dates the text; else a regulation's version, the title, any date found.
  const year =
    meta.year ??
    fm?.year ??
    period?.from ??
    yearOf(meta.date ?? fm?.date) ??
    yearOf(ev.history.version?.date) ??
    inferYear(ev.title, '') ??
    yearOf(date) ??
    inferYear('', ev.body);
  return {
    kind,
    ...defined({
      year,
      period,
      ...regionOf(meta.region ?? fm?.region, meta.region_parent, [ev.title, issuer ?? '', ev.subtitle ?? '', ev.speaker ?? '']),
      issuer,
      date,
      adopted: ev.history.adopted,
      effective: fm?.effective,
      doc_number: meta.doc_number ?? fm?.doc_number ?? labels.doc_number,
      status: meta.status ?? fm?.status ?? labels.status ?? titleStatus(ev.title),
      source_url: meta.source_url ?? fm?.source_url ?? labels.source_url,
      category: fm?.category,
      level: fm?.level,
      speaker: ev.speaker,
    }),
  };
}

/** A given region (parent looked up when not given), else the most specific place the texts name. */
function regionOf(given: string | undefined, parent: string | undefined, texts: string[]): { region?: string | undefined; region_parent?: string | undefined } {
  if (given) {
    const place = findPlace(given);
    return { region: given, region_parent: parent ?? (place ? withParent(place).region_parent : undefined) };
  }
  return inferPlace(texts) ?? {};
}

/** The title as shown: the sidecar's, the front matter's, or the text's title line, without wrapping 《》. */
export function inferTitle(meta: SourceMeta, fm: FrontMatterMeta | undefined, textTitle: string | null, fallback: string): string {
  return meta.title ?? fm?.title ?? (textTitle ? stripBookTitleMarks(textTitle) : fallback);
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
