// docx: a Word document (.docx, Office Open XML) → the text of its body, a line per paragraph, as a
// reader of the document sees it. decode.ts calls it for a file whose bytes are a ZIP archive.
//   <w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p>        → 一、总体要求
//   automatic numbering (numbering.xml, %1、 chineseCounting) → 一、 before the paragraph's text
//   a table                                              → | 指标 | 单位 | 目标值 |, a line per row
//   footnotes (footnotes.xml)                            → 注1：… after the body
// Nothing of the XML becomes markup: only the characters of text nodes are kept.
import { unzipSync } from 'fflate';
import { fromXml } from 'xast-util-from-xml';
import type { Element, Nodes } from 'xast';
import { rowText } from './clean/tables.ts';
import { chineseNumeral, circledNumeral, toFullWidthDigits } from './numerals.ts';
import { SourceError } from './errors.ts';

/** A ZIP archive (a .docx is one) starts with a local file header. */
export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const parts = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footnotes.xml'];

/** The text of a .docx's body, paragraph by paragraph; a SourceError for an archive that is not a readable Word document. */
export function docxText(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => parts.includes(f.name) });
  } catch (error) {
    throw new SourceError(`a ZIP archive that cannot be read (${(error as Error).message})`, 'save the document again as .docx (Word or LibreOffice), or as .txt');
  }
  const document = files['word/document.xml'];
  if (!document) throw new SourceError('a ZIP archive without word/document.xml: not a Word document', 'save the document as .docx (Word or LibreOffice) or as .txt');
  const xml = (name: string): Element | undefined => {
    const data = files[name];
    if (!data) return undefined;
    try {
      return fromXml(new TextDecoder('utf-8').decode(data)).children.find((c): c is Element => c.type === 'element');
    } catch (error) {
      throw new SourceError(`${name} of the document is not well-formed XML (${(error as Error).message})`, 'open the document in Word or LibreOffice and save it again');
    }
  };
  const numbering = new Numbering(xml('word/numbering.xml'), xml('word/styles.xml'));
  const lines: string[] = [];
  const body = child(xml('word/document.xml'), 'w:body');
  if (body) blocks(body, lines, numbering);
  const notes = xml('word/footnotes.xml');
  let n = 0;
  for (const note of notes ? elements(notes, 'w:footnote') : []) {
    // the separators (w:type separator, continuationSeparator) are lines, not notes
    if (attr(note, 'w:type') && attr(note, 'w:type') !== 'normal') continue;
    const text: string[] = [];
    blocks(note, text, numbering);
    const joined = text
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join('');
    if (joined !== '') lines.push(`注${++n}：${joined}`);
  }
  return lines.join('\n');
}

const elements = (el: Element, name: string): Element[] => el.children.filter((c): c is Element => c.type === 'element' && c.name === name);
const child = (el: Element | undefined, name: string): Element | undefined => (el ? elements(el, name)[0] : undefined);
const attr = (el: Element | undefined, name: string): string | undefined => el?.attributes[name] ?? undefined;

/** Paragraphs, tables and content controls of a body (or a cell, a note): a line each (a table a line per row). */
function blocks(parent: Element, out: string[], numbering: Numbering): void {
  for (const el of parent.children) {
    if (el.type !== 'element') continue;
    if (el.name === 'w:p') out.push(numbering.label(el) + runs(el, numbering));
    else if (el.name === 'w:tbl') out.push(...tableRows(el, numbering));
    else if (el.name === 'w:sdt') {
      const content = child(el, 'w:sdtContent');
      if (content) blocks(content, out, numbering);
    } else if (el.name === 'w:customXml' || el.name === 'w:ins' || el.name === 'w:smartTag') blocks(el, out, numbering);
  }
}

/** Elements whose text is no part of what a reader sees: properties, deleted text, field codes, a drawing's alternative form. */
const unseen = new Set(['w:pPr', 'w:rPr', 'w:tblPr', 'w:tcPr', 'w:trPr', 'w:sectPr', 'w:del', 'w:delText', 'w:instrText', 'w:moveFrom', 'mc:Fallback']);

/** The text of a paragraph's runs: w:t, tabs, line breaks; a text box's paragraphs on lines of their own. */
function runs(p: Element, numbering: Numbering): string {
  let text = '';
  const walk = (node: Nodes): void => {
    if (node.type !== 'element') return;
    if (unseen.has(node.name)) return;
    switch (node.name) {
      case 'w:t':
        for (const c of node.children) if (c.type === 'text') text += c.value;
        return;
      case 'w:tab':
        text += '\t';
        return;
      case 'w:br':
      case 'w:cr':
        text += '\n';
        return;
      case 'w:noBreakHyphen':
        text += '-';
        return;
      case 'w:txbxContent': {
        const lines: string[] = [];
        blocks(node, lines, numbering);
        text += `\n${lines.join('\n')}\n`;
        return;
      }
    }
    for (const c of node.children) walk(c);
  };
  for (const c of p.children) walk(c);
  return text;
}

/** A table's rows as Markdown table lines (`| a | b |`, a cell's own bar escaped, `b\|c`: tables.ts rowText), which the cleaning stage rebuilds as a table; a merged cell spans its columns with empty cells. */
function tableRows(table: Element, numbering: Numbering): string[] {
  const rows: string[] = [];
  for (const tr of elements(table, 'w:tr')) {
    const cells: string[] = [];
    for (const tc of elements(tr, 'w:tc')) {
      const lines: string[] = [];
      blocks(tc, lines, numbering);
      cells.push(
        lines
          .map((l) => l.replace(/\s+/g, ' ').trim())
          .filter((l) => l !== '')
          .join(' '),
      );
      const span = Number(attr(child(child(tc, 'w:tcPr'), 'w:gridSpan'), 'w:val') ?? 1);
      for (let i = 1; i < span; i++) cells.push('');
    }
    rows.push(rowText(cells));
  }
  return rows;
}

