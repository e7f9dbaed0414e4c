// references: the outline → the text's references to its own parts and to other documents.
//   art58-p1 `违反本条例第十九条第二款至第四款规定的` → 本条例第十九条第二款 → art19-p2, 第四款 → art19-p4
//   art16-p2 `…前款规定以外的…` → 前款 → art16-p1
//   `依照《成都市科技计划项目管理办法》第三条` → a document reference (title, article 3), resolved
//   against the site's other reports by build-content (`resolveDocumentReferences`).
// Targets come from the outline's ids only; a reference whose part the text does not have, or that
// could mean two parts, is left out rather than guessed (a wrong link is worse than none).
import type { Section } from '../schemas/report.ts';
import type { Reference, ReferenceTarget } from '../schemas/reference.ts';
import type { Outline, ParagraphBlock, ReferenceLink } from './types.ts';
import { parseNumeral } from './numerals.ts';
import { alternation } from './regexp.ts';

/** The levels of a legal text's parts, outermost first. */
const levels = ['part', 'chapter', 'division', 'article', 'paragraph', 'item', 'subitem'] as const;
type Level = (typeof levels)[number];

/**
 * The words of references, as data. Units: the mainland's 条 → 款 → 项 → 目; Taiwan's laws number
 * 條 → 項 → 款 → 目 (項 is a paragraph, 款 an item), so the two tables differ only there.
 */
export const referenceWords = {
  units: { 编: 'part', 編: 'part', 章: 'chapter', 节: 'division', 節: 'division', 条: 'article', 條: 'article', 款: 'paragraph', 项: 'item', 項: 'item', 目: 'subitem' } as Record<
    string,
    Level
  >,
  taiwanUnits: { 項: 'paragraph', 项: 'paragraph', 款: 'item' } as Record<string, Level>,
  /** `本条例`, `本法`…: the text itself (followed by a part). */
  self: [
    '条例',
    '條例',
    '法律',
    '法',
    '办法',
    '辦法',
    '规定',
    '規定',
    '细则',
    '細則',
    '规则',
    '規則',
    '决定',
    '決定',
    '准则',
    '準則',
    '章程',
    '通则',
    '通則',
    '规程',
    '規程',
    '条款',
    '條款',
  ],
  /** A character before 本 that makes it part of another word (基本法, 根本法, 版本法…), not `this`. */
  notSelf: '基根范範样樣版成资資文课課读讀剧劇日账賬标標',
  /** `本条`, `本款`, `本章`: the part the reference stands in (followed by a lower part). */
  here: { 条: 'article', 條: 'article', 款: 'paragraph', 项: 'item', 項: 'item', 章: 'chapter', 节: 'division', 節: 'division', 编: 'part', 編: 'part' } as Record<string, Level>,
  /** Words between two parts of one list: `第三条、第五条`, `第二款至第四款`, `第三十一条的第二款`. */
  joiners: ['、', '和', '及', '以及', '或者', '或', '与', '與', '至', '到', '的'],
  /** Characters before 前 that make it another word (`目前条件`, `提前款项`), and after 前条 (`前条件`). */
  notPrevious: { before: '目当當提此之以事眼面跟向超门門胸空生', after: '件例' },
  /** A character just before `第…条` that makes it another text's article (`刑法第六十六条`, `该法第三条`). */
  otherBefore: '法例定则則》',
} as const;

const NUM = '[0-9０-９]+|[零〇一二两兩三四五六七八九十百千]+';
const unitChars = Object.keys(referenceWords.units).join('');
const TOKEN = new RegExp(
  [
    `(?<doc>《(?<title>[^《》\\n]{1,100})》)`,
    `(?<self>本(?:${alternation(referenceWords.self)}))(?=第)`,
    `(?<here>本[${Object.keys(referenceWords.here).join('')}])`,
    `(?<prev>前(?<prevN>[一二两兩三四五六七八九十]?)(?<prevU>[条條款项項]))`,
    `(?<unit>第\\s*(?:[（(]\\s*(?<bn>${NUM})\\s*[）)]|(?<n>${NUM}))\\s*(?<u>[${unitChars}])(?<sub>之[一二三四五六七八九十]+)?)`,
    `(?<bare>[（(]\\s*(?<bn2>${NUM})\\s*[）)](?<u2>[项項款]))`,
    `(?<app>附(?:件|录|錄)\\s*(?<an>[0-9０-９]+|[一二三四五六七八九十]+)(?![0-9０-９]))`,
  ].join('|'),
  'g',
);
const JOINER = new RegExp(`^(?:${referenceWords.joiners.join('|')})?$`);

