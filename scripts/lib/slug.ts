// The slug a source's file name gives when its sidecar sets none: the URL of its pages (/zh-hans/<slug>/).
//   chengdu-2020-kejichuangxin → itself;  2025年四川省政府工作报告 → 2025-niansichuanshengzhengfugongzuobaogao
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

const HAN_RUN = /\p{Script=Han}+/u;

/**
 * Lower-case ASCII letters, digits and hyphens, each run of other characters a hyphen (as every name
 * without Han characters always was); in a name with Han characters each run of them is written in pinyin
 * without tones (ü as v, readings in context: 重庆 chongqing) as one word, and hyphens do not repeat or
 * open or close the slug. A name with no letter or digit left gets `report-` and 8 hex digits of its SHA-256.
 */
export function slugOfName(name: string): string {
  const slug = HAN_RUN.test(name)
    ? name
        .replace(new RegExp(HAN_RUN, 'gu'), (run) => `-${pinyin(run, { toneType: 'none', type: 'array', v: true }).join('')}-`)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
    : name.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return /[a-z0-9]/.test(slug) ? slug : `report-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
}
