// parse: paragraphs → outline of numbered sections, front matter and body paragraphs.
//   ["一、总体情况", "（一）平台建设。成功召开…"] →
//   headings 一、(l1, ordinal 1) > （一）(l2, ordinal 1, title 平台建设, rest 成功召开…)
import type { Paragraph, ParagraphRole, Warning } from './types.ts';
import type { SectionKind } from '../schemas/report.ts';
import { circledNumber, parseNumeral, toHalfWidthDigits } from './numerals.ts';

const CN = '[零〇一二两三四五六七八九十百千]+';

interface HeadingRule {
  kind: SectionKind;
  /** Matches the number at the start of a line; group 1 is the numeral. */
  pattern: RegExp;
  /** Most characters a stand-alone (not run-in) title may have. */
  maxTitle: number;
}

/** Heading patterns, most specific first (GB/T 9704 levels, law style, inline enumerations). */
export const headingRules: HeadingRule[] = [
  { kind: 'part', pattern: new RegExp(`^第\\s*(${CN}|\\d+)\\s*[编編]\\s*`), maxTitle: 40 },
  { kind: 'chapter', pattern: new RegExp(`^第\\s*(${CN}|\\d+)\\s*章\\s*`), maxTitle: 40 },
  { kind: 'division', pattern: new RegExp(`^第\\s*(${CN}|\\d+)\\s*[节節]\\s*`), maxTitle: 40 },
  { kind: 'article', pattern: new RegExp(`^第\\s*(${CN}|\\d+)\\s*[条條]\\s*`), maxTitle: 0 },
  { kind: 'l1', pattern: new RegExp(`^(${CN})\\s*[、，,]\\s*`), maxTitle: 60 },
  { kind: 'l2', pattern: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*`), maxTitle: 60 },
  { kind: 'l3', pattern: /^(\d{1,3})\s*[.．、](?!\d)\s*/, maxTitle: 60 },
  { kind: 'l4', pattern: /^[（(]\s*(\d{1,3})\s*[）)]\s*/, maxTitle: 60 },
  { kind: 'l5', pattern: /^([\u2460-\u2473])\s*/, maxTitle: 60 },
  { kind: 'enum', pattern: new RegExp(`^(${CN})是`), maxTitle: 0 },
];

export interface RawHeading {
  kind: SectionKind;
  number: string;
  ordinal: number;
  title: string;
  rest: string;
}

/** Recognises a numbered heading at the start of a paragraph; null for plain text. */
export function matchHeading(text: string): RawHeading | null {
  const probe = toHalfWidthDigits(text);
  for (const rule of headingRules) {
    const m = rule.pattern.exec(probe);
    if (!m) continue;
    const numeral = m[1]!;
    const ordinal = rule.kind === 'l5' ? circledNumber(numeral) : parseNumeral(numeral);
    if (!Number.isFinite(ordinal) || ordinal <= 0) continue;
    const number = text.slice(0, m[0].length).trimEnd();
    const after = text.slice(m[0].length);
    if (rule.kind !== 'enum' && after.trim() === '') continue;
    const { title, rest } = splitTitle(after, rule);
    return { kind: rule.kind, number, ordinal, title, rest };
  }
  return null;
}

/** A run-in heading's title is its first sentence; the rest is body text. */
function splitTitle(after: string, rule: HeadingRule): { title: string; rest: string } {
  if (rule.kind === 'article') return { title: '', rest: after.trim() };
  const stop = rule.kind === 'enum' ? /[。；;，,：:！？]/ : /[。；;！？]/;
  const m = stop.exec(after);
  if (!m) return { title: after.trim(), rest: '' };
  const title = after.slice(0, m.index).trim();
  const rest = after.slice(m.index + 1).trim();
  if (rule.kind === 'enum') return { title, rest: after.slice(m.index).replace(/^[，,：:]/, '').trim() };
  return { title, rest };
}

/** A heading before ids are assigned: parent is an index into the heading list. */
export interface OutlineNode extends RawHeading {
  level: number;
  parent: number | null;
  line: number;
}

export interface ParsedItem {
  type: 'heading' | 'paragraph';
  line: number;
  /** Index into `nodes` for headings; enclosing heading index (or null) for paragraphs. */
  node: number | null;
  role: ParagraphRole;
  text: string;
}

export interface ParsedDocument {
  title: string | null;
  subtitle?: string;
  speaker?: string;
  nodes: OutlineNode[];
  items: ParsedItem[];
  warnings: Warning[];
}

const LAW_KINDS: SectionKind[] = ['part', 'chapter', 'division'];

/** Builds the outline: headings nest by the order their kinds first appear (a stack). */
export function parseOutline(paragraphs: Paragraph[]): ParsedDocument {
  const nodes: OutlineNode[] = [];
  const items: ParsedItem[] = [];
  const warnings: Warning[] = [];
  const stack: number[] = [];
  let title: string | null = null;
  let subtitle: string | undefined;
  let speaker: string | undefined;
  let seenHeading = false;

  const current = (): number | null => (stack.length ? stack[stack.length - 1]! : null);

  paragraphs.forEach((p, index) => {
    if (!seenHeading) {
      const role = frontRole(p, index, title !== null);
      if (role) {
        if (role === 'title' && title === null) title = p.text.replace(/^#+\s*/, '');
        if (role === 'subtitle') subtitle = p.text;
        if (role === 'speaker') speaker = p.text;
        items.push({ type: 'paragraph', line: p.line, node: null, role, text: p.text });
        return;
      }
    }
    if (/^以上报告[，,]?\s*请予审议/.test(p.text) || /^以上報告[，,]?\s*請予審議/.test(p.text)) {
      items.push({ type: 'paragraph', line: p.line, node: current(), role: 'closing', text: p.text });
      return;
    }
    const heading = p.role === 'markdown-heading' ? mdHeading(p) : matchHeading(p.text);
    if (heading && fitsOutline(heading, nodes, stack)) {
      // Articles are flat inside their chapter; （一） inside an article is an item.
      let kind = heading.kind;
      const parentNode = current() === null ? null : nodes[current()!]!;
      if (kind === 'l2' && parentNode && (parentNode.kind === 'article' || parentNode.kind === 'item')) kind = 'item';
      while (stack.length) {
        const top = nodes[stack[stack.length - 1]!]!;
        if (top.kind === kind) {
          stack.pop();
          break;
        }
        if (kind === 'article' && !LAW_KINDS.includes(top.kind)) {
          stack.pop();
          continue;
        }
        if (LAW_KINDS.includes(kind) && LAW_KINDS.indexOf(top.kind) >= LAW_KINDS.indexOf(kind)) {
          stack.pop();
          continue;
        }
        if (LAW_KINDS.includes(kind) && !LAW_KINDS.includes(top.kind)) {
          stack.pop();
          continue;
        }
        if (stackHasKind(nodes, stack, kind)) {
          stack.pop();
          continue;
        }
        break;
      }
      const parent = current();
      const previous = lastSibling(nodes, parent, kind);
      if (previous && heading.ordinal !== previous.ordinal + 1) {
        warnings.push({
          line: p.line,
          message: `numbering jumps from ${previous.number} to ${heading.number}`,
          hint: 'check for a missing or duplicated heading in the source',
        });
      }
      const node: OutlineNode = { ...heading, kind, level: stack.length + 1, parent, line: p.line };
      nodes.push(node);
      stack.push(nodes.length - 1);
      seenHeading = true;
      items.push({ type: 'heading', line: p.line, node: nodes.length - 1, role: 'body', text: p.text });
      return;
    }
    const role: ParagraphRole = p.role === 'caption' ? 'caption' : 'body';
    items.push({ type: 'paragraph', line: p.line, node: current(), role, text: p.text });
  });
  return { title, subtitle, speaker, nodes, items, warnings };
}

function mdHeading(p: Paragraph): RawHeading | null {
  const text = p.text;
  const numbered = matchHeading(text);
  if (numbered) return numbered;
  return { kind: 'heading', number: '', ordinal: 0, title: text, rest: '' };
}

function stackHasKind(nodes: OutlineNode[], stack: number[], kind: SectionKind): boolean {
  return stack.some((i) => nodes[i]!.kind === kind);
}

function lastSibling(nodes: OutlineNode[], parent: number | null, kind: SectionKind): OutlineNode | undefined {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (n.parent === parent && n.kind === kind) return n;
    if (parent !== null && i <= parent) break;
  }
  return undefined;
}

/**
 * A numbered line only opens a section when it continues a sequence already open
 * (next ordinal of the same kind) or starts a new deeper one at 1; anything else is a list item.
 */
function fitsOutline(h: RawHeading, nodes: OutlineNode[], stack: number[]): boolean {
  if (h.kind === 'heading' || h.kind === 'article' || LAW_KINDS.includes(h.kind)) return true;
  if (h.kind !== 'enum' && h.rest === '' && h.title.length > 80) return false;
  const open = stack.map((i) => nodes[i]!).filter((n) => n.kind === h.kind || (h.kind === 'l2' && n.kind === 'item'));
  if (open.length) {
    const last = open[open.length - 1]!;
    // A restart at 1 inside a deeper level is a new list, not a sibling.
    return h.ordinal === last.ordinal + 1 || h.ordinal === 1 || h.ordinal === last.ordinal + 2;
  }
  // Some plans number measures continuously across parts (1.–6. under 一、, 7. under 二、).
  const earlier = [...nodes].reverse().find((n) => n.kind === h.kind);
  if (earlier && h.ordinal === earlier.ordinal + 1) return true;
  return h.ordinal === 1 || h.ordinal === 2 || nodes.length === 0;
}

function frontRole(p: Paragraph, index: number, haveTitle: boolean): ParagraphRole | null {
  const t = p.text;
  if (/^[—–-]{2}/.test(t)) return 'subtitle';
  if (/[:：]$/.test(t) && t.length <= 40 && /各位|代表|委员|委員|同志|主任/.test(t)) return 'salutation';
  if (matchHeading(t)) return null;
  if (!haveTitle && index <= 1 && t.length <= 60 && !/[。]/.test(t.slice(0, -1))) return 'title';
  if (haveTitle && index <= 4 && t.length <= 30 && /\s/.test(t) && !/[。，,]/.test(t)) return 'speaker';
  return null;
}
