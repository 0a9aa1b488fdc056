import { describe, expect, it } from 'vitest';
import { commandForKey, ownsUndo } from './shortcuts';

const k = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
  commandForKey({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('browser-mode shortcuts', () => {
  it('map the usual keys to menu commands', () => {
    expect(k('s', { ctrlKey: true })).toBe('save');
    expect(k('S', { ctrlKey: true, shiftKey: true })).toBe('save-as');
    expect(k('o', { metaKey: true })).toBe('open');
    expect(k('i', { ctrlKey: true })).toBe('import');
    expect(k('z', { ctrlKey: true })).toBe('undo');
    expect(k('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(k('y', { ctrlKey: true })).toBe('redo');
    expect(k('F8')).toBe('next-change');
    expect(k('F8', { shiftKey: true })).toBe('previous-change');
    expect(k('F5')).toBe('present');
  });
  it('leave plain typing and Alt combinations alone', () => {
    expect(k('s')).toBeNull();
    expect(k('s', { ctrlKey: true, altKey: true })).toBeNull();
    expect(k('n', { ctrlKey: true })).toBeNull();
    expect(k('F5', { ctrlKey: true })).toBeNull(); // the browser's hard reload
  });
});

describe('focus-aware undo', () => {
  const el = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, ...extra }) as unknown as EventTarget;
  it('leaves Ctrl+Z to text fields and editors, and takes it elsewhere', () => {
    expect(ownsUndo(el('TEXTAREA'))).toBe(true);
    expect(ownsUndo(el('INPUT', { type: 'text' }))).toBe(true);
    expect(ownsUndo(el('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(ownsUndo(el('DIV', { isContentEditable: true }))).toBe(true);
    expect(ownsUndo(el('BUTTON', { isContentEditable: false }))).toBe(false);
    expect(ownsUndo(null)).toBe(false);
  });
});
