// scripts/lib/minify.ts: a module minified as build-search minifies Pagefind's pagefind.js — smaller,
// and it still works (exports kept, behaviour the same).
import { describe, expect, test } from 'vitest';
import { minifyScript } from '../scripts/lib/minify.ts';

describe('minifyScript', () => {
  const code = `
    // A comment the reader of the file needs, the browser does not.
    const greeting_prefix = "Hello, ";
    function make_greeting(person_name) {
      const full_text = greeting_prefix + person_name;
      return full_text;
    }
    export async function greet(person_name) {
      return make_greeting(person_name);
    }
    export const version = "1.5.2";
  `;

  test('is smaller and keeps the exports and what they do', async () => {
    const minified = minifyScript(code, 'example.js');
    expect(minified.length).toBeLessThan(code.length / 2);
    expect(minified).not.toContain('comment');
    const mod = (await import(`data:text/javascript,${encodeURIComponent(minified)}`)) as { greet: (n: string) => Promise<string>; version: string };
    expect(await mod.greet('world')).toBe('Hello, world');
    expect(mod.version).toBe('1.5.2');
  });

  test('drops the calls it is told to where their result is unused, and keeps the others', () => {
    const minified = minifyScript('export function load(url) { console.warn("slow", url); console.error("failed", url); return url; }', 'example.js', ['console.warn']);
    expect(minified).not.toContain('console.warn');
    expect(minified).toContain('console.error');
  });

  test('fails on code it cannot parse, naming the file', () => {
    expect(() => minifyScript('export const = ;', 'broken.js')).toThrow(/broken\.js: cannot minify/);
  });
});
