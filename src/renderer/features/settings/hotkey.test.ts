import { describe, expect, it } from 'vitest';
import { toAccelerator } from './HotkeyField.tsx';

const key = (k: string, code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('toAccelerator', () => {
  it('builds an Electron accelerator from the physical key and the modifiers', () => {
    expect(toAccelerator(key('e', 'KeyE', { ctrlKey: true, altKey: true }))).toBe('CommandOrControl+Alt+E');
    expect(toAccelerator(key('é', 'KeyE', { metaKey: true, altKey: true }))).toBe('CommandOrControl+Alt+E'); // layout-independent
    expect(toAccelerator(key('!', 'Digit1', { ctrlKey: true, shiftKey: true }))).toBe('CommandOrControl+Shift+1');
    expect(toAccelerator(key(' ', 'Space', { altKey: true }))).toBe('Alt+Space');
    expect(toAccelerator(key('F8', 'F8', { ctrlKey: true }))).toBe('CommandOrControl+F8');
  });

  it('waits while only modifiers are held, and refuses a key without a modifier', () => {
    expect(toAccelerator(key('Control', 'ControlLeft', { ctrlKey: true }))).toBeNull();
    expect(toAccelerator(key('k', 'KeyK'))).toBeNull();
  });
});