/** A reference found in the outline, with where it stands in its block's text. */
export interface FoundReference extends Reference {
  /** Offsets in the paragraph text (or the heading title when `paragraph` is absent). */
  start: number;
  end: number;
  /** The article or chapter a document reference names (`《…》第三条` → article 3). */
  part?: { level: 'article' | 'chapter'; n: number };
}

/** One paragraph (`款`) of an article: its first block's id and the items (`项`) it lists. */
interface Paragraph {
  id: string;
  items: Section[];
}

interface Place {
  article?: Section;
  chapter?: Section;
  /** 0-based paragraph of the article the block belongs to. */
  paragraph?: number;
  item?: Section;
}

type Path = Partial<Record<Level, number>> & { articleId?: string };

/** Finds the references of every paragraph and heading title; `taiwan` reads 項 as a paragraph and 款 as an item. */
export function findReferences(outline: Outline, options: { taiwan?: boolean } = {}): FoundReference[] {
  const units = options.taiwan ? { ...referenceWords.units, ...referenceWords.taiwanUnits } : referenceWords.units;
  const here = options.taiwan ? { ...referenceWords.here, 項: 'paragraph' as Level, 项: 'paragraph' as Level, 款: 'item' as Level } : referenceWords.here;
  const structure = readStructure(outline);
  const found: FoundReference[] = [];
  for (const block of outline.blocks) {
    if (block.type === 'heading') {
      if (block.section.title) scan(block.section.title, { section: block.section.id, line: block.line }, structure.placeOf.get(`h:${block.section.id}`) ?? {});
    } else if (block.role !== 'table') {
      scan(block.text, { section: block.section, paragraph: block.id, line: block.line }, structure.placeOf.get(block.id) ?? {});
    }
  }
  return found;

  function scan(text: string, at: { section: string; paragraph?: string; line: number }, place: Place): void {
    const tokens = [...text.matchAll(TOKEN)];
    let i = 0;
    while (i < tokens.length) {
      // a chain: a head token, then units joined by 、 和 至 的 …
      const chain = [tokens[i]!];
      let j = i + 1;
      while (j < tokens.length) {
        const t = tokens[j]!;
        const prev = chain[chain.length - 1]!;
        if (!(t.groups!.unit || t.groups!.bare) || !JOINER.test(text.slice(prev.index + prev[0].length, t.index))) break;
        chain.push(t);
        j++;
      }
      readChain(text, chain, at, place);
      i = j;
    }
  }

  function readChain(text: string, chain: RegExpMatchArray[], at: { section: string; paragraph?: string; line: number }, place: Place): void {
    const head = chain[0]!;
    const g = head.groups!;
    const add = (start: number, end: number, extra: Pick<FoundReference, 'kind' | 'target'> & Partial<FoundReference>): void => {
      found.push({ section: at.section, ...(at.paragraph ? { paragraph: at.paragraph } : {}), line: at.line, text: text.slice(start, end), start, end, ...extra });
    };
    /** An internal reference, when its part resolved. */
    const emit = (start: number, end: number, target: ReferenceTarget | null): void => {
      if (target !== null) add(start, end, { kind: 'internal', target });
    };
    if (g.app) {
      const id = `app${parseNumeral(g.an!)}`;
      if (structure.ids.has(id) && at.section !== id && !at.section.startsWith(`${id}-`)) emit(head.index!, head.index! + head[0].length, { id });
      return;
    }
    let scope: 'self' | 'other' | 'doc' = 'self';
    let path: Path = {};
    let rest = chain;
    let start = head.index!;
    if (g.doc) {
      scope = 'doc';
      rest = chain.slice(1);
      if (rest.length === 0 || rest[0]!.index !== head.index! + head[0].length) {
        add(start, start + head[0].length, { kind: 'document', title: g.title!, target: {} });
        return;
      }
    } else if (g.self) {
      if (among(referenceWords.notSelf, text[head.index! - 1])) return;
      rest = chain.slice(1);
    } else if (g.here) {
      const level = here[g.here.slice(1)]!;
      path = placePath(place, level);
      if (!path[level] && !(level === 'article' && path.articleId)) return;
      rest = chain.slice(1);
      if (rest.length === 0) return; // 本条, 本款 alone: the reader is there already
    } else if (g.prev) {
      const next = text[head.index! + head[0].length];
      if (among(referenceWords.notPrevious.before, text[head.index! - 1]) || (/[条條]/.test(g.prevU!) && among(referenceWords.notPrevious.after, next))) return;
      const level = options.taiwan && /[項项]/.test(g.prevU!) ? 'paragraph' : units[g.prevU!]!;
      const back = g.prevN ? parseNumeral(g.prevN) : 1;
      path = placePath(place, level);
      if (level === 'article') {
        if (!place.article) return;
        path = { article: place.article.ordinal - back };
      } else {
        const own = path[level];
        if (own === undefined) return;
        path[level] = own - back;
      }
      rest = chain.slice(1);
      // 前款 itself is the reference; units after it (前款第五项) go deeper.
      let end = head.index! + head[0].length;
      let last = level;
      let k = 0;
      for (; k < rest.length; k++) {
        const u = unitOf(rest[k]!);
        if (!u || levels.indexOf(u.level) <= levels.indexOf(last) || rest[k]!.index !== end) break;
        path[u.level] = u.n;
        last = u.level;
        end = rest[k]!.index! + rest[k]![0].length;
      }
      emit(start, end, resolve(path, last, place));
      rest = rest.slice(k);
      if (rest.length === 0) return;
      start = rest[0]!.index!;
    } else {
      // a part with no word before it: this text's, unless another text's name ends just before it
      if (among(referenceWords.otherBefore, text[head.index! - 1])) scope = 'other';
      const u = unitOf(head);
      if (!u) return;
      // 第二款 alone is the article's own; 第五项 alone could be any list's (`其中第二项`): left out;
      // `（三）项`, `第（三）项` name an item as printed: the article's own, when only one of its items is （三）
      if (u.level === 'paragraph') path = placePath(place, 'article');
      else if (u.level === 'item' && (g.bare || g.bn) && place.article) {
        path = placePath(place, 'article');
        const target = resolve({ ...path, item: u.n }, 'item', place);
        // (an item naming itself on its own line is no reference to follow)
        if (!target || (place.item && target.id === place.item.id && at.line === place.item.line)) return;
      } else if (u.level === 'item' || u.level === 'subitem') return;
      else if (u.level === 'division') path = placePath(place, 'chapter');
    }
    if (scope === 'other') return;

    // the parts of the chain: a part deeper than the last extends it (第十九条第二款), one at the
    // same level or higher starts the next reference and keeps what is above it (第二款至第四款)
    let last: Level | undefined;
    let refStart = start;
    let refEnd = start;
    let current: Path = path;
    const flush = (): void => {
      if (!last) return;
      if (scope === 'doc') {
        const part = current.article ? { level: 'article' as const, n: current.article } : current.chapter ? { level: 'chapter' as const, n: current.chapter } : undefined;
        add(refStart, refEnd, { kind: 'document', title: g.title!, target: {}, ...(part ? { part } : {}) });
      } else emit(refStart, refEnd, resolve(current, last, place));
    };
    for (const t of rest) {
      const u = unitOf(t);
      if (!u) break;
      if (u.sub) {
        // 第十五條之二: an article the outline numbers apart; never the article 15 itself
        flush();
        last = undefined;
        current = {};
        continue;
      }
      if (last && levels.indexOf(u.level) > levels.indexOf(last) && t.index === refEnd + (text.slice(refEnd, t.index).startsWith('的') ? 1 : 0)) {
        current = { ...current, [u.level]: u.n };
      } else {
        flush();
        const keep = above(last ? current : path, u.level);
        current = { ...keep, [u.level]: u.n };
        if (u.level === 'article') delete current.articleId;
        refStart = last ? t.index! : refStart;
      }
      last = u.level;
      refEnd = t.index! + t[0].length;
    }
    flush();
  }

  function unitOf(t: RegExpMatchArray): { level: Level; n: number; sub: boolean } | undefined {
    const g = t.groups!;
    const n = parseNumeral(g.bn ?? g.n ?? g.bn2 ?? '');
    const level = units[g.u ?? g.u2 ?? ''];
    if (!level || !Number.isFinite(n) || n < 1) return undefined;
    return { level, n, sub: Boolean(g.sub) };
  }

  /** The path of the block's own place down to `level` (本条 → its article; 本款 → article and paragraph). */
  function placePath(place: Place, level: Level): Path {
    const path: Path = {};
    const depth = levels.indexOf(level);
    if (place.chapter && depth >= levels.indexOf('chapter')) path.chapter = place.chapter.ordinal;
    if (place.article && depth >= levels.indexOf('article')) {
      path.article = place.article.ordinal;
      path.articleId = place.article.id;
    }
    if (place.paragraph !== undefined && depth >= levels.indexOf('paragraph')) path.paragraph = place.paragraph + 1;
    if (place.item && depth >= levels.indexOf('item')) path.item = place.item.ordinal;
    return path;
  }

  /** The id a path names in this text, or null when it names none or could name two. */
  function resolve(path: Path, last: Level, place: Place): ReferenceTarget | null {
    const has = (id: string): ReferenceTarget | null => (structure.ids.has(id) ? { id } : null);
    if (last === 'part') return has(`pt${path.part}`);
    if (last === 'chapter') return has(`ch${path.chapter}`);
    if (last === 'division') {
      const chapter = path.chapter ?? place.chapter?.ordinal;
      return chapter ? has(`ch${chapter}-sec${path.division}`) : null;
    }
    const articleId = path.articleId ?? (path.article ? `art${path.article}` : undefined);
    const article = articleId ? structure.articles.get(articleId) : undefined;
    if (!article) return null;
    if (last === 'article') return { id: articleId! };
    const paragraphs = structure.paragraphs.get(articleId!) ?? [];
    if (last === 'paragraph') {
      const p = paragraphs[path.paragraph! - 1];
      return p ? { id: p.id } : null;
    }
    // an item: of the paragraph named, else of the article when only one of its items has that number
    const pool = path.paragraph ? (paragraphs[path.paragraph - 1]?.items ?? []) : paragraphs.flatMap((p) => p.items);
    const items = pool.filter((s) => s.ordinal === path.item);
    return items.length === 1 ? { id: items[0]!.id } : null;
  }
}

