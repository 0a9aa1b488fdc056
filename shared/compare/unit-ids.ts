/**
 * Ids of stretches of text by their code units, looked up straight from the text: an
 * open-addressing table that hashes and compares code units in place, so no string is made per
 * lookup, and keeps each stretch as code units in one typed buffer (comparing against strings
 * sliced from the text cost more than the rest of a lookup). Ids count up from 0 in the order
 * the stretches are first met. The features' vocabulary (words, case folded) and the word
 * diff's chunk codes (case kept) build on it; each reads the text its own way and probes with
 * its own comparison, then records what it adds here.
 */

import { grown } from './grow';

/** FNV-1a over code units: the seed, then `h = imul(h ^ unit, PRIME)` per unit. */
export const HASH_SEED = 0x811c9dc5;
export const HASH_PRIME = 0x01000193;

export class UnitIds {
  protected slots = new Int32Array(1 << 12).fill(-1);
  /** Per id: its hash, and where its code units start in `units` (its length is the gap to the next). */
  protected hashes = new Int32Array(1 << 11);
  protected starts = new Int32Array((1 << 11) + 1);
  protected units = new Uint16Array(1 << 14);
  size = 0;

  /** Forgets every id (the next one is 0 again); the buffers are kept. */
  clear(): void {
    this.slots.fill(-1);
    this.size = 0;
  }

  /** Room for the next id and its `length` code units; returns where they go in `units`. */
  protected room(length: number): number {
    const id = this.size;
    if (id + 1 >= this.hashes.length) {
      this.hashes = grown(this.hashes, this.hashes.length * 2);
      this.starts = grown(this.starts, this.starts.length * 2);
    }
    const o = this.starts[id]!;
    if (o + length > this.units.length) {
      const units = new Uint16Array(Math.max(this.units.length * 2, o + length));
      units.set(this.units);
      this.units = units;
    }
    return o;
  }

  /** Records the next id, its code units written (by the caller, from `room`) up to `end`, in `slot`. */
  protected added(slot: number, h: number, end: number): number {
    const id = this.size++;
    this.starts[id + 1] = end;
    this.hashes[id] = h;
    this.slots[slot] = id;
    if (this.size * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}