interface Level {
  format: string;
  text: string;
  start: number;
  suffix: string;
}

/**
 * Word's automatic numbering: a paragraph's w:numPr (or its style's) names a list (numId) and a level
 * (ilvl); the list's abstract definition gives each level's format (decimal, chineseCounting …), its
 * text (`%1、`, `（%2）`) and start. Counters are kept per abstract definition as Word does: lists that share
 * one count on from each other (a list continued after a table or a heading of another style), unless a list
 * overrides a level's start (`w:startOverride`, Word's 重新开始于一), which restarts it where that list is first
 * used; a level's counter restarts when a higher level counts on.
 */
class Numbering {
  private readonly lists = new Map<string, { abstractId: string; levels: Map<number, Level>; starts: Map<number, number> }>();
  private readonly styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  private readonly counters = new Map<string, number[]>();
  /** The lists (numIds) already used: a start override restarts its levels at a list's first paragraph only. */
  private readonly used = new Set<string>();

  constructor(numbering: Element | undefined, styles: Element | undefined) {
    const abstract = new Map<string, Map<number, Level>>();
    for (const a of numbering ? elements(numbering, 'w:abstractNum') : []) {
      const levels = new Map<number, Level>();
      for (const lvl of elements(a, 'w:lvl')) {
        const val = (name: string): string | undefined => attr(child(lvl, name), 'w:val');
        levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), {
          format: val('w:numFmt') ?? 'decimal',
          text: val('w:lvlText') ?? '',
          start: Number(val('w:start') ?? 1),
          suffix: val('w:suff') ?? 'tab',
        });
      }
      abstract.set(attr(a, 'w:abstractNumId') ?? '', levels);
    }
    for (const num of numbering ? elements(numbering, 'w:num') : []) {
      const abstractId = attr(child(num, 'w:abstractNumId'), 'w:val') ?? '';
      const levels = abstract.get(abstractId);
      if (!levels) continue;
      const starts = new Map<number, number>();
      for (const o of elements(num, 'w:lvlOverride')) {
        const start = attr(child(o, 'w:startOverride'), 'w:val');
        if (start !== undefined) starts.set(Number(attr(o, 'w:ilvl') ?? 0), Number(start));
      }
      this.lists.set(attr(num, 'w:numId') ?? '', { abstractId, levels, starts });
    }
    for (const s of styles ? elements(styles, 'w:style') : []) {
      const numPr = child(child(s, 'w:pPr'), 'w:numPr');
      const ilvl = attr(child(numPr, 'w:ilvl'), 'w:val');
      const numId = attr(child(numPr, 'w:numId'), 'w:val');
      const basedOn = attr(child(s, 'w:basedOn'), 'w:val');
      this.styles.set(attr(s, 'w:styleId') ?? '', { ...(numId !== undefined && { numId }), ...(ilvl !== undefined && { ilvl: Number(ilvl) }), ...(basedOn && { basedOn }) });
    }
  }

  /** The number Word shows before a paragraph (`一、`, `（二）`, `3.`), or '' when it is not numbered. */
  label(p: Element): string {
    const pPr = child(p, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    let numId = attr(child(numPr, 'w:numId'), 'w:val');
    let ilvl = attr(child(numPr, 'w:ilvl'), 'w:val') as string | number | undefined;
    // a style's numbering, through the styles it is based on
    let style = attr(child(pPr, 'w:pStyle'), 'w:val');
    for (let depth = 0; style && depth < 10 && (numId === undefined || ilvl === undefined); depth++) {
      const s = this.styles.get(style);
      numId ??= s?.numId;
      ilvl ??= s?.ilvl;
      style = s?.basedOn;
    }
    const list = numId === undefined ? undefined : this.lists.get(numId);
    if (!list || numId === undefined) return '';
    const level = Number(ilvl ?? 0);
    const counts = this.counters.get(list.abstractId) ?? [];
    if (!this.used.has(numId)) {
      this.used.add(numId);
      if (list.starts.size > 0) counts.length = Math.min(counts.length, ...list.starts.keys());
    }
    const start = (l: number): number => list.starts.get(l) ?? list.levels.get(l)?.start ?? 1;
    counts[level] = counts[level] === undefined ? start(level) : counts[level] + 1;
    counts.length = level + 1;
    this.counters.set(list.abstractId, counts);
    const def = list.levels.get(level);
    if (!def || def.format === 'none' || def.format === 'bullet') return '';
    const text = def.text.replace(/%(\d)/g, (_, k: string) => {
      const l = Number(k) - 1;
      return formatNumber(counts[l] ?? start(l), list.levels.get(l)?.format ?? 'decimal');
    });
    // a tab or space after the number shows as a gap; after 、 or a bracket it is none
    const gap = def.suffix === 'nothing' || /[、，．。：）)】]$/.test(text) ? '' : ' ';
    return text + gap;
  }
}

const stems = '甲乙丙丁戊己庚辛壬癸';

/** A counter in one of Word's number formats (ST_NumberFormat); an unknown format as decimal. */
export function formatNumber(n: number, format: string): string {
  const letters = (upper: boolean): string => String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseNumeral(n);
    case 'ideographTraditional':
      return stems[(n - 1) % 10] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circledNumeral(n) ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return toFullWidthDigits(String(n));
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'lowerLetter':
      return letters(false);
    case 'upperLetter':
      return letters(true);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, digits] of table) for (; n >= value; n -= value) out += digits;
  return out;
}
