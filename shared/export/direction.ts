/**
 * Text direction: Arabic (one of the six UN languages) and Hebrew paragraphs are laid out
 * right to left in the Word exports; HTML uses dir="auto" and needs no help.
 */

const STRONG = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]|\p{L}/u;
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/** True when the first letter of `text` belongs to a right-to-left script (the Unicode rule). */
export function isRightToLeft(text: string): boolean {
  const m = STRONG.exec(text);
  return m !== null && RTL.test(m[0]);
}
