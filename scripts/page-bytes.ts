// page-bytes: where the bytes of built report pages go, by part of the page (contents, headings and
// their controls, callouts, citation, 整理说明 …), markup and text apart.
//   node_modules/.bin/node scripts/page-bytes.ts dist/zh-hans/<slug>/index.html [more pages] [--json]
// Every byte is counted once, for the innermost part it lies in (a callout inside a section counts
// as a callout, not as body text); "text" is what lies between tags, the rest is markup.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pagePartOf, pageParts, type PagePart } from './lib/page-parts.ts';

interface Tally {
  bytes: number;
  text: number;
}

/** Bytes and text bytes of each part of one page. */
export function measurePage(html: string): Map<PagePart, Tally> {
  const buf = Buffer.from(html, 'utf8');
  const owner = new Array<PagePart>(buf.length).fill('other');
  const isText = new Uint8Array(buf.length);
  const stack: { tag: string; start: number; part: PagePart | undefined }[] = [];
  const s = buf.toString('latin1'); // one char per byte, so offsets are byte offsets
  const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g;
  let last = 0;
  const paints: { start: number; end: number; part: PagePart; depth: number }[] = [];
  for (let m = tagRe.exec(s); m; m = tagRe.exec(s)) {
    isText.fill(1, last, m.index);
    last = m.index + m[0].length;
    if (!m[2]) continue;
    const tag = m[2].toLowerCase();
    if (m[1]) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at < 0) continue;
      const open = stack[at]!;
      stack.length = at;
      if (open.part) paints.push({ start: open.start, end: last, part: open.part, depth: at });
      continue;
    }
    const part = pagePartOf(
      tag,
      m[3] ?? '',
      stack.map((e) => e.part),
    );
    if (['meta', 'link', 'input', 'br', 'img', 'use', 'path', 'source', 'hr'].includes(tag) || m[3]?.endsWith('/')) {
      if (part) paints.push({ start: m.index, end: last, part, depth: stack.length });
      continue;
    }
    stack.push({ tag, start: m.index, part });
  }
  isText.fill(1, last, s.length);
  for (const p of paints.sort((a, b) => a.depth - b.depth)) owner.fill(p.part, p.start, p.end);
  const tally = new Map<PagePart, Tally>(pageParts.map((p) => [p, { bytes: 0, text: 0 }]));
  for (let i = 0; i < buf.length; i++) {
    const t = tally.get(owner[i]!)!;
    t.bytes++;
    t.text += isText[i]!;
  }
  return tally;
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const pages = positionals.map((file) => ({ file, tally: measurePage(readFileSync(file, 'utf8')) }));
  if (values.json) {
    console.log(JSON.stringify(pages.map((p) => ({ file: p.file, parts: Object.fromEntries(p.tally) }))));
    return;
  }
  for (const { file, tally } of pages) {
    const total = [...tally.values()].reduce((n, t) => n + t.bytes, 0);
    console.log(`${file}: ${total.toLocaleString('en')} bytes`);
    console.log('part | bytes | markup | text | share');
    for (const [part, t] of [...tally].filter(([, t]) => t.bytes).sort((a, b) => b[1].bytes - a[1].bytes)) {
      console.log(
        `${part} | ${t.bytes.toLocaleString('en')} | ${(t.bytes - t.text).toLocaleString('en')} | ${t.text.toLocaleString('en')} | ${((100 * t.bytes) / total).toFixed(1)} %`,
      );
    }
  }
}

if (import.meta.main) main();
