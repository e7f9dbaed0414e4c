// The components generated MDX may use (see src/pipeline/emit.ts componentNames).
import Section from './Section.astro';
import P from './P.astro';
import Mark from './Mark.astro';
import Callout from './Callout.astro';
import Table from './Table.astro';
import Tr from './Tr.astro';
import Th from './Th.astro';
import Td from './Td.astro';
import Refs from './Refs.astro';
import NoteRef from './NoteRef.astro';

export const mdxComponents = { Section, P, Mark, Callout, Table, Tr, Th, Td, Refs, NoteRef };
