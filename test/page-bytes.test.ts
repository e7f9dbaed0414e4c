// scripts/page-bytes.ts: every byte of a page counted once, for the innermost part it lies in.
import { describe, expect, test } from 'vitest';
import { measurePage } from '../scripts/page-bytes.ts';

describe('measurePage', () => {
  const html =
    '<!DOCTYPE html><html><head><title>t</title></head><body><div class="report-body">' +
    '<section><h2 id="s1" class="sec-h"><a class="anchor" href="#s1">一、总体</a></h2>' +
    '<div id="s1-p1" class="para"><p>达到<mark id="s1-i1">5家</mark>。</p></div>' +
    '<aside class="co"><a href="#s1-i1"><span>企业</span></a></aside></section></div></body></html>';
  const parts = measurePage(html);
  const of = (part: Parameters<typeof parts.get>[0]) => parts.get(part)!;

  test('the parts add up to the page, and text is what lies between tags', () => {
    expect([...parts.values()].reduce((n, t) => n + t.bytes, 0)).toBe(Buffer.byteLength(html));
    expect(of('head')).toEqual({ bytes: '<head><title>t</title></head>'.length, text: 1 });
  });

  test('a mark inside a paragraph is the mark’s, the rest of the paragraph the paragraph’s', () => {
    expect(of('figure marks')).toEqual({ bytes: Buffer.byteLength('<mark id="s1-i1">5家</mark>'), text: Buffer.byteLength('5家') });
    expect(of('paragraph wrappers').text).toBe(Buffer.byteLength('达到。'));
    expect(of('callouts').text).toBe(Buffer.byteLength('企业'));
    expect(of('section headings').text).toBe(Buffer.byteLength('一、总体'));
  });
});
