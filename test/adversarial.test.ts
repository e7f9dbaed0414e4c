// A hostile source built as a real site: every dangerous line is literal text on its pages and none
// became markup (no script, event handler, javascript: link, comment or element from the source).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { htmlToHast } from 'satteri';
import { root, tempDir } from './helpers/run.ts';
import { buildSite } from './helpers/build-site.ts';
import { ReportRecord } from '../src/schemas/report.ts';
import { SearchDocument, searchFileName } from '../src/schemas/search.ts';
import { extractSections, type HastNode } from './helpers/page-sections.ts';

const fixture = join(root, 'test/fixtures/adversarial');
const sourceLines = readFileSync(join(fixture, 'adversarial.txt'), 'utf8')
  .split('\n')
  .map((l) => l.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').trim())
  .filter(Boolean);

let dir: string;
let record: ReportRecord;
const pages: Record<string, HastNode> = {};

beforeAll(() => {
  dir = tempDir('baogao-adversarial-');
  const sources = join(dir, 'sources');
  cpSync(fixture, sources, { recursive: true });
  rmSync(join(sources, 'README.md'), { force: true });
  buildSite({ sources, reports: join(dir, 'reports'), dist: join(dir, 'dist') }, { BASE_PATH: '/' });
  record = ReportRecord.parse(JSON.parse(readFileSync(join(dir, 'reports', 'adversarial.json'), 'utf8')));
  for (const lang of ['zh-hans', 'zh-hant']) {
    pages[lang] = htmlToHast(readFileSync(join(dir, 'dist', lang, 'adversarial', 'index.html'), 'utf8')) as HastNode;
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function walk(node: HastNode, visit: (n: HastNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function find(node: HastNode, tag: string): HastNode | undefined {
  let found: HastNode | undefined;
  walk(node, (n) => {
    if (!found && n.type === 'element' && n.tagName === tag) found = n;
  });
  return found;
}

/** What a reader sees: the text of <main>, scripts and styles left out. */
function visibleText(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) return '';
  return (node.children ?? []).map(visibleText).join('');
}

describe('adversarial source on the built site (zh-hans)', () => {
  test.each(sourceLines)('%s', (line) => {
    const main = find(pages['zh-hans']!, 'main')!;
    const shown = visibleText(main);
    // The cleaner may take (part of) a line out into the record's cleaning log: it is data there,
    // and what is left of the line must be on the page.
    const rest = record.cleaning.reduce((text, c) => (c.text ? text.replace(c.text, '') : text), line).trim();
    expect(rest === '' || shown.includes(rest), `"${rest}" (from "${line}") is neither on the page nor in the cleaning log`).toBe(true);
  });
});

describe('what the cleaner took out is shown as text too (zh-hans)', () => {
  test('every cleaning entry with text is on the page, literally', () => {
    const shown = visibleText(find(pages['zh-hans']!, 'main')!);
    const texts = record.cleaning.map((c) => c.text.trim()).filter(Boolean);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => !shown.includes(t))).toEqual([]);
  });
});

describe.each(['zh-hans', 'zh-hant'])('no markup from the source (%s)', (lang) => {
  test('<main> has no script, style, img, iframe, b, i or comment', () => {
    const main = find(pages[lang]!, 'main')!;
    const bad: string[] = [];
    walk(main, (n) => {
      if (n.type === 'comment') bad.push(`<!--${n.value}-->`);
      if (n.type === 'element' && ['script', 'style', 'img', 'iframe', 'object', 'embed', 'b', 'i', 'p'].includes(n.tagName!)) {
        // Astro's own markup never uses these inside a report body except <p> from MDX paragraphs.
        if (n.tagName !== 'p') bad.push(`<${n.tagName}>`);
      }
    });
    expect(bad).toEqual([]);
  });

  test('no event handler, javascript: URL or source id anywhere on the page', () => {
    const bad: string[] = [];
    walk(pages[lang]!, (n) => {
      for (const [name, value] of Object.entries(n.properties ?? {})) {
        if (/^on/i.test(name)) bad.push(`${n.tagName} ${name}`);
        if (typeof value === 'string' && /^\s*javascript:/i.test(value)) bad.push(`${n.tagName} ${name}=${value}`);
        if (name === 'id' && value === 'evil') bad.push('id="evil"');
      }
    });
    expect(bad).toEqual([]);
  });

  test('every paragraph of the record is shown as text', () => {
    const shown = visibleText(find(pages[lang]!, 'main')!);
    if (lang === 'zh-hans') for (const paragraph of record.body.split('\n').slice(1)) expect(shown).toContain(paragraph);
    for (const s of ['<script>alert(document.cookie)</script>', '<img src=x onerror=alert(1)>', "import x from 'y'", '{process.exit(1)}']) {
      expect(shown).toContain(s);
    }
  });

  test('search indexes what the page shows: the search document is the page text, section by section', () => {
    const doc = SearchDocument.parse(JSON.parse(readFileSync(join(dir, 'reports', searchFileName('adversarial')), 'utf8')));
    const script = lang === 'zh-hans' ? 'zh-Hans' : 'zh-Hant';
    const shown = extractSections(readFileSync(join(dir, 'dist', lang, 'adversarial', 'index.html'), 'utf8'));
    expect(doc.sections.map((s) => ({ id: s.id, anchor: s.anchor, heading: s.heading[script], lines: s.lines[script] }))).toEqual(shown);
    expect(shown.flatMap((s) => s.lines).some((l) => l.includes('<script>alert(document.cookie)</script>'))).toBe(true);
  });

  test('the only scripts are the site’s own', () => {
    const scripts: string[] = [];
    walk(pages[lang]!, (n) => {
      if (n.type === 'element' && n.tagName === 'script') scripts.push(String(n.properties?.src ?? visibleText({ type: 'root', children: n.children ?? [] })));
    });
    for (const s of scripts) expect(s).not.toMatch(/alert|process\.exit|cookie/);
  });
});

describe('no remote resources, and a Content-Security-Policy without unsafe-inline scripts', () => {
  const htmlFiles = (): string[] => (readdirSync(join(dir, 'dist'), { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

  test('every page: one CSP meta; scripts from self or by hash, Pagefind WebAssembly allowed', () => {
    expect(htmlFiles().length).toBeGreaterThanOrEqual(8);
    for (const file of htmlFiles()) {
      const html = readFileSync(join(dir, 'dist', file), 'utf8');
      const tree = htmlToHast(html) as HastNode;
      const metas: string[] = [];
      const inline: string[] = [];
      walk(tree, (n) => {
        if (n.tagName === 'meta' && String(n.properties?.httpEquiv).toLowerCase() === 'content-security-policy') metas.push(String(n.properties?.content));
        if (n.tagName === 'script' && !n.properties?.src) inline.push((n.children ?? []).map((c) => c.value ?? '').join(''));
      });
      expect(metas, file).toHaveLength(1);
      const scriptSrc = /script-src ([^;]*)/.exec(metas[0]!)?.[1] ?? '';
      expect(scriptSrc, file).not.toContain("'unsafe-inline'");
      expect(scriptSrc, file).toContain("'wasm-unsafe-eval'");
      expect(metas[0], file).toMatch(/default-src 'self'/);
      expect(metas[0], file).toMatch(/object-src 'none'/);
      for (const code of inline) {
        const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
        expect(scriptSrc, `${file}: inline script ${code.slice(0, 60)}`).toContain(hash);
      }
    }
  });

  test('nothing is loaded from another origin (scripts, styles, fonts, images, frames)', () => {
    const remote: string[] = [];
    for (const file of htmlFiles()) {
      walk(htmlToHast(readFileSync(join(dir, 'dist', file), 'utf8')) as HastNode, (n) => {
        const p = n.properties ?? {};
        const loads = n.tagName === 'link' ? (String(p.rel).match(/stylesheet|preload|modulepreload|icon|prefetch|manifest/) ? p.href : undefined) : (p.src ?? p.srcSet ?? p.data);
        if (typeof loads === 'string' && /^(https?:)?\/\//i.test(loads)) remote.push(`${file}: <${n.tagName}> ${loads}`);
      });
    }
    for (const name of (readdirSync(join(dir, 'dist'), { recursive: true }) as string[]).filter((f) => /\.(css|js)$/.test(f))) {
      const text = readFileSync(join(dir, 'dist', name), 'utf8');
      for (const m of text.matchAll(/(?:@import|url\()\s*["']?(https?:)?\/\/[^"')\s]+/g)) remote.push(`${name}: ${m[0]}`);
    }
    expect(remote).toEqual([]);
  });
});
