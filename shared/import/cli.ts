/**
 * The JSON shape of `draftwatch import FILE --json`: structure only, stable and easy to diff.
 */
import { printedHeading } from '../model/draft';
import type { ImportedContent } from './types';

/** One block of the command-line JSON. */
export type CliBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; number: string | null; level: number; section: string[]; text: string };

/** Command-line JSON of imported content. Heading text is printed with its number ("A. Overview"). */
export function importToCliJson(content: ImportedContent): { title: string; language?: string; blocks: CliBlock[] } {
  return {
    title: content.title,
    ...(content.language ? { language: content.language } : {}),
    blocks: content.blocks.map((b): CliBlock =>
      b.kind === 'heading'
        ? { kind: 'heading', level: b.level, text: printedHeading(b) }
        : { kind: 'paragraph', number: b.number, level: b.level, section: [...b.section], text: b.text },
    ),
  };
}
