/**
 * Finding text in a part of the page: every case-insensitive occurrence of a phrase across the
 * text nodes under a root (a match may span several nodes, e.g. around an insertion mark), as
 * DOM ranges to select and scroll to.
 */

/** Ranges of every occurrence of `needle` in the text under `root`, in document order. */
export function findRanges(root: Node, needle: string): Range[] {
  const query = needle.toLocaleLowerCase();
  if (!query) return [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  const lower = text.toLocaleLowerCase();
  // Lower-casing may change lengths in rare scripts; then positions are not trusted.
  if (lower.length !== text.length) return [];
  const locate = (pos: number): [Text, number] => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return [nodes[lo]!, pos - starts[lo]!];
  };
  const ranges: Range[] = [];
  for (let at = lower.indexOf(query); at >= 0; at = lower.indexOf(query, at + query.length)) {
    const range = root.ownerDocument!.createRange();
    const [a, ao] = locate(at);
    const [b, bo] = locate(at + query.length - 1);
    range.setStart(a, ao);
    range.setEnd(b, bo + 1);
    ranges.push(range);
  }
  return ranges;
}
