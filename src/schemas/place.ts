import { z } from 'zod';

/** One administrative division of src/pipeline/data/places.json (generated) or places-extra.json (by hand). */
export const Place = z
  .object({
    /** Official name, e.g. 呼伦贝尔市, 海拉尔区, 内蒙古自治区. */
    name: z.string().min(2),
    /** The name as a report's region shows it (呼伦贝尔, 内蒙古); counties and districts keep their full name. */
    short: z.string().min(2).optional(),
    /** `country` is the whole country (全国): national texts (国务院, 中华人民共和国…法) have it as region. */
    level: z.enum(['country', 'province', 'city', 'county']),
    /** Official name of the division that contains it. */
    parent: z.string().min(2).optional(),
    /** Other spellings found in texts (Traditional script: 臺灣, 澳門). */
    aliases: z.array(z.string().min(2)).optional(),
    /** Bodies whose name stands for the place where place names are read (title, issuer, subtitle, speaker): 国务院 → 全国, 立法院 → 臺灣. */
    organs: z.array(z.string().min(2)).optional(),
    /** Words only this place's texts use (新臺幣, 港元), counted in the body when those name no place. */
    markers: z.array(z.string().min(2)).optional(),
  })
  .strict();
export type Place = z.infer<typeof Place>;

/** The place-name data file: where it comes from, and the places. */
export const PlaceData = z.object({ source: z.string(), places: z.array(Place) }).strict();
export type PlaceData = z.infer<typeof PlaceData>;

/**
 * The hand-written place data (src/pipeline/data/places-extra.json): the places GB/T 2260 does not list (the country, Hong Kong, Macao,
 * Taiwan and its municipalities and counties), and what scripts/update-places.ts reads to generate places.json (generic district
 * names left out, the short names of autonomous prefectures).
 */
export const PlaceExtraData = z
  .object({
    /** Names holding a place name that are no mention of the place (上海合作组织), with why. */
    not_mentions: z.object({ about: z.string(), words: z.array(z.string()) }).strict(),
    generic_counties: z.array(z.string()),
    places: z.array(Place),
    shorts: z.record(z.string(), z.string().nullable()),
  })
  .strict();
