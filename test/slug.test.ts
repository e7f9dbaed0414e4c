// The slug a source's file name gives (README: Sources): the URL of its pages, /zh-hans/<slug>/.
import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSource } from '../scripts/lib/sources.ts';
import { MAX_SLUG, slugOfName } from '../scripts/lib/slug.ts';
import { SourceMeta } from '../src/schemas/meta.ts';

describe('slugOfName', () => {
  test.each([
    // ASCII names as before: lower case, every other run a hyphen (hyphens kept as written)
    ['chengdu-2020-kejichuangxin', 'chengdu-2020-kejichuangxin'],
    ['Report_B 2024', 'report-b-2024'],
    ['a--b_', 'a--b-'],
    // Chinese names in pinyin without tones, each run of Han characters one word (as the shipped slugs are written)
    ['2025年四川省政府工作报告', '2025-niansichuanshengzhengfugongzuobaogao'],
    ['重庆市2018年科技创新报告', 'chongqingshi-2018-niankejichuangxinbaogao'],
    // Traditional characters too; brackets and punctuation are separators
    ['臺灣省政府施政報告（定稿）', 'taiwanshengzhengfushizhengbaogao-dinggao'],
    ['2021年保定市政府工作报告(定稿)', '2021-nianbaodingshizhengfugongzuobaogao-dinggao'],
    // 陕西 is Shaanxi, the official spelling that keeps it apart from 山西 Shanxi (the 31 provincial reports of 2025 as published)
    ['2025年陕西省政府工作报告', '2025-nianshaanxishengzhengfugongzuobaogao'],
    ['2025年山西省政府工作报告', '2025-nianshanxishengzhengfugongzuobaogao'],
    ['陝西省施政報告', 'shaanxishengshizhengbaogao'],
    // ü is written v, as in URLs of Chinese sites (绿色 lvse)
    ['绿色发展规划', 'lvsefazhanguihua'],
    // full-width digits and letters (a Chinese name's ２０２５年) are the digits and letters, not separators: the year stays in the slug
    ['２０２５年四川省政府工作报告', '2025-niansichuanshengzhengfugongzuobaogao'],
    ['ＧＤＰ核算报告', 'gdp-hesuanbaogao'],
    ['ＲＥＰＯＲＴ２０２４', 'report2024'],
  ])('%s → %s', (name, slug) => {
    expect(slugOfName(name)).toBe(slug);
    expect(SourceMeta.shape.slug.safeParse(slug).success).toBe(true);
  });

  test('a long Chinese name gives at most MAX_SLUG characters, no hyphen at its end', () => {
    const slug = slugOfName('关于印发《某某市推进数字政府建设和政务服务一网通办高质量发展三年行动计划（2024—2026年）》的通知');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(slug).toBe('guanyuyinfa-moumoushituijinshuzizhengfujianshehezhengwufuwuyiwangtongbangaozhil');
    expect(SourceMeta.shape.slug.safeParse(slug).success).toBe(true);
  });

  test('a name with nothing to write in letters or digits gets a slug of its bytes, still valid', () => {
    const slug = slugOfName('——');
    expect(slug).toMatch(/^report-[0-9a-f]{8}$/);
    expect(slugOfName('——')).toBe(slug);
    expect(SourceMeta.shape.slug.safeParse(slug).success).toBe(true);
  });
});

test('readSource gives a Chinese-named file a pinyin slug, so that two reports of one year do not collide', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-slug-'));
  for (const name of ['2025年四川省政府工作报告', '2025年山东省政府工作报告']) writeFileSync(join(dir, `${name}.txt`), '各位代表：\n现在，我代表省人民政府作报告。\n');
  const a = await readSource(join(dir, '2025年四川省政府工作报告.txt'));
  const b = await readSource(join(dir, '2025年山东省政府工作报告.txt'));
  expect([a.name, b.name]).toEqual(['2025-niansichuanshengzhengfugongzuobaogao', '2025-nianshandongshengzhengfugongzuobaogao']);
});
