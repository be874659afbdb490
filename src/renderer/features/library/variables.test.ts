import { describe, expect, it } from 'vitest';
import { extractVariables, fillVariables, splitVariables } from './variables.ts';

describe('{{variables}}', () => {
  const text = 'Summarize {{ notes }} for {{manager}} ({{manager | upper}}); ignore {{ 1bad }} and {single}.';

  it('finds each variable once, in order, with or without spaces and filters', () => {
    expect(extractVariables(text)).toEqual(['notes', 'manager']);
    expect(extractVariables('no variables here')).toEqual([]);
  });

  it('fills the variables that have values and keeps the others visible', () => {
    expect(fillVariables(text, { manager: 'Dana' })).toBe('Summarize {{ notes }} for Dana (Dana); ignore {{ 1bad }} and {single}.');
    expect(fillVariables('{{a}}{{b}}', { a: '$1 {{b}}', b: 'x' })).toBe('$1 {{b}}x'); // values are literal text
  });

  it('splits text into literal and variable parts for highlighting', () => {
    expect(splitVariables('Hi {{name}}!')).toEqual([{ text: 'Hi ' }, { text: '{{name}}', variable: 'name' }, { text: '!' }]);
    expect(splitVariables('')).toEqual([]);
  });
});
