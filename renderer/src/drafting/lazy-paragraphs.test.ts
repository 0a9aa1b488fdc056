import { describe, expect, it } from 'vitest';
import { fastTypingOn, readSetting, reasonFor, settingFor, type Assistive, type FastTypingSetting } from './lazy-paragraphs';

const everyAssistive: Assistive[] = [true, false, null];
const everySetting: FastTypingSetting[] = ['auto', 'on', 'off'];

describe('"Fast typing": on by default only where no assistive technology is known to run', () => {
  it('automatic: on without a screen reader, off with one, off when the host cannot tell (browser mode)', () => {
    expect(fastTypingOn('auto', false)).toBe(true);
    expect(fastTypingOn('auto', true)).toBe(false);
    expect(fastTypingOn('auto', null)).toBe(false);
  });

  it('a choice holds whatever assistive technology does', () => {
    for (const a of everyAssistive) {
      expect(fastTypingOn('on', a)).toBe(true);
      expect(fastTypingOn('off', a)).toBe(false);
    }
  });

  it('the switch gives what was asked, and returns to automatic when that is what automatic gives', () => {
    for (const a of everyAssistive) {
      for (const on of [true, false]) {
        const s = settingFor(on, a);
        expect(fastTypingOn(s, a)).toBe(on);
        expect(s === 'auto').toBe(fastTypingOn('auto', a) === on);
      }
    }
    // With a screen reader: switched on is a choice, and stays on if the reader quits and returns.
    expect(settingFor(true, true)).toBe('on');
    // Without one: switched off is a choice that holds when a screen reader starts later.
    expect(settingFor(false, false)).toBe('off');
    expect(fastTypingOn('off', true)).toBe(false);
  });

  it('an automatic switch follows a screen reader starting and stopping', () => {
    expect([false, true, false].map((a) => fastTypingOn('auto', a))).toEqual([true, false, true]);
  });

  it('reads what it stored, and anything else as automatic (the stored "1" of earlier versions stays on)', () => {
    expect(readSetting('1')).toBe('on');
    expect(readSetting('0')).toBe('off');
    for (const other of [null, '', 'true', 'auto', '2']) expect(readSetting(other)).toBe('auto');
  });

  it('says why the switch is where it is', () => {
    for (const s of everySetting) for (const a of everyAssistive) {
      const r = reasonFor(s, a);
      if (s !== 'auto') expect(r).toBe('chosen');
      else expect(r).toBe(a === null ? 'unknown' : a ? 'assistive' : 'noAssistive');
    }
  });
});
