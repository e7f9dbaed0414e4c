// infer: sidecar metadata + text → complete report metadata (sidecar fields always win).
import type { DocumentKind, SourceMeta } from '../schemas/meta.ts';

/** Guesses the kind of document from its title and opening text. */
export function inferKind(title: string, text: string): DocumentKind {
  const head = `${title}\n${text.slice(0, 400)}`;
  if (/条例|规定|規定|办法|辦法|法$|基本法|细则|細則/.test(title)) return 'regulation';
  if (/工作要点|工作要點|行动计划|行動計畫|实施方案|實施方案|规划|規劃/.test(title)) return 'work-plan';
  if (/通知|通告|公告/.test(title)) return 'notice';
  if (/政府工作报告|政府工作報告|工作报告|工作報告|工作总结|工作總結/.test(head)) return 'work-report';
  if (/情况的报告|情況的報告|报告|報告/.test(title)) return 'report';
  if (/探索|案例|经验|經驗/.test(head)) return 'case-study';
  if (/会议记录|會議過程|紀錄/.test(head)) return 'record';
  return 'other';
}

/** First four-digit year in the title, else in the opening text. */
export function inferYear(title: string, text: string): number | undefined {
  const m = /(19|20)\d{2}(?=年)/.exec(title) ?? /(19|20)\d{2}(?=年)/.exec(text.slice(0, 400));
  return m ? Number(m[0]) : undefined;
}

const REGIONS = /(北京|上海|天津|重庆|重慶|香港|澳门|澳門|台湾|臺灣|[\u4e00-\u9fff]{2,3}?[省市])/;

/** A place name at the start of the title (重庆市… → 重庆). */
export function inferRegion(title: string): string | undefined {
  const m = REGIONS.exec(title);
  if (!m) return undefined;
  return m[1]!.replace(/[省市]$/, '');
}

/** Fills what the sidecar leaves open. */
export function inferMeta(meta: SourceMeta, title: string, text: string) {
  return {
    kind: meta.kind ?? inferKind(title, text),
    year: meta.year ?? inferYear(title, text),
    region: meta.region ?? inferRegion(title),
  };
}
