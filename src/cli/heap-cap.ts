/**
 * The format 2 build in bounded memory: the CLI runs it in a child Node process whose old generation is capped in
 * proportion to the folder.
 *
 * Why: V8 sizes its heap from the allocation rate, not from what is live. The build allocates fast (every article is
 * parsed from the spill, finished, checked and written) and keeps little: on 20,000 synthetic articles the live heap
 * after a full collection was 23–55 MiB at every stage (2026-12-03, `RIWAYA_TRACE_MEMORY=1` with a forced gc), yet
 * at 100,000 the process grew to 1,474–1,535 MiB RSS, nearly all of it garbage V8 had not needed to collect. With
 * `--max-old-space-size=640` the same 100,000 built byte for byte the same files in 841 MiB. A limit is something V8
 * takes only at start, hence the child process.
 *
 * The cap grows with the folder (HEAP_BASE_MIB + HEAP_PER_ARTICLE_KIB per file: 647 MiB at 100,000), several times
 * the live heap measured, and never above the limit V8 would have chosen itself. Should a collection still need more
 * (V8 then aborts the child: "JavaScript heap out of memory"), the build is said to have needed more and runs again
 * in this process without the cap: a folder that built before still builds.
 *
 * RIWAYA_HEAP_CAP=off runs in this process as before; RIWAYA_HEAP_CAP_MIB=<n> sets the cap.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { stagingFolderOf } from './bundle-v2.ts';

export const HEAP_BASE_MIB = 256;
export const HEAP_PER_ARTICLE_KIB = 4;
/** Set in the child's environment: it runs the build itself. */
const CAPPED = 'RIWAYA_HEAP_CAPPED';

/** The old generation's cap in MiB for a folder of `entries` files, or null when V8's own limit is not larger. */
export function heapCapMiB(entries: number, defaultLimitMiB: number): number | null {
  const cap = HEAP_BASE_MIB + Math.ceil((entries * HEAP_PER_ARTICLE_KIB) / 1024);
  return cap < defaultLimitMiB ? cap : null;
}

/** How the child ended: its exit code, or 'out-of-memory' (aborted by V8 at the cap), or null when it did not start. */
export type CappedOutcome = number | 'out-of-memory' | null;

/**
 * Runs `script argv` in a child Node with the same loader flags as this one and the old generation capped at `capMiB`.
 * A child that was aborted cannot clean up: its staging folder beside `output` is removed here.
 */
export function runCapped(script: string, argv: readonly string[], output: string, capMiB: number): CappedOutcome {
  const child = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${capMiB}`, script, ...argv], {
    stdio: 'inherit',
    env: { ...process.env, [CAPPED]: '1' },
  });
  if (child.error) return null;
  // V8 aborts a process that cannot stay under its heap limit (SIGABRT; 134 when a shell reports it).
  const aborted = child.signal === 'SIGABRT' || child.status === 134;
  if (aborted || child.signal) rmSync(stagingFolderOf(output, child.pid), { recursive: true, force: true });
  if (aborted) return 'out-of-memory';
  if (child.signal) {
    console.error(`riwaya bundle: the build was stopped (${child.signal}).`);
    return 1;
  }
  return child.status ?? 1;
}

/**
 * For the CLI's entry: the exit code of the build run in a capped child, or null when this process should run it
 * (not format 2, arguments main() will refuse, an unreadable folder it will report, the cap off or not lower than
 * V8's, already the child, or a child that needed more than its cap — said on stderr).
 */
export function bundleInCappedChild(script: string, argv: readonly string[], input: string, output: string, format2: boolean): number | null {
  if (!format2 || process.env[CAPPED] === '1' || process.env.RIWAYA_HEAP_CAP === 'off') return null;
  let entries: number;
  try {
    entries = readdirSync(input).length;
  } catch {
    return null;
  }
  const asked = Number(process.env.RIWAYA_HEAP_CAP_MIB);
  const cap = Number.isInteger(asked) && asked > 0 ? asked : heapCapMiB(entries, getHeapStatistics().heap_size_limit / 1024 / 1024);
  if (cap === null) return null;
  const outcome = runCapped(script, argv, output, cap);
  if (outcome === 'out-of-memory') {
    console.error(`riwaya bundle: the build needed more than the ${cap} MiB of heap it was given for ${entries} files; building again without that bound.`);
    return null;
  }
  return outcome;
}
