import { z } from 'zod';

/** A name written the same in both scripts, e.g. `人工智能`: the converter leaves it untouched. */
const KeptTerm = z
  .string()
  .trim()
  .min(1, 'a term cannot be empty')
  .transform((text) => ({ hans: text, hant: text }));

/** A fixed conversion, e.g. `{ hans: 遂宁, hant: 遂寧 }`: used instead of OpenCC in both directions. */
const PairTerm = z
  .object({
    /** The Simplified form. */
    hans: z.string().trim().min(1, 'give the Simplified form'),
    /** The Traditional form. */
    hant: z.string().trim().min(1, 'give the Traditional form'),
    /**
     * Characters that stop the entry where one of them follows it (the text is then left to OpenCC),
     * e.g. `{ hans: 公司系, hant: 公司係, notBefore: 统列数 }`: the copula of 公司系徐工…, not 公司系统.
     * Written in Simplified; their Traditional forms (as the preset writes them) stop it too.
     */
    notBefore: z.string().trim().min(1, 'give the characters, e.g. notBefore: 统列').optional(),
    /** Why the term is here (shown to editors only). */
    note: z.string().optional(),
  })
  .strict();

/** One entry of `content/terms.yml`: a bare string keeps a name, `{ hans, hant }` fixes a conversion. */
export const Term = z.union([KeptTerm, PairTerm]);
export type Term = z.infer<typeof Term>;

/** `content/terms.yml`: protected names and fixed conversions, applied before OpenCC. */
export const TermsFile = z
  .object({
    /** Entries, longest match wins where two overlap. */
    terms: z.array(Term).default([]),
  })
  .strict();
export type TermsFile = z.infer<typeof TermsFile>;
