/** The contract between `scripts/bench/run.ts` and every `test/bench/*.bench.ts` (see run.ts). */
export interface BenchRow {
  name: string;
  opsPerSec?: number;
  ms?: number;
  note?: string;
}

export interface BenchRatio {
  label: string;
  value: number;
  target: number;
  /** 'higher' (default): PASS when value >= target; 'lower': PASS when value <= target. */
  better?: 'higher' | 'lower';
  /** Printed after value and target: 'x' (default, a ratio), or e.g. 'ms', 'MB', 'KB' for budgets. */
  unit?: string;
}

export interface BenchResult {
  title: string;
  rows: BenchRow[];
  ratios: BenchRatio[];
}
