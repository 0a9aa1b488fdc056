import { describe, expect, it } from 'vitest';
import { assistiveRelay } from './assistive';

/** A stand-in for ipcRenderer.on: `send` delivers a value as main would. */
function channel() {
  let receive: ((value: unknown) => void) | null = null;
  return { listen: (r: (value: unknown) => void) => (receive = r), send: (value: unknown) => receive!(value) };
}

describe('assistiveRelay', () => {
  it('hands a subscriber the value main sent before it subscribed, then every change', () => {
    const ch = channel();
    const subscribe = assistiveRelay(ch.listen);
    ch.send(false);
    const seen: boolean[] = [];
    subscribe((a) => seen.push(a));
    expect(seen).toEqual([false]);
    ch.send(true);
    ch.send(false);
    expect(seen).toEqual([false, true, false]);
  });

  it('says nothing until main has spoken', () => {
    const ch = channel();
    const seen: boolean[] = [];
    assistiveRelay(ch.listen)((a) => seen.push(a));
    expect(seen).toEqual([]);
    ch.send(true);
    expect(seen).toEqual([true]);
  });

  it('drops values that are not booleans, keeping the last good one', () => {
    const ch = channel();
    const subscribe = assistiveRelay(ch.listen);
    ch.send(true);
    for (const bad of ['false', 0, null, undefined, { active: false }]) ch.send(bad);
    const seen: boolean[] = [];
    subscribe((a) => seen.push(a));
    expect(seen).toEqual([true]);
  });

  it('stops calling a subscriber that unsubscribed, and keeps calling the others', () => {
    const ch = channel();
    const subscribe = assistiveRelay(ch.listen);
    const a: boolean[] = [];
    const b: boolean[] = [];
    const stopA = subscribe((v) => a.push(v));
    subscribe((v) => b.push(v));
    subscribe((v) => b.push(v));
    ch.send(true);
    stopA();
    ch.send(false);
    expect(a).toEqual([true]);
    expect(b).toEqual([true, true, false, false]);
  });
});
