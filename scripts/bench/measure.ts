/**
 * Fair in-process comparison: every candidate runs the same workload, after a warm-up, in
 * interleaved rounds (A B C A B C …) so JIT state, GC pressure and CPU frequency drift hit all of
 * them alike; the best round per candidate is kept (least disturbed by the machine).
 */
export interface Candidate {
  name: string;
  /** Runs the whole workload once; returns a value that is consumed so nothing is optimised away. */
  run: () => unknown;
}

export interface Measured {
  name: string;
  /** Best wall time of one workload run, ms. */
  ms: number;
}

let sink: unknown;

export function measureInterleaved(candidates: Candidate[], rounds = 7, warmup = 2): Measured[] {
  const best = new Map<string, number>(candidates.map((c) => [c.name, Number.POSITIVE_INFINITY]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (const c of candidates) {
      const t0 = performance.now();
      sink = c.run();
      const ms = performance.now() - t0;
      if (round >= warmup && ms < (best.get(c.name) ?? Number.POSITIVE_INFINITY)) best.set(c.name, ms);
    }
  }
  if (sink === Symbol.for('never')) console.log('');
  return candidates.map((c) => ({ name: c.name, ms: best.get(c.name) ?? Number.NaN }));
}

/**
 * Best wall time of `runs` sequential calls of an async (or sync) workload, ms: for workloads that
 * await, which measureInterleaved's synchronous rounds cannot time.
 */
export async function bestOfAsync(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Deterministic PRNG (mulberry32) so generated workloads are identical run to run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A flat (sequential) copy of a string built by concatenation. Headers read from the network are
 * flat; V8 rope strings would make every parser pay for flattening and skew the comparison.
 */
export function flat(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}

export interface RatioMeasured {
  name: string;
  /** Median CPU time of one workload run, ms. */
  ms: number;
  /** Median over rounds of (this candidate's time / the first candidate's time in the same round). */
  ratioToFirst: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/**
 * CPU time of this process (user + system), ms: on a shared machine a run that loses its core to
 * another process for a while takes longer on the wall clock, not in CPU time (measured: per-shape
 * ratios drifted ~±20% run to run on wall time with load 3.6 on 2 cores, ~±5% on CPU time).
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Medians instead of best rounds, for head-to-head ratios on a shared, noisy machine: every round
 * times all candidates back to back (the order reversed every other round, so neither side always
 * runs first after a GC), and the ratio is taken within the round before the median is taken, so a
 * slow patch of the machine that hits one round hits both sides of its ratio.
 */
export function measureRatios(
  candidates: Candidate[],
  rounds = 15,
  warmup = 3,
  /** The clock, ms: this process's CPU time in Node; a page passes `performance.now` (no CPU clock). */
  clock: () => number = cpuMs,
): RatioMeasured[] {
  const times = candidates.map(() => [] as number[]);
  for (let round = 0; round < warmup + rounds; round++) {
    const order = candidates.map((_, i) => (round % 2 === 0 ? i : candidates.length - 1 - i));
    for (const i of order) {
      const c = candidates[i] as Candidate;
      const t0 = clock();
      sink = c.run();
      const ms = clock() - t0;
      if (round >= warmup) times[i]?.push(ms);
    }
  }
  if (sink === Symbol.for('never')) console.log('');
  const first = times[0] ?? [];
  return candidates.map((c, i) => {
    const mine = times[i] ?? [];
    return { name: c.name, ms: median(mine), ratioToFirst: median(mine.map((t, r) => t / (first[r] ?? 1))) };
  });
}
