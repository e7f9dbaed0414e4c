// OpenCC's own upstream test cases, run through opencc-js for every config the project uses
// (each preset's two directions). A case is skipped only with a written reason, listed below.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getOpenccConverter, openccConfigs, presetConfigs, presets, type OpenccConfig } from '../src/pipeline/variants.ts';

interface Case {
  id: string;
  input: string;
  expected: Record<string, string>;
}

/** The upstream file has trailing commas: drop a `,` before `]`/`}` when outside a string. */
function parseLenient(text: string): { cases: Case[] } {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    if (ch === ',' && /^\s*[\]}]/.test(text.slice(i + 1, i + 64))) continue;
    out += ch;
  }
  return JSON.parse(out) as { cases: Case[] };
}

const { cases } = parseLenient(readFileSync(join(import.meta.dirname, 'fixtures/opencc/testcases.json'), 'utf8'));

/** Cases opencc-js 1.4.2 does not match, with the reason; `id:config`. Listed by vitest as skipped. */
const tofu = "opencc-js leaves out OpenCC's TSCharactersExt (rare extension-B characters that most fonts lack, see its README), so t2s does not reach upstream's extension-B form";
const skipped: Record<string, string> = {
  'BYVoid_OpenCC_PR_1228_existing_behaviors:t2s': `${tofu} (殢 → 𣨼)`,
  'BYVoid_OpenCC_PR_1229_existing_behaviors:t2s': `${tofu} (圞 → 𪢮)`,
  'BYVoid_OpenCC_PR_464_xi_vs_xi:t2s': `${tofu} (樠 → 𣗊)`,
};

const used = [...new Set(presets.flatMap((p) => Object.values(presetConfigs[p])))] as OpenccConfig[];

describe('OpenCC upstream test cases', () => {
  test('the fixture holds the upstream cases and every config the presets use is covered', () => {
    expect(cases.length).toBe(232);
    expect(used.sort()).toEqual(Object.keys(openccConfigs).sort());
    for (const config of used)
      expect(
        cases.some((c) => config in c.expected),
        config,
      ).toBe(true);
  });

  test('skipped cases are listed with their reason', () => {
    for (const [key, reason] of Object.entries(skipped)) {
      const [id, config] = key.split(':');
      const c = cases.find((x) => x.id === id);
      expect(c?.expected[config!], key).toBeDefined();
      // A skip whose case now passes must be removed from the list.
      expect(getOpenccConverter(config as OpenccConfig)(c!.input), `${key} passes now: remove its skip (${reason})`).not.toBe(c!.expected[config!]);
    }
    if (Object.keys(skipped).length)
      console.info(
        `skipped OpenCC cases:\n${Object.entries(skipped)
          .map(([k, r]) => `  ${k}: ${r}`)
          .join('\n')}`,
      );
  });

  const rows = used.flatMap((config) => cases.filter((c) => config in c.expected).map((c) => ({ config, id: c.id, input: c.input, expected: c.expected[config]! })));
  const run = rows.filter((r) => !(`${r.id}:${r.config}` in skipped));
  test.each(run)('$config $id', ({ config, input, expected }) => {
    expect(getOpenccConverter(config)(input)).toBe(expected);
  });
  test.skip.each(rows.filter((r) => `${r.id}:${r.config}` in skipped).map((r) => ({ ...r, reason: skipped[`${r.id}:${r.config}`] })))('$config $id — skipped: $reason', () => {});
});
