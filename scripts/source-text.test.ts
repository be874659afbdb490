// Source files hold only printable text, tabs and newlines. A control character inside a pattern (a backspace where
// `\b` was meant, written by a script) compiles and lints cleanly but silently stops the pattern from matching.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DIRS = ['src', 'scripts', 'bench', 'e2e', 'training/intent', 'bin'];
const EXT = /\.(ts|tsx|js|mjs|cjs|py|json|css|html)$/;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.') || name === '__pycache__') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (EXT.test(name)) yield path;
  }
}

describe('source text', () => {
  it('contains no control characters besides tab, newline and carriage return', () => {
    const bad: string[] = [];
    for (const dir of DIRS) {
      for (const path of files(join(ROOT, dir))) {
        const text = readFileSync(path, 'utf8');
        // eslint-disable-next-line no-control-regex -- finding control characters is the point
        const m = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
        if (m) bad.push(`${relative(ROOT, path)}:${text.slice(0, m.index).split('\n').length} (U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')})`);
      }
    }
    expect(bad).toEqual([]);
  });
});
