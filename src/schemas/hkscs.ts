import { z } from 'zod';

const Hex = z.string().regex(/^[0-9A-F]{4}$/);

/** One Hong Kong character stored as a Private Use Area code point, and the character it stands for. */
export const HkscsPuaMapping = z
  .object({
    /** The PUA code point, hex (U+E000–U+F8FF), e.g. `EB7B`. */
    pua: Hex.refine((h) => parseInt(h, 16) >= 0xe000 && parseInt(h, 16) <= 0xf8ff, 'not a Private Use Area code point'),
    /** The character's Big-5 (HKSCS) code, hex, e.g. `9BD3`. */
    big5: Hex,
    /** The character in current Unicode (HKSCS-2008's ISO/IEC 10646:2003 + Amendment column), e.g. `劏`; four are a letter + combining mark. */
    char: z.string().min(1).max(4),
  })
  .strict();
export type HkscsPuaMapping = z.infer<typeof HkscsPuaMapping>;

/** The data file src/pipeline/data/hkscs-pua.json: where it comes from, and the mappings (one per PUA code point). */
export const HkscsPuaData = z.object({ source: z.string(), mappings: z.array(HkscsPuaMapping) }).strict();
export type HkscsPuaData = z.infer<typeof HkscsPuaData>;
