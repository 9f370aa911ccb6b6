/**
 * Benchmark runner: `npm run bench` (= `tsx scripts/bench/run.ts`), `npm run bench -- --only jar`.
 *
 * Contract for bench files — `test/bench/*.bench.ts`, each with a default export:
 *
 *   export default async function (): Promise<BenchResult>
 *   interface BenchResult {
 *     title: string;
 *     rows: { name: string; opsPerSec?: number; ms?: number; note?: string }[];
 *     ratios: { label: string; value: number; target: number; better?: 'higher' | 'lower'; unit?: string }[];
 *   }
 *
 * A ratio PASSes when value >= target (better: 'higher', the default) or value <= target
 * (better: 'lower', e.g. "1 MB time / 1 KB time <= 1000"). `unit` (default 'x') is printed after the
 * numbers, so an absolute budget (docs/architecture.md §8: panel ms, bundle KB) reads "3.00 ms (target <= 4 ms)".
 * Compare with peers as ratios measured in the same process, interleaved, after a warm-up (see
 * measure.ts), never as absolute times.
 * `--only <substring>` keeps the bench files whose name contains the substring. The exit code is 0
 * even when a target is missed (benchmarks inform; they do not gate CI on noisy machines).
 *
 * Each bench file runs in a Node process of its own (this script with `--one <file>`, which prints its
 * BenchResult as JSON), so that no bench measures in the state an earlier one left: after the Chromium
 * shapes bench's page.evaluate calls, the Node shapes bench in the same process measured both parsers
 * 2–2.5x slower and their ratios 0.8x instead of 1.2–1.5x (unexplained; reproduced 3 times).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './bench-types';

const benchDir = fileURLToPath(new URL('../../test/bench/', import.meta.url));

function argValue(flag: string): string | null {
  const i = process.argv.indexOf(flag);
  return i === -1 ? null : (process.argv[i + 1] ?? null);
}

function fmt(n: number | undefined, digits = 0): string {
  if (n === undefined) return '';
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** One bench file, in this process: `--one <file>` prints its result as one JSON line. */
async function runOne(file: string): Promise<void> {
  const mod = (await import(pathToFileURL(`${benchDir}${file}`).href)) as {
    default: () => Promise<BenchResult>;
  };
  process.stdout.write(`${JSON.stringify(await mod.default())}\n`);
}

/** `file`'s result from a child process of its own (its other output, e.g. progress, passes through). */
function runInChild(file: string): BenchResult {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--one', file],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const last = out.trimEnd().split('\n').pop() ?? '';
  return JSON.parse(last) as BenchResult;
}

async function main(): Promise<void> {
  const one = argValue('--one');
  if (one !== null) return runOne(one);
  const only = argValue('--only');
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only === null || f.includes(only))
    .sort();
  if (files.length === 0) {
    console.error(`no bench files${only ? ` matching "${only}"` : ''} in ${benchDir}`);
    process.exitCode = 2;
    return;
  }
  let missed = 0;
  for (const file of files) {
    const result = runInChild(file);
    console.log(`\n## ${result.title}  (${file})\n`);
    printTable(
      ['name', 'ops/s', 'ms', 'note'],
      result.rows.map((r) => [
        r.name,
        fmt(r.opsPerSec),
        fmt(r.ms, r.ms !== undefined && r.ms < 1 ? 4 : 2),
        r.note ?? '',
      ]),
    );
    if (result.ratios.length > 0) console.log('');
    for (const r of result.ratios) {
      const better = r.better ?? 'higher';
      const pass = better === 'higher' ? r.value >= r.target : r.value <= r.target;
      if (!pass) missed++;
      const op = better === 'higher' ? '>=' : '<=';
      const unit = r.unit ?? 'x';
      const sep = unit === 'x' ? '' : ' ';
      console.log(
        `${pass ? 'PASS' : 'MISS'}  ${r.label}: ${fmt(r.value, 2)}${sep}${unit} (target ${op} ${r.target}${sep}${unit})`,
      );
    }
  }
  console.log(`\n${missed === 0 ? 'all targets met' : `${missed} target(s) missed`}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
});
