import { describe, expect, it } from 'vitest';
import { assertPromptText, cutText, escapeSpecialTokens, InvalidClassifierInputError, truncateIds } from './text.ts';

describe('assertPromptText', () => {
  it('accepts non-empty strings', () => {
    expect(() => assertPromptText('hi')).not.toThrow();
  });
  it.each([[''], ['   \n\t '], [undefined], [null], [42], [{ text: 'x' }], [['a']]])('rejects %j with a clear error', (v) => {
    expect(() => assertPromptText(v)).toThrow(InvalidClassifierInputError);
    try {
      assertPromptText(v);
    } catch (e) {
      expect((e as InvalidClassifierInputError).code).toBe('INVALID_INPUT');
      expect((e as Error).message).toMatch(/Prompt (must be a string|is empty)/);
    }
  });
});

describe('cutText', () => {
  it('leaves short text alone', () => {
    expect(cutText('abc', 10)).toEqual({ text: 'abc', cut: false });
  });
  it('keeps the start and the end of long text', () => {
    const text = 'START ' + 'x'.repeat(10_000) + ' END';
    const r = cutText(text, 100);
    expect(r.cut).toBe(true);
    expect(r.text.startsWith('START ')).toBe(true);
    expect(r.text.endsWith(' END')).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(103);
  });
  it('never splits a surrogate pair', () => {
    const r = cutText('😀'.repeat(1000), 101);
    expect(r.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(r.text).not.toMatch(/(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

describe('escapeSpecialTokens', () => {
  it('defuses control strings a user types', () => {
    expect(escapeSpecialTokens('a [CLS] b [SEP][PAD] [MASK] [UNK]')).toBe('a [ CLS] b [ SEP][ PAD] [ MASK] [ UNK]');
    expect(escapeSpecialTokens('[cls] stays')).toBe('[cls] stays');
  });
});

describe('truncateIds', () => {
  const ids = [1, ...Array.from({ length: 300 }, (_, i) => 100 + i), 2];
  it('keeps [CLS]/[SEP], the first head tokens and the last ones', () => {
    const r = truncateIds(ids, 128, 94);
    expect(r.cut).toBe(true);
    expect(r.ids).toHaveLength(128);
    expect(r.ids[0]).toBe(1);
    expect(r.ids.at(-1)).toBe(2);
    expect(r.ids.slice(1, 95)).toEqual(ids.slice(1, 95));
    expect(r.ids.slice(95, -1)).toEqual(ids.slice(-33, -1));
  });
  it('does nothing under the budget', () => {
    expect(truncateIds([1, 5, 6, 2], 128, 94)).toEqual({ ids: [1, 5, 6, 2], cut: false });
  });
});
