// A report's short identifier, shown on its page and in /data/reports.json: the first 50 bits of the
// SHA-256 of its slug in Crockford's base32 (digits and lower-case letters without i, l, o, u), as
// `xxxxx-xxxxx`. It depends on the slug alone, so it is the same in every build, whatever else the
// site holds or the order it is built in; a report keeps it while its slug stays.
//   chengdu-2020-kejichuangxin → y8a0b-q68we
import { createHash } from 'node:crypto';

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';

/** The short identifier of a slug: 10 base32 characters (50 bits) in two groups of five. */
export function shortId(slug: string): string {
  const bytes = createHash('sha256').update(slug, 'utf8').digest();
  let bits = 0n;
  for (let i = 0; i < 7; i++) bits = (bits << 8n) | BigInt(bytes[i]!);
  bits >>= 6n; // 56 bits read, 50 kept
  let out = '';
  for (let i = 0; i < 10; i++) {
    out = alphabet[Number(bits & 31n)]! + out;
    bits >>= 5n;
  }
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}

/**
 * The short identifiers of a site's slugs; two slugs with one identifier (at 60,000 reports about one
 * chance in 600,000) stop the build, naming both, since a link by identifier would be ambiguous.
 */
export function shortIds(slugs: readonly string[], idOf: (slug: string) => string = shortId): Map<string, string> {
  const bySlug = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const slug of slugs) {
    const id = idOf(slug);
    const other = byId.get(id);
    if (other !== undefined && other !== slug)
      throw new Error(`reports ${other} and ${slug} have the same short identifier ${id} — change the slug of one (slug: in its .meta.yml)`);
    byId.set(id, slug);
    bySlug.set(slug, id);
  }
  return bySlug;
}
