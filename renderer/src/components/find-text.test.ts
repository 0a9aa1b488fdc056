// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findRanges } from './find-text';

describe('findRanges', () => {
  it('finds every occurrence case-insensitively, also across inline marks', () => {
    document.body.innerHTML = '<div id="r"><p>States noted <del>that</del><ins>the</ins> Technological neutrality.</p><p>technological NEUTRALITY again</p></div>';
    const root = document.getElementById('r')!;
    expect(findRanges(root, 'technological neutrality').map(String)).toEqual(['Technological neutrality', 'technological NEUTRALITY']);
    expect(findRanges(root, 'thatthe').map(String)).toEqual(['thatthe']);
    expect(findRanges(root, 'hovercraft')).toEqual([]);
    expect(findRanges(root, '')).toEqual([]);
  });
});