/** Whether `ch` (a character, or nothing at the edge of the text) is one of `set`. */
const among = (set: string, ch: string | undefined): boolean => ch !== undefined && ch !== '' && set.includes(ch);

/** The levels of `path` above `level` (what a sibling part in a list keeps). */
function above(path: Path, level: Level): Path {
  const out: Path = {};
  for (const l of levels.slice(0, levels.indexOf(level))) if (path[l] !== undefined) out[l] = path[l];
  if (levels.indexOf(level) > levels.indexOf('article') && path.articleId) out.articleId = path.articleId;
  return out;
}

/**
 * The parts of every article: its paragraphs (款; the article's own text is the first) and the items
 * (项) each lists. The outline puts a paragraph that follows a list of items inside the last item's
 * section; a paragraph of an item's section on a line of its own (not the item's run-on text) is
 * therefore the article's next paragraph.
 */
function readStructure(outline: Outline): { ids: Set<string>; articles: Map<string, Section>; paragraphs: Map<string, Paragraph[]>; placeOf: Map<string, Place> } {
  const byId = new Map(outline.sections.map((s) => [s.id, s]));
  const ids = new Set<string>(outline.sections.map((s) => s.id));
  const articles = new Map(outline.sections.filter((s) => s.kind === 'article').map((s) => [s.id, s]));
  const paragraphs = new Map<string, Paragraph[]>();
  const placeOf = new Map<string, Place>();
  const ancestor = (id: string | null, kind: string): Section | undefined => {
    for (let s = id ? byId.get(id) : undefined; s; s = s.parent ? byId.get(s.parent) : undefined) if (s.kind === kind) return s;
    return undefined;
  };
  const itemOf = (id: string): Section | undefined => ancestor(id, 'item');
  for (const block of outline.blocks) {
    const sectionId = block.type === 'heading' ? block.section.id : block.section;
    const article = ancestor(sectionId, 'article');
    const chapter = ancestor(sectionId, 'chapter');
    const key = block.type === 'heading' ? `h:${sectionId}` : block.id;
    if (block.type === 'paragraph') ids.add(block.id);
    if (!article) {
      placeOf.set(key, { ...(chapter ? { chapter } : {}) });
      continue;
    }
    const list = paragraphs.get(article.id) ?? paragraphs.set(article.id, []).get(article.id)!;
    const item = itemOf(sectionId);
    if (block.type === 'heading') {
      if (block.section.kind === 'item' && block.section.parent === article.id) {
        if (list.length === 0) list.push({ id: article.id, items: [] });
        list[list.length - 1]!.items.push(block.section);
      }
    } else if (startsParagraph(block, article, item)) {
      list.push({ id: block.id, items: [] });
    }
    placeOf.set(key, { article, ...(chapter ? { chapter } : {}), ...(list.length ? { paragraph: list.length - 1 } : {}), ...(item ? { item } : {}) });
  }
  return { ids, articles, paragraphs, placeOf };
}

