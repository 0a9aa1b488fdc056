/**
 * Text contrast as a reader sees it: for every text on screen, its colour against the colour
 * actually behind it (backgrounds of every ancestor composited, transparency and opacity
 * included), as a WCAG contrast ratio. Text that is not visible (hidden, transparent, clipped
 * away by an overflow, off screen) is left out. With `greyscale`, both colours first go through
 * the matrix of CSS `filter: grayscale(1)`, as a black-and-white projector or print shows them.
 */
import type { Page } from '@playwright/test';

export interface TextContrast {
  text: string;
  ratio: number;
  color: string;
  background: string;
  element: string;
}

/** Every visible text of the page with its contrast ratio, lowest first. */
export async function visibleTextContrast(page: Page, options: { greyscale?: boolean; within?: string } = {}): Promise<TextContrast[]> {
  return page.evaluate(measure, { greyscale: !!options.greyscale, within: options.within ?? null });
}

/** Runs in the page: self-contained, since Playwright sends it as source. */
function measure({ greyscale, within }: { greyscale: boolean; within: string | null }): TextContrast[] {
  type RGBA = [number, number, number, number];
  const parse = (c: string): RGBA => {
    const m = c.match(/^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
    if (m) {
      const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      return [+m[1]!, +m[2]!, +m[3]!, a];
    }
    const s = c.match(/^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\)$/);
    if (s) return [+s[1]! * 255, +s[2]! * 255, +s[3]! * 255, s[4] === undefined ? 1 : +s[4]];
    throw new Error(`Colour not understood by the contrast check: ${c}`);
  };
  // Source-over compositing of `top` onto an opaque `bottom`.
  const over = (top: RGBA, bottom: RGBA): RGBA => {
    const a = top[3];
    return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
  };
  // CSS filter grayscale(1): the luminance-to-alpha coefficients applied to the sRGB values.
  const grey = (c: RGBA): RGBA => {
    const y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    return [y, y, y, c[3]];
  };
  const lum = (c: RGBA) => {
    const ch = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]);
  };
  const ratio = (a: RGBA, b: RGBA) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
    return (x + 0.05) / (y + 0.05);
  };
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;

  /** The opaque colour behind `el`: its own and every ancestor's background, composited over white. */
  const backgroundOf = (el: Element): RGBA => {
    const layers: RGBA[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.backgroundImage !== 'none') throw new Error(`${describe(e)} has a background image: its contrast cannot be computed`);
      const bg = parse(cs.backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    return layers.reduceRight<RGBA>((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };
  const opacityOf = (el: Element) => {
    let o = 1;
    for (let e: Element | null = el; e; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity);
    return o;
  };
  /** The part of a rectangle left once every clipping ancestor and the viewport have cut it. */
  const shown = (el: Element, r: DOMRect) => {
    let [l, t, rt, b] = [r.left, r.top, r.right, r.bottom];
    for (let e: Element | null = el.parentElement; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
      const c = e.getBoundingClientRect();
      [l, t, rt, b] = [Math.max(l, c.left), Math.max(t, c.top), Math.min(rt, c.right), Math.min(b, c.bottom)];
    }
    [l, t, rt, b] = [Math.max(l, 0), Math.max(t, 0), Math.min(rt, innerWidth), Math.min(b, innerHeight)];
    return Math.max(0, rt - l) * Math.max(0, b - t);
  };

  const root = within ? document.querySelector(within) : document.body;
  if (!root) throw new Error(`Nothing matches ${within}`);
  const out: TextContrast[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent ?? '';
    const el = n.parentElement;
    if (!el || !text.trim() || el.closest('script, style, title, head')) continue;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const rects = [...range.getClientRects()];
    if (!rects.some((r) => shown(el, r) >= 4)) continue;
    const cs = getComputedStyle(el);
    if (cs.clip !== 'auto' && cs.position === 'absolute') continue; // visually hidden (screen reader only)
    const opacity = opacityOf(el);
    if (opacity === 0) continue;
    const fg0 = parse(cs.color);
    let bg = backgroundOf(el);
    let fg = over([fg0[0], fg0[1], fg0[2], fg0[3] * opacity], bg);
    if (greyscale) {
      bg = grey(bg);
      fg = grey(fg);
    }
    const toCss = (c: RGBA) => `rgb(${c.slice(0, 3).map((v) => Math.round(v)).join(', ')})`;
    out.push({ text: text.trim().slice(0, 60), ratio: Math.round(ratio(fg, bg) * 100) / 100, color: toCss(fg), background: toCss(bg), element: describe(el) });
  }
  return out.sort((a, b) => a.ratio - b.ratio);
}

/** Luminance of the background (most frequent grey) and of the darkest ink in a greyscale screenshot, as a contrast ratio. */
export async function inkContrast(page: Page, png: Buffer): Promise<{ ratio: number; background: number; ink: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const data = g.getImageData(0, 0, img.width, img.height).data;
    const hist = new Array<number>(256).fill(0);
    for (let i = 0; i < data.length; i += 4) hist[Math.round(0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!)]!++;
    const total = data.length / 4;
    const background = hist.indexOf(Math.max(...hist));
    // The darkest ink: the value below which 1 % of the pixels fall (glyph cores, not anti-aliased edges).
    let seen = 0;
    let ink = 0;
    for (; ink < 256; ink++) if ((seen += hist[ink]!) >= total * 0.01) break;
    const lin = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const [hi, lo] = [lin(background), lin(ink)].sort((a, b) => b - a) as [number, number];
    return { ratio: (hi + 0.05) / (lo + 0.05), background, ink };
  }, png.toString('base64'));
}
