/**
 * Which paragraph of the other side each paragraph is paired with so far, and how similar they
 * are: the state the alignment's stages (anchors, gaps, moves) fill in turn (align.ts).
 */
export class Matching {
  readonly toTarget: Int32Array;
  readonly toBase: Int32Array;
  readonly sims: Float64Array;
  constructor(nb: number, nt: number) {
    this.toTarget = new Int32Array(nb).fill(-1);
    this.toBase = new Int32Array(nt).fill(-1);
    this.sims = new Float64Array(nb);
  }
  pair(b: number, t: number, sim: number): void {
    this.toTarget[b] = t;
    this.toBase[t] = b;
    this.sims[b] = sim;
  }
}
