/**
 * Word's automatic numbering (numbering.xml): the number each list paragraph shows. Counters
 * live per abstract list, as in Word: `w:num` instances sharing an abstract list continue one
 * another unless they carry a `w:startOverride`, which restarts the level on first use. Each
 * level prints its `lvlText` pattern ("%1.%2)") with every level's counter in that level's format
 * (`list-numbers.ts`), or all in decimal where the level is legal-style (`w:isLgl`).
 */
import { onOff } from './docx-styles';
import { formatListNumber, kindOfFormat, type NumFormat, type NumKind } from './list-numbers';
import { child, childVal, childrenNamed, type XmlElement } from './xml';

export type { NumKind } from './list-numbers';

const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

interface Level {
  start: number;
  format: NumFormat;
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
    // A list defined by a numbering style (w:numStyleLink) takes its levels from the abstract list
    // that defines the style (w:styleLink).
    const byStyle = new Map<string, string>();
    const links = new Map<string, string>();
    for (const a of childrenNamed(root, 'abstractNum')) {
      const id = a.attrs['abstractNumId'] ?? '';
      const levels = new Map<number, Level>();
      for (const lvl of childrenNamed(a, 'lvl')) levels.set(Number(lvl.attrs['ilvl'] ?? 0), readLevel(lvl));
      this.abstracts.set(id, levels);
      const defines = childVal(a, 'styleLink');
      if (defines !== undefined) byStyle.set(defines, id);
      const uses = childVal(a, 'numStyleLink');
      if (uses !== undefined) links.set(id, uses);
    }
    for (const [id, style] of links) {
      const target = byStyle.get(style);
      const levels = target !== undefined ? this.abstracts.get(target) : undefined;
      if (levels && levels.size > 0 && (this.abstracts.get(id)?.size ?? 0) === 0) this.abstracts.set(id, levels);
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

  /**
   * Advances the list and returns the number printed before the paragraph, or null. `lang` is the
   * paragraph's language, for formats that spell numbers out.
   */
  next(numId: string, ilvl: number, lang = 'en'): PrintedNumber | null {
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
    // A level used before its parents ever were counts them as started ("1.1" before any "1.").
    for (let l = 0; l < ilvl; l++) if (counters[l] === undefined) counters[l] = this.level(inst, l)?.start ?? 1;
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? level.start : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const d = this.level(inst, deeper);
      const restart = d?.restart ?? deeper;
      if (restart !== 0 && ilvl < restart) counters[deeper] = undefined;
    }
    if (level.kind === 'none') return { text: '', kind: 'none', ilvl };
    if (level.kind === 'bullet') return { text: level.text, kind: 'bullet', ilvl };
    const text = level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const l = Number(d) - 1;
      const lv = this.level(inst, l);
      const value = counters[l] ?? lv?.start ?? 1;
      // Legal-style numbering (w:isLgl) prints every level of the text in decimal: "1.1", not "I.A".
      const format = level.legal ? DECIMAL : (lv?.format ?? DECIMAL);
      return formatListNumber(value, format, lang);
    });
    return { text, kind: level.kind, ilvl };
  }

  private level(inst: NumInstance, ilvl: number): Level | undefined {
    const override = inst.overrides.get(ilvl)?.level;
    return override ?? this.abstracts.get(inst.abstractId)?.get(ilvl);
  }
}

const DECIMAL: NumFormat = { fmt: 'decimal' };

/**
 * A level's number format. Word 2010 writes its custom formats ("001, 002, 003, ...") inside
 * mc:AlternateContent, with a plain format as the fallback for older readers.
 */
function numFormat(lvl: XmlElement): NumFormat {
  for (const alt of childrenNamed(lvl, 'AlternateContent', MC_NS)) {
    for (const choice of childrenNamed(alt, 'Choice', MC_NS)) {
      const f = child(choice, 'numFmt');
      if (f?.attrs['val']) return { fmt: f.attrs['val'], ...(f.attrs['format'] !== undefined ? { custom: f.attrs['format'] } : {}) };
    }
    for (const fallback of childrenNamed(alt, 'Fallback', MC_NS)) {
      const f = child(fallback, 'numFmt');
      if (f?.attrs['val']) return { fmt: f.attrs['val'] };
    }
  }
  const f = child(lvl, 'numFmt');
  return { fmt: f?.attrs['val'] ?? 'decimal', ...(f?.attrs['format'] !== undefined ? { custom: f.attrs['format'] } : {}) };
}

function readLevel(lvl: XmlElement): Level {
  const format = numFormat(lvl);
  const restart = childVal(lvl, 'lvlRestart');
  const lvlText = child(lvl, 'lvlText');
  return {
    start: Number(childVal(lvl, 'start') ?? 1),
    format,
    kind: kindOfFormat(format),
    text: lvlText?.attrs['null'] === '1' || lvlText?.attrs['null'] === 'true' ? '' : (lvlText?.attrs['val'] ?? ''),
    restart: restart !== undefined ? Number(restart) : undefined,
    pStyle: childVal(lvl, 'pStyle'),
    legal: onOff(child(lvl, 'isLgl')) === true,
  };
}
