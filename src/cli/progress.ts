/**
 * The CLI's progress bar on stderr, one stage at a time (reading and preparing, the collection passes, writing), with
 * an estimate of the time left. Drawn at most ten times a second (a redraw per article would cost more than some
 * stages' work), and only when enabled: on a terminal, without --quiet.
 */
const WIDTH = 24;
const REDRAW_MS = 100;

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(Math.ceil(seconds - minutes * 60)).padStart(2, '0')} s`;
}

/** One line of the bar: stage, bar, count, time left (once a little of the stage is done), and a note (a file name). */
export function progressLine(stage: string, done: number, total: number, elapsedMs: number, note = ''): string {
  const filled = total === 0 ? WIDTH : Math.min(WIDTH, Math.round((done / total) * WIDTH));
  const left = done > 0 && done < total && elapsedMs >= 500 ? ` ${formatSeconds(((elapsedMs / done) * (total - done)) / 1000)} left` : '';
  return `\r${stage.padEnd(10)} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total}${left.padEnd(14)} ${note.slice(0, 40).padEnd(40)}`;
}

export class Progress {
  private stage = '';
  private total = 0;
  private started = 0;
  private drawn = 0;
  private open = false;

  constructor(
    private readonly enabled: boolean,
    private readonly write: (text: string) => void = (text) => process.stderr.write(text),
  ) {}

  /** Starts a stage of `total` steps (the previous one's line is ended). */
  start(stage: string, total: number): void {
    this.end();
    this.stage = stage;
    this.total = total;
    this.started = performance.now();
    this.drawn = 0;
  }

  update(done: number, note = ''): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (done < this.total && now - this.drawn < REDRAW_MS) return;
    this.drawn = now;
    this.open = true;
    this.write(progressLine(this.stage, done, this.total, now - this.started, note));
  }

  /** Ends the current stage's line. */
  end(): void {
    if (this.open) this.write('\n');
    this.open = false;
  }
}
