import { describe, expect, it } from 'vitest';
import { presenterAction } from './keys';

const k = (key: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  presenterAction({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods })?.type ?? null;

describe('presenter keys', () => {
  it('step with what clickers and keyboards send', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n']) expect(k(key), key).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p']) expect(k(key), key).toBe('previous');
    expect(k(' ', { shiftKey: true })).toBe('previous');
    expect([k('Home'), k('End')]).toEqual(['first', 'last']);
  });
  it('blank with B or the full stop (clickers’ black-screen button), zoom with + and −, leave with Esc', () => {
    expect([k('b'), k('B'), k('.')]).toEqual(['blank', 'blank', 'blank']);
    expect(presenterAction({ key: '+', shiftKey: true, ctrlKey: false, metaKey: false, altKey: false })).toEqual({ type: 'zoom', delta: 1 });
    expect(presenterAction({ key: '-', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false })).toEqual({ type: 'zoom', delta: -1 });
    expect(k('Escape')).toBe('exit');
  });
  it('collect digits for a jump and keep F5 from reloading the page', () => {
    expect(presenterAction({ key: '7', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false })).toEqual({ type: 'digit', digit: '7' });
    expect([k('Enter'), k('Backspace'), k('F5')]).toEqual(['enter', 'backspace', 'ignore']);
  });
  it('leave shortcuts with modifiers and other keys to the app', () => {
    expect(k('s', { ctrlKey: true })).toBeNull();
    expect(k('ArrowRight', { altKey: true })).toBeNull();
    expect(k('+', { ctrlKey: true })).toBeNull();
    expect(k('Tab')).toBeNull();
    expect(k('x')).toBeNull();
  });
});
