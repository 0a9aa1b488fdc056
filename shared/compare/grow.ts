/**
 * The engine's reused buffers (typed arrays kept from call to call) grow by copying into a
 * longer one when a text or a draft needs more room.
 */

/** A copy of `a` with room for `n` entries (the rest zeros). */
export function grown<T extends Int8Array | Uint8Array | Int32Array | Float64Array>(a: T, n: number): T {
  const b = new (a.constructor as new (length: number) => T)(n);
  b.set(a);
  return b;
}
