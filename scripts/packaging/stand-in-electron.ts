// A stand-in for Electron's Linux distribution (the real binary cannot be downloaded here), laid out like the zip
// electron-builder would unpack: an `electron` executable carrying a real fuse wire (so electron-builder's fuse
// flipping runs for real), resources/, locales/, LICENSE, version. It only prints a line when run.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @electron/fuses' marker; the wire that follows is: version byte, length byte, one byte per fuse. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's own defaults, in @electron/fuses' V1 order: RunAsNode on, cookie encryption off, NODE_OPTIONS on,
 * --inspect on, asar integrity off, only-asar off, browser V8 snapshot off, file:// extra privileges on.
 */
export const ELECTRON_DEFAULT_FUSES = '10110001';

export function createStandInElectron(dir: string, version: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL, 'latin1'), Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), Buffer.from(ELECTRON_DEFAULT_FUSES, 'latin1')]);
  const script = Buffer.from('#!/bin/sh\necho "stand-in Electron: the real binary is not installed here"\nexit 0\n# ');
  writeFileSync(join(dir, 'electron'), Buffer.concat([script, wire, Buffer.from('\n')]));
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'locales', 'en-US.pak'), 'stand-in');
  writeFileSync(join(dir, 'LICENSE'), 'MIT (stand-in)');
  writeFileSync(join(dir, 'version'), version);
  return dir;
}
