// The slug a source's file name gives when its sidecar sets none: the URL of its pages (/zh-hans/<slug>/).
//   chengdu-2020-kejichuangxin → itself;  2025年四川省政府工作报告 → 2025-niansichuanshengzhengfugongzuobaogao
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

const HAN_RUN = /\p{Script=Han}+/u;
const HAN_RUNS = new RegExp(HAN_RUN, 'gu');
/** Full-width digits and Latin letters (a Chinese name's `２０２５年`): the ASCII ones, not separators. */
const halfWidth = (name: string): string => name.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * Official spellings that toneless pinyin would merge: 陕西 is Shaanxi (the State Council's romanization, since 山西 is
 * Shanxi), so 2025年陕西省… and 2025年山西省… get two slugs. Spelled so wherever they stand in a run.
 */
const SPELLINGS: Readonly<Record<string, string>> = { 陕西: 'shaanxi', 陝西: 'shaanxi' };
const SPELLED = new RegExp(`(${Object.keys(SPELLINGS).join('|')})`);

/** A run of Han characters in toneless pinyin, one word (ü as v, readings in context: 重庆 chongqing). */
const spell = (run: string): string =>
  run
    .split(SPELLED)
    .map((part) => SPELLINGS[part] ?? pinyin(part, { toneType: 'none', type: 'array', v: true }).join(''))
    .join('');

/**
 * The longest slug a Chinese name gives: a long title as a file name (57 characters: 163 letters) would make `<slug>.zh-Hans.mdx`
 * longer than a file system allows (255 bytes); two names that share their first words then clash, and the build says so.
 */
export const MAX_SLUG = 80;

/**
 * Lower-case ASCII letters, digits and hyphens, each run of other characters a hyphen (as every name
 * without Han characters always was); in a name with Han characters each run of them is written in pinyin
 * without tones (ü as v, readings in context: 重庆 chongqing) as one word, and hyphens do not repeat or
 * open or close the slug; such a slug keeps its first MAX_SLUG characters. Full-width digits and letters count as the ASCII
 * ones. A name with no letter or digit left gets `report-` and 8 hex digits of its SHA-256.
 */
export function slugOfName(written: string): string {
  const name = halfWidth(written);
  const slug = HAN_RUN.test(name)
    ? name
        .replace(HAN_RUNS, (run) => `-${spell(run)}-`)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, MAX_SLUG)
        .replace(/^-+|-+$/g, '')
    : name.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return /[a-z0-9]/.test(slug) ? slug : `report-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
}
