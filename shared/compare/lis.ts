/** Longest increasing subsequence: the order-preserving core of an alignment (patience). */

/**
 * Indices (into `values`) of a longest strictly increasing subsequence of `values`,
 * in O(n log n).
 */
export function longestIncreasing(values: ArrayLike<number>): number[] {
  // tails[k]: the index ending the best run of length k + 1 found so far.
  const tails = new Int32Array(values.length);
  let length = 0;
  const prev = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
    if (lo === length) length++;
  }
  const out = new Array<number>(length);
  for (let k = length - 1, i = length ? tails[length - 1]! : -1; i >= 0; i = prev[i]!) out[k--] = i;
  return out;
}
