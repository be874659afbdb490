import { describe, expect, it } from 'vitest';
import { createKeySender, keyCommand } from './key-sender.ts';

describe('key sender', () => {
  it('uses each platform’s own tool, without a shell', () => {
    expect(keyCommand('copy', 'linux', { DISPLAY: ':0' })).toEqual({ file: 'xdotool', args: ['key', '--clearmodifiers', 'ctrl+c'] });
    expect(keyCommand('paste', 'linux', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual({ file: 'wtype', args: ['-M', 'ctrl', '-k', 'v', '-m', 'ctrl'] });
    expect(keyCommand('undo', 'darwin', {})?.args[1]).toBe('tell application "System Events" to keystroke "z" using {command down}');
    expect(keyCommand('copy', 'win32', { SystemRoot: 'C:\\Windows' })?.args.at(-1)).toBe("(New-Object -ComObject WScript.Shell).SendKeys('^c')");
    expect(keyCommand('copy', 'linux', {})).toBeNull();
    expect(keyCommand('copy', 'freebsd', { DISPLAY: ':0' })).toBeNull();
  });

  it('says why keystrokes are unavailable, and runs the command when they are', async () => {
    expect(createKeySender({ platform: 'linux', env: {} }).unavailableReason()).toBe('no X11 or Wayland display');
    const missing = createKeySender({ platform: 'linux', env: { DISPLAY: ':0' }, exists: () => false });
    expect(missing.unavailableReason()).toBe('xdotool is not installed, so the selection cannot be copied');
    await expect(missing.send('copy')).rejects.toThrow('xdotool is not installed');

    const ran: string[][] = [];
    const ok = createKeySender({ platform: 'linux', env: { DISPLAY: ':0' }, exists: () => true, run: async (f, a) => void ran.push([f, ...a]) });
    expect(ok.unavailableReason()).toBeNull();
    await ok.send('paste');
    expect(ran).toEqual([['xdotool', 'key', '--clearmodifiers', 'ctrl+v']]);
  });
});