function startsParagraph(block: ParagraphBlock, article: Section, item: Section | undefined): boolean {
  if (block.role !== 'body') return false;
  if (block.section === article.id) return true;
  // an item's run-on text stands on the item's own line
  return item !== undefined && block.line !== item.line;
}

/** The URL of a reference's target from a report page: `#art12`, `../<slug>/#art3`, `../<slug>/`. */
export function referenceUrl(target: ReferenceTarget): string | undefined {
  const id = target.id && /^[a-z][a-z0-9-]*$/.test(target.id) ? target.id : undefined;
  if (target.slug !== undefined) {
    if (!/^[a-z0-9-]+$/.test(target.slug)) return undefined;
    return id ? `../${target.slug}/#${id}` : `../${target.slug}/`;
  }
  return id ? `#${id}` : undefined;
}

/** Where the titles a report cites lead on this site: cited title → the report and the anchors it has. */
export type DocumentTargets = Record<string, { slug: string; ids: readonly string[] }>;

/** Document references get the report the site holds under their title (and the article or chapter they name, when it has it). */
export function resolveDocuments(found: readonly FoundReference[], documents: DocumentTargets = {}): FoundReference[] {
  return found.map((r) => {
    const doc = r.kind === 'document' && r.title !== undefined ? documents[r.title] : undefined;
    if (!doc) return r;
    const id = r.part ? `${r.part.level === 'article' ? 'art' : 'ch'}${r.part.n}` : undefined;
    return { ...r, target: { slug: doc.slug, ...(id && doc.ids.includes(id) ? { id } : {}) } };
  });
}

