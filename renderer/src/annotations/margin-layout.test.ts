import { describe, expect, it } from 'vitest';
import { stackCards } from './margin-layout';

describe('stackCards', () => {
  it('leaves cards that do not overlap where they are and pushes the others just below', () => {
    expect(stackCards([0, 200, 210, 215, 600], [100, 50, 50, 50, 10])).toEqual([0, 0, 46, 97, 0]);
  });
});
