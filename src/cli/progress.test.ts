import { describe, expect, it } from 'vitest';
import { formatSeconds, Progress, progressLine } from './progress.ts';

describe('progress bar', () => {
  it('shows the stage, the bar, the count, the time left once a little is done, and the file', () => {
    expect(progressLine('reading', 25, 100, 10_000, 'a.txt')).toMatch(/^\rreading {4}\[#{6}-{18}\] 25\/100 30 s left +a\.txt/);
    // No estimate from the first half second, nor at the end.
    expect(progressLine('writing', 1, 100, 100)).not.toMatch(/left/);
    expect(progressLine('writing', 100, 100, 100_000)).toMatch(/\[#{24}\] 100\/100 /);
    expect(formatSeconds(3725)).toBe('62 min 05 s');
  });

  it('draws nothing when disabled, and ends its line once', () => {
    const written: string[] = [];
    const off = new Progress(false, (t) => written.push(t));
    off.start('reading', 2);
    off.update(2);
    off.end();
    expect(written).toEqual([]);
    const on = new Progress(true, (t) => written.push(t));
    on.start('reading', 2);
    on.update(1);
    on.update(2);
    on.end();
    on.end();
    expect(written.filter((t) => t === '\n')).toHaveLength(1);
    expect(written.at(-2)).toMatch(/2\/2/);
  });
});
