/** Word-level redline text: deletions struck, insertions underlined (colour is only a second cue). */
import type { DiffOp } from '../../../shared/compare/types';

export function DiffText({ ops, side }: { ops: DiffOp[]; side: 'both' | 'base' | 'target' }) {
  return (
    <>
      {ops.map(([op, text], i) => {
        if (op === '=') return <span key={i}>{text}</span>;
        if (op === '-') return side === 'target' ? null : <del key={i}>{text}</del>;
        return side === 'base' ? null : <ins key={i}>{text}</ins>;
      })}
    </>
  );
}
