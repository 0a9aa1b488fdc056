/**
 * The few runtime globals `shared/` may use. They exist in every host it runs in (Node, the
 * renderer, workers), but `shared/` is compiled without DOM or Node types so that nothing else
 * slips in; declare only what is used.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
