// The components generated MDX may use (see src/pipeline/emit.ts componentNames).
import Callout from './Callout.astro';
import Table from './Table.astro';
import Refs from './Refs.astro';
import NoteRef from './NoteRef.astro';
import { Mark, P, Section, Td, Th, Tr } from './elements.ts';

export const mdxComponents = { Section, P, Mark, Callout, Table, Tr, Th, Td, Refs, NoteRef };
