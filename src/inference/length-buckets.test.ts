import { describe, expect, it } from 'vitest';
import { lengthBuckets } from './classifier.ts';

const req = (n: number) => ({ ids: new Array<number>(n).fill(1) });

describe('lengthBuckets', () => {
  it('keeps every request, in order, in calls of at most maxBatch', () => {
    const sorted = [5, 6, 6, 7, 9, 10, 12, 12].map(req);
    const batches = lengthBuckets(sorted, 3);
    expect(batches.flat()).toEqual(sorted);
    expect(batches.every((b) => b.length <= 3)).toBe(true);
  });
  it('never pads a short prompt to a much longer one', () => {
    const batches = lengthBuckets([10, 12, 14, 30, 40, 120, 128].map(req), 32);
    expect(batches.map((b) => b.map((r) => r.ids.length))).toEqual([[10, 12, 14], [30, 40], [120, 128]]);
  });
  it('handles an empty queue', () => {
    expect(lengthBuckets([], 32)).toEqual([]);
  });
});
