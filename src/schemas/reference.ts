import { z } from 'zod';

/** Where a reference leads: a part of the same report (`id` only), another report (`slug`, and `id` when it names a part), or nowhere the site holds (`{}`). */
export const ReferenceTarget = z.object({
  /** Slug of the other report; absent for a part of the same report. */
  slug: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  /** Anchor id of the part (`art12`, `art12-p2`, `ch3`, `app2`). */
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional(),
});
export type ReferenceTarget = z.infer<typeof ReferenceTarget>;

/** A reference of the text to its own parts (`本条例第十二条`, `前款`) or to another document (`《…》`). */
export const Reference = z.object({
  /** Id of the section it stands in. */
  section: z.string(),
  /** Id of the paragraph it stands in; absent when it stands in the section's heading. */
  paragraph: z.string().optional(),
  /** Source line of that paragraph or heading. */
  line: z.number().int().min(1),
  /** The words as printed, e.g. `本条例第十九条第二款`, `前款`, `《成都市科技计划项目管理办法》第三条`. */
  text: z.string(),
  /** `internal`: a part of this text; `document`: another document, named by its title. */
  kind: z.enum(['internal', 'document']),
  /** The title a document reference names, without 《》. */
  title: z.string().optional(),
  target: ReferenceTarget,
});
export type Reference = z.infer<typeof Reference>;
