/**
 * Word's automatic numbering (numbering.xml): the number each list paragraph shows. Counters
 * live per abstract list, as in Word: `w:num` instances sharing an abstract list continue one
 * another unless they carry a `w:startOverride`, which restarts the level on first use.
 */
import { toLetters, toRoman } from './numbers';
import { child, childVal, childrenNamed, type XmlElement } from './xml';

/** Number formats, reduced to the ones that matter for structure. */
export type NumKind = 'decimal' | 'letter' | 'upperLetter' | 'roman' | 'upperRoman' | 'bullet' | 'none' | 'other';

interface Level {
  start: number;
  kind: NumKind;
  text: string;
  /** Restart after a level shallower than this one (1-based, Word's w:lvlRestart); 0 = never. */
  restart?: number;
  pStyle?: string;
  legal: boolean;
}

interface NumInstance {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

/** One numbered paragraph's printed number. */
export interface PrintedNumber {
  text: string;
  kind: NumKind;
  ilvl: number;
}

/** Reads numbering.xml; `next` then hands out numbers in document order. */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, NumInstance>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(root: XmlElement | null) {
    if (!root) return;
    for (const a of childrenNamed(root, 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of childrenNamed(a, 'lvl')) levels.set(Number(lvl.attrs['ilvl'] ?? 0), readLevel(lvl));
      this.abstracts.set(a.attrs['abstractNumId'] ?? '', levels);
    }
    for (const n of childrenNamed(root, 'num')) {
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const o of childrenNamed(n, 'lvlOverride')) {
        const start = childVal(o, 'startOverride');
        const lvl = child(o, 'lvl');
        overrides.set(Number(o.attrs['ilvl'] ?? 0), {
          start: start !== undefined ? Number(start) : undefined,
          level: lvl ? readLevel(lvl) : undefined,
        });
      }
      this.nums.set(n.attrs['numId'] ?? '', { abstractId: childVal(n, 'abstractNumId') ?? '', overrides });
    }
  }

  /** The level a style-numbered paragraph sits at, from the level naming its style. */
  levelForStyle(numId: string, styleId: string): number | undefined {
    const inst = this.nums.get(numId);
    const levels = inst && this.abstracts.get(inst.abstractId);
    if (!levels) return undefined;
    for (const [ilvl, lvl] of levels) if (lvl.pStyle === styleId) return ilvl;
    return undefined;
  }

  /** Advances the list and returns the number printed before the paragraph, or null. */
  next(numId: string, ilvl: number): PrintedNumber | null {
    const inst = this.nums.get(numId);
    if (!inst || numId === '0') return null;
    const level = this.level(inst, ilvl);
    if (!level) return null;
    const key = inst.abstractId;
    const counters = this.counters.get(key) ?? [];
    this.counters.set(key, counters);
    const override = inst.overrides.get(ilvl);
    const firstUse = !this.started.has(`${numId}:${ilvl}`);
    this.started.add(`${numId}:${ilvl}`);
    if (firstUse && override?.start !== undefined) counters[ilvl] = override.start - 1;
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? level.start : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const d = this.level(inst, deeper);
      const restart = d?.restart ?? deeper;
      if (restart !== 0 && ilvl < restart) counters[deeper] = undefined;
    }
    if (level.kind === 'none') return { text: '', kind: 'none', ilvl };
    const text = level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const l = Number(d) - 1;
      const lv = this.level(inst, l);
      const value = counters[l] ?? lv?.start ?? 1;
      return format(value, level.legal && l !== ilvl ? 'decimal' : (lv?.kind ?? 'decimal'));
    });
    return { text, kind: level.kind, ilvl };
  }

  private level(inst: NumInstance, ilvl: number): Level | undefined {
    const override = inst.overrides.get(ilvl)?.level;
    return override ?? this.abstracts.get(inst.abstractId)?.get(ilvl);
  }
}

function readLevel(lvl: XmlElement): Level {
  const fmt = childVal(lvl, 'numFmt') ?? 'decimal';
  const restart = childVal(lvl, 'lvlRestart');
  return {
    start: Number(childVal(lvl, 'start') ?? 1),
    kind: kindOf(fmt),
    text: childVal(lvl, 'lvlText') ?? '',
    restart: restart !== undefined ? Number(restart) : undefined,
    pStyle: childVal(lvl, 'pStyle'),
    legal: child(lvl, 'isLgl') !== undefined,
  };
}

function kindOf(fmt: string): NumKind {
  switch (fmt) {
    case 'decimal':
    case 'decimalZero':
      return 'decimal';
    case 'lowerLetter':
      return 'letter';
    case 'upperLetter':
      return 'upperLetter';
    case 'lowerRoman':
      return 'roman';
    case 'upperRoman':
      return 'upperRoman';
    case 'bullet':
      return 'bullet';
    case 'none':
      return 'none';
    default:
      return 'other';
  }
}

function format(n: number, kind: NumKind): string {
  switch (kind) {
    case 'letter':
      return toLetters(n);
    case 'upperLetter':
      return toLetters(n).toUpperCase();
    case 'roman':
      return toRoman(n);
    case 'upperRoman':
      return toRoman(n).toUpperCase();
    default:
      return String(n);
  }
}
