// Layering of DESIGN.md §2, enforced here rather than by convention.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const electron = { name: 'electron', message: 'electron may only be imported in src/main and src/preload.' };
const layer = (from, message) => ({ group: from, message });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'training/.work/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [electron] }],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [electron],
        patterns: [
          layer(['node:*'], 'src/shared is pure TypeScript: no Node built-ins.'),
          layer(['react', 'react-dom', '**/core/**', '**/inference/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/cli/**', '**/server/**'],
            'src/shared depends on nothing but zod.'),
        ],
      }],
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/core/**', 'src/inference/**', 'src/cli/**', 'src/server/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electron],
        patterns: [layer(['**/main/**', '**/preload/**', '**/renderer/**', 'react', 'react-dom'], 'Node layers never import the Electron shell or the UI.')],
      }],
    },
  },
  {
    files: ['src/inference/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electron],
        patterns: [layer(['**/core/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/cli/**', '**/server/**'], 'src/inference depends only on src/shared.')],
      }],
    },
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [electron],
        patterns: [
          layer(['node:*'], 'The renderer runs in a sandbox: no Node built-ins.'),
          layer(['**/core/**', '**/inference/**', '**/main/**', '**/preload/**', '**/cli/**', '**/server/**'], 'The renderer talks to the app only through the API client.'),
          { group: ['**/shared/**'], allowTypeImports: true, message: 'The renderer imports the contract type-only.' },
        ],
      }],
    },
  },
  {
    files: ['src/main/**', 'src/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/preload/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [layer(['**/core/**', '**/inference/**', '**/main/**', '**/renderer/**', '**/cli/**', '**/server/**'], 'The preload bridge exposes the contract only.')],
      }],
    },
  },
);
