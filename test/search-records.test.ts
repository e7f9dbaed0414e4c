// The indexed text of a section (src/search/records.ts) normalises each section's lines once and
// reuses them: asked again with another fold table, the same sections give that table's text.
import { describe, expect, test } from 'vitest';
import { sectionText } from '../src/search/records.ts';

const hans = { id: 's1', anchor: 's1', heading: '一、总体', lines: ['创新平台建设', '裡程碑'] };
const hant = { id: 's1', anchor: 's1', heading: '一、總體', lines: ['創新平臺建設', '裡程碑'] };

describe('sectionText reuses the normalised lines of a section', () => {
  test('the same section objects with two fold tables give each table its own text', () => {
    const none = sectionText(hans, hant, {});
    const folded = sectionText(hans, hant, { 總: '总', 體: '体', 創: '创', 臺: '台', 設: '设', 裡: '里' });
    expect(folded).toBe('一 、 总 体 ¶ 创 新 平 台 建 设 ¶ 里 程 碑');
    expect(none).toBe('一 、 总 体 ¶ 创 新 平 台 建 设 ¶ 裡 程 碑 § 一 、 總 體 ¶ 創 新 平 臺 建 設');
    expect(sectionText(hans, hant, {})).toBe(none);
  });
});