/** The references that lead somewhere, as the page's links. */
export function referenceLinks(found: readonly FoundReference[]): ReferenceLink[] {
  return found.flatMap((r) => {
    const url = referenceUrl(r.target);
    return url ? [{ block: r.paragraph ?? r.section, heading: r.paragraph === undefined, start: r.start, end: r.end, text: r.text, url }] : [];
  });
}

/** Taiwan's laws number their parts 條 項 款 (a region of 臺灣 or under it). */
export const isTaiwan = (meta: { region?: string | undefined; region_parent?: string | undefined }): boolean =>
  ['台湾', '臺灣', '台灣', '臺湾'].some((t) => meta.region === t || meta.region_parent === t);

/** A report as a document other reports may cite: its titles in both scripts and the names a citation may leave out. */
export interface CatalogEntry {
  slug: string;
  titles: string[];
  /** Issuing bodies and places (`成都市科学技术局`, `成都`), both scripts. */
  names: string[];
  /** Its article and chapter anchors (`art3`, `ch2`). */
  ids: string[];
}

/** 《成都市科技计划项目管理办法（2020年修订）》 → 成都市科技计划项目管理办法: no marks, spaces or version bracket. */
export function titleKey(title: string): string {
  return title
    .replace(/[《》〈〉「」『』“”"\s\u3000]/g, '')
    .replace(/[（(][^（）()]*\d{4}[^（）()]*[）)]$/, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')');
}

/** How a title may begin with an issuer or place name: the name, or the name with its level (成都 → 成都市). */
const nameLevels = ['', '市', '省', '县', '縣', '区', '區'];

/** The title `key` without its first `form` characters (an issuer or place) and the 人民政府关于 after it. */
const afterName = (key: string, form: number): string => key.slice(form).replace(/^(?:人民政府|办公厅|辦公廳|办公室|辦公室)?(?:关于|關於)?/, '');

/** The forms of a title with a leading issuer or place left out: 成都市人民政府关于X → X. */
export function shortForms(key: string, names: readonly string[]): string[] {
  const out = new Set([key]);
  for (const name of names) {
    if (!name) continue;
    for (const form of nameLevels.map((level) => name + level)) {
      if (!key.startsWith(form)) continue;
      const rest = afterName(key, form.length);
      if (rest.length >= 4) out.add(rest);
    }
  }
  return [...out];
}

/**
 * The one report of the catalog a cited title names (with or without its issuer or place, 《》, version
 * year), else undefined: a title names an entry when one of its short forms (shortForms with the entry's
 * names) is one of the entry's own. Indexed once per catalog: build-content asks for every title every
 * citing report names, and a scan of the whole catalog per title was quadratic in the number of reports.
 * A cited title's forms are its key, and the key without a leading name form (name + level) of an entry:
 * the key's prefixes are looked up among the entries' name forms instead of each entry's names being
 * tried on the key (test/references.test.ts keeps the scan as the definition and compares the two).
 */
export function documentFinder(catalog: readonly CatalogEntry[]): (title: string, except?: string) => CatalogEntry | undefined {
  const own = new Map<CatalogEntry, Set<string>>();
  const byForm = new Map<string, CatalogEntry[]>();
  const byName = new Map<string, CatalogEntry[]>();
  const add = (index: Map<string, CatalogEntry[]>, key: string, entry: CatalogEntry): void => {
    const list = index.get(key);
    if (!list) index.set(key, [entry]);
    else if (list.at(-1) !== entry) list.push(entry);
  };
  for (const entry of catalog) {
    const mine = new Set(entry.titles.flatMap((t) => shortForms(titleKey(t), entry.names)));
    own.set(entry, mine);
    for (const form of mine) add(byForm, form, entry);
    for (const name of entry.names) if (name) for (const level of nameLevels) add(byName, name + level, entry);
  }
  return (title, except) => {
    const key = titleKey(title);
    if (key.length < 4) return undefined;
    const hits = new Set<CatalogEntry>(byForm.get(key));
    for (let n = 1; n < key.length; n++) {
      const named = byName.get(key.slice(0, n));
      if (!named) continue;
      const rest = afterName(key, n);
      if (rest.length < 4) continue;
      for (const entry of named) if (own.get(entry)!.has(rest)) hits.add(entry);
    }
    for (const entry of hits) if (entry.slug === except) hits.delete(entry);
    return hits.size === 1 ? hits.values().next().value : undefined;
  };
}
