// Synthetic corpus for the benchmark: N reports made from the shipped sources, with the same size
// distribution but distinct slugs, titles and figures, so pages and the search index grow as with
// real reports. Report i < number of seeds is the seed itself (so a report page can be compared
// between a small and a large site); report i ≥ that is seed (i mod seeds) with its figures changed.
//   chengdu-2020-kejichuangxin.txt → chengdu-2020-kejichuangxin-x0007.txt (title …（样本7）, 6120家 → 3957家)
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { decodeSource } from '../../src/pipeline/decode.ts';
import { siteFiles } from './site-files.ts';
import { listSources } from './sources.ts';

/** One generated source. */
export interface SynthSource {
  /** File name without `.txt` (the slug). */
  name: string;
  /** Name of the seed it was made from. */
  seed: string;
  bytes: number;
}

/** Characters before a number that make it a heading or article number (`12.`, `（12）`, `第12条`). */
const numberingBefore = new Set(['', '\n', ' ', '\t', '\u3000', '（', '(', '第']);

/**
 * Changes every figure of two or more digits, except years (19xx/20xx followed by 年) and heading or
 * article numbers, keeping its length so sizes and the outline stay the same.
 */
export function varyFigures(text: string, variant: number): string {
  return text.replace(/(?<!\d)\d{2,}(?!\d)/g, (digits, offset: number) => {
    if (numberingBefore.has(text[offset - 1] ?? '')) return digits;
    if (/^(19|20)\d\d$/.test(digits) && text[offset + digits.length] === '年') return digits;
    let out = '';
    for (const [k, d] of [...digits].entries()) {
      const v = (Number(d) + variant + k * 7) % 10;
      out += k === 0 && v === 0 ? '1' : String(v);
    }
    return out;
  });
}

/** Writes N sources (and sidecars) made from the `.txt` files of `seeds` into `out`. */
export async function generateCorpus(seeds: string, out: string, count: number): Promise<SynthSource[]> {
  const files = await listSources(seeds);
  if (files.length === 0) throw new Error(`${seeds}: no .txt sources to make a corpus from`);
  await mkdir(out, { recursive: true });
  const made: SynthSource[] = [];
  for (let i = 0; i < count; i++) {
    const file = files[i % files.length]!;
    const seed = basename(file, '.txt');
    const sidecar = file.replace(/\.txt$/, '.meta.yml');
    const metaText = await readFile(sidecar, 'utf8').catch(() => undefined);
    const bytes = await readFile(file);
    if (i < files.length) {
      await copyFile(file, join(out, `${seed}.txt`));
      if (metaText !== undefined) await writeFile(join(out, `${seed}.meta.yml`), metaText);
      made.push({ name: seed, seed, bytes: bytes.length });
      continue;
    }
    const name = `${seed}-x${String(i).padStart(4, '0')}`;
    // Decoded and written as UTF-8: a GB18030 or UTF-16 seed changes size, but the text is the same.
    const { text } = decodeSource(new Uint8Array(bytes));
    const varied = varyFigures(text, i);
    const meta = ((metaText ? parse(metaText) : null) ?? {}) as Record<string, unknown>; // a sidecar of comments only parses to null
    const title = typeof meta.title === 'string' ? meta.title : (varied.split('\n').find((l) => l.trim()) ?? seed).trim();
    meta.title = `${title}（样本${i}）`;
    if (meta.slug) meta.slug = name;
    await writeFile(join(out, `${name}.txt`), varied);
    await writeFile(join(out, `${name}.meta.yml`), stringify(meta));
    made.push({ name, seed, bytes: Buffer.byteLength(varied) });
  }
  return made;
}

/**
 * Copies the site files (terms, vocabulary, metrics) that sit beside `seeds` to beside `out`, where
 * build-content looks for them: without them a benchmark site has no canonical metrics (so no
 * target/actual pairs) and no official vocabulary. A file the site does not have is skipped.
 */
export async function copySiteFiles(seeds: string, out: string): Promise<void> {
  for (const name of siteFiles) {
    await copyFile(join(seeds, '..', name), join(out, '..', name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
