import { describe, expect, it } from 'vitest';
import { LineBuffer } from './buffer';

describe('LineBuffer', () => {
  it('keeps the newest lines up to the cap and counts what it dropped', () => {
    const buffer = new LineBuffer<number>(5);
    buffer.push([1, 2, 3]);
    expect(buffer.snapshot()).toEqual([1, 2, 3]);
    buffer.push([4, 5, 6, 7]);
    expect(buffer.snapshot()).toEqual([3, 4, 5, 6, 7]);
    expect(buffer.dropped).toBe(2);
  });

  it('takes a burst larger than the cap in one go', () => {
    const buffer = new LineBuffer<number>(3);
    buffer.push([1]);
    buffer.push([2, 3, 4, 5, 6]);
    expect(buffer.snapshot()).toEqual([4, 5, 6]);
    expect(buffer.dropped).toBe(3);
    expect(buffer.size).toBe(3);
  });

  it('ignores empty pushes and hands out copies', () => {
    const buffer = new LineBuffer<number>(3);
    buffer.push([]);
    const snap = buffer.snapshot();
    buffer.push([1]);
    expect(snap).toEqual([]);
    expect(buffer.dropped).toBe(0);
  });
});
