import { validateHostArgs } from './payloads';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeWire, encodeWire, fromBase64, toBase64 } from './wire';

describe('wire encoding', () => {
  it('base64 agrees with Node for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const b64 = toBase64(bytes);
        expect(b64).toBe(Buffer.from(bytes).toString('base64'));
        expect(Array.from(fromBase64(b64))).toEqual(Array.from(bytes));
      }),
    );
  });
  it('round-trips nested Uint8Array values through JSON', () => {
    const value = { name: 'rev1.docx', bytes: new Uint8Array([0, 1, 2, 250, 255]), list: [new Uint8Array([7])] };
    const back = decodeWire(encodeWire(value)) as typeof value;
    expect(back.name).toBe('rev1.docx');
    expect(back.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(back.bytes)).toEqual([0, 1, 2, 250, 255]);
    expect(Array.from(back.list[0]!)).toEqual([7]);
  });
  it('rejects characters outside the base64 alphabet', () => {
    expect(() => fromBase64('ab$d')).toThrow(/invalid base64/);
  });
});

describe('host call payloads', () => {
  it('takes an interface language Draftwatch has and refuses any other value', () => {
    expect(validateHostArgs('setUiLanguage', ['fr'])).toEqual(['fr']);
    for (const bad of [['de'], [], ['fr', 'es'], [42], ['__proto__']]) {
      expect(() => validateHostArgs('setUiLanguage', bad)).toThrow(/Invalid arguments for setUiLanguage/);
    }
  });
});
