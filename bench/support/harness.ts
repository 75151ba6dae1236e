// Runs the same work through Forankring and through raw SQL, interleaved, and
// compares medians. Each side returns the milliseconds of the part that counts,
// so setup (fresh files, opening) stays outside the measurement.
import { performance } from 'node:perf_hooks';
import { expect } from 'vitest';

export interface Comparison {
  name: string;
  /** Highest acceptable median ratio (ours / raw); null = reported only. */
  goal: number | null;
  ours: () => Promise<number>;
  raw: () => Promise<number>;
  warmup?: number;
  reps?: number;
}

export interface ComparisonResult {
  name: string;
  goal: number | null;
  oursMs: number;
  rawMs: number;
  ratio: number;
  pass: boolean;
  oursSamples: number[];
  rawSamples: number[];
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Milliseconds that `fn` takes, after a garbage collection so it does not pay for earlier garbage. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  gc?.();
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

export async function compare(c: Comparison): Promise<ComparisonResult> {
  const warmup = c.warmup ?? 1;
  const reps = c.reps ?? 7;
  for (let i = 0; i < warmup; i++) {
    await c.ours();
    await c.raw();
  }
  const oursSamples: number[] = [];
  const rawSamples: number[] = [];
  // Alternate which side goes first, so drift on a noisy machine hits both alike.
  for (let i = 0; i < reps; i++) {
    if (i % 2 === 0) {
      oursSamples.push(await c.ours());
      rawSamples.push(await c.raw());
    } else {
      rawSamples.push(await c.raw());
      oursSamples.push(await c.ours());
    }
  }
  const oursMs = median(oursSamples);
  const rawMs = median(rawSamples);
  const ratio = oursMs / rawMs;
  return { name: c.name, goal: c.goal, oursMs, rawMs, ratio, pass: c.goal === null || ratio <= c.goal, oursSamples, rawSamples };
}

export function formatTable(results: readonly ComparisonResult[]): string {
  const header = ['name', 'forankring ms', 'raw SQL ms', 'ratio', 'goal', 'pass'];
  const rows = results.map((r) => [
    r.name,
    r.oursMs.toFixed(1),
    r.rawMs.toFixed(1),
    `${r.ratio.toFixed(2)}x`,
    r.goal === null ? '-' : `<= ${r.goal}x`,
    r.goal === null ? '(info)' : r.pass ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function formatSamples(r: ComparisonResult): string {
  const list = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
  return `${r.name}: forankring [${list(r.oursSamples)}] raw [${list(r.rawSamples)}]`;
}

export interface BenchReport {
  /** Records a result for the table and fails the test if its goal is missed. */
  check(result: ComparisonResult): void;
  /** The table and every sample, for the end of a bench file. */
  print(): void;
}

/** Collects a bench file's results; the run fails only when a goal is missed on the median ratio. */
export function createReport(): BenchReport {
  const results: ComparisonResult[] = [];
  return {
    check: (result) => {
      results.push(result);
      if (result.goal !== null) {
        expect(result.ratio, `${result.name} missed its goal. ${formatSamples(result)}`).toBeLessThanOrEqual(result.goal);
      }
    },
    print: () => {
      if (results.length === 0) return;
      console.log(`\n${formatTable(results)}\n\nsamples (ms):\n${results.map(formatSamples).join('\n')}\n`);
    },
  };
}
