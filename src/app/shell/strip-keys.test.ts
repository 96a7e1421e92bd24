import { describe, expect, it } from 'vitest';
import { stripMoveTarget, stripTabStop } from './strip-keys.ts';

describe('stripMoveTarget', () => {
  it.each([
    // Arabic UI: the strip runs right to left, the left arrow is the later month
    ['ArrowLeft', true, 3, 10, 4],
    ['ArrowRight', true, 3, 10, 2],
    // English UI: left to right
    ['ArrowRight', false, 3, 10, 4],
    ['ArrowLeft', false, 3, 10, 2],
    // the ends hold
    ['ArrowLeft', true, 9, 10, 9],
    ['ArrowRight', true, 0, 10, 0],
    ['Home', true, 5, 10, 0],
    ['End', false, 5, 10, 9],
    // other keys are not the strip's (Enter and Space press the month's button)
    ['Enter', true, 5, 10, null],
    ['ArrowDown', false, 5, 10, null],
  ] as const)('%s (rtl %s) from %i of %i → %j', (key, rtl, from, count, target) => {
    expect(stripMoveTarget(key, rtl, from, count)).toBe(target);
  });
});

describe('stripTabStop', () => {
  // the months of content/articles: the seeds' 2023–2024 and the corpus's 2018 make a strip of 81 months
  const months = Array.from({ length: 81 }, (_, i) => `${2018 + Math.floor((i + 2) / 12)}-${String(((i + 2) % 12) + 1).padStart(2, '0')}`);
  it.each([
    [null, null, 80], // no range: the latest month (2024-11, seed 003)
    ['2018-03', '2018-03', 0], // the strip's test: March 2018 chosen
    ['2018-07', '2018-03', 80], // inverted: no month is inside, so the latest
    ['2023-06', null, months.indexOf('2023-06')], // from only
    [null, '2018-04', 0], // to only
  ] as const)('from %j to %j → %i', (from, to, index) => {
    expect(months[0]).toBe('2018-03');
    expect(months[80]).toBe('2024-11');
    expect(stripTabStop(months, from, to)).toBe(index);
  });
});
