/** Builders for annotation tests and benchmarks: an annotation on a passage of a draft. */
import { isParagraph, type Draft } from '../../model/draft';
import { quoteAt } from '../quote';
import type { Annotation, Position } from '../schema';
import { prng } from '../../testing/generator';

let n = 0;

/** An annotation on `text[start, end)` of paragraph `paragraphId` of `draft`. */
export function annotate(draft: Draft, paragraphId: string, start: number, end: number, extra: Partial<Annotation> & { position?: Position } = {}): Annotation {
  const p = draft.blocks.find((b) => b.id === paragraphId);
  if (!p || !isParagraph(p)) throw new Error(`no paragraph ${paragraphId} in ${draft.label}`);
  const { position, ...rest } = extra;
  return {
    id: `urn:test:${++n}`,
    created: '2026-02-12T10:00:00.000Z',
    modified: '2026-02-12T10:00:00.000Z',
    delegation: 'Utopia',
    author: '',
    target: { source: draft.id, paragraph: paragraphId, quote: quoteAt(p.text, start, end), position: { start, end } },
    body: { comment: '<p>Note</p>', position: position ?? 'support', priority: 'normal', tags: [], replacement: null },
    ...rest,
  };
}

/** An annotation on the first occurrence of `words` in the paragraph numbered `number`. */
export function annotateWords(draft: Draft, number: string, words: string, extra: Partial<Annotation> & { position?: Position } = {}): Annotation {
  const p = draft.blocks.find((b) => isParagraph(b) && b.number === number);
  if (!p) throw new Error(`no paragraph ${number} in ${draft.label}`);
  const at = p.text.indexOf(words);
  if (at < 0) throw new Error(`“${words}” is not in ¶${number} of ${draft.label}`);
  return annotate(draft, p.id, at, at + words.length, extra);
}

/** `count` annotations on random word spans (1 to 8 words) of random paragraphs, seeded. */
export function randomAnnotations(draft: Draft, count: number, seed: number): Annotation[] {
  const r = prng(seed);
  const paras = draft.blocks.filter(isParagraph).filter((p) => /\S/.test(p.text));
  return Array.from({ length: count }, () => {
    const p = paras[Math.floor(r() * paras.length)]!;
    const words = [...p.text.matchAll(/\S+/g)];
    const a = Math.floor(r() * words.length);
    const b = Math.min(words.length - 1, a + Math.floor(r() * 8));
    return annotate(draft, p.id, words[a]!.index!, words[b]!.index! + words[b]![0].length);
  });
}
