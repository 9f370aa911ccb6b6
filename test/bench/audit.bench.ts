/**
 * docs/architecture.md §8: a full audit of a 10k-exchange HAR (parsed JSON → report, including the weak-secret search)
 * costs no more than 1.5x a bare tough-cookie CookieJar replay of the same exchanges (setCookie for
 * every Set-Cookie line, getCookieString for every request). Also the CLI on that file: wall time and
 * peak RSS of `node dist/lib/cli.js audit --format json` (needs `npx tsx scripts/build.ts --only lib`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CookieJar as ToughJar } from 'tough-cookie';
import type { BenchResult, BenchRow } from '../../scripts/bench/bench-types.ts';
import { bestOfAsync } from '../../scripts/bench/measure.ts';
import { generateHar } from '../../scripts/fixtures/generate-har.ts';
import { Analyzer } from '../../src/core/analysis/analyzer.ts';
import { auditHar } from '../../src/core/report/audit.ts';

const N = 10_000;

interface Entry {
  request: { url: string; headers: { name: string; value: string }[] };
  response: { headers: { name: string; value: string }[] };
}

function toughReplay(har: { log: Record<string, unknown> }): number {
  const jar = new ToughJar();
  let n = 0;
  for (const e of har.log.entries as Entry[]) {
    const url = e.request.url;
    n += jar.getCookieStringSync(url).length;
    for (const h of e.response.headers) {
      if (h.name.toLowerCase() === 'set-cookie') jar.setCookieSync(h.value, url, { ignoreError: true });
    }
  }
  return n;
}

export default async function (): Promise<BenchResult> {
  const har = generateHar(N);
  const text = JSON.stringify(har);
  // Warm-up both, then interleave rounds so drift hits both alike; keep the best round of each.
  for (let i = 0; i < 2; i++) {
    toughReplay(har);
    await auditHar(har);
  }
  let tough = Number.POSITIVE_INFINITY;
  let full = Number.POSITIVE_INFINITY;
  let bare = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    tough = Math.min(tough, await bestOfAsync(1, () => toughReplay(har)));
    full = Math.min(full, await bestOfAsync(1, () => auditHar(har)));
    bare = Math.min(bare, await bestOfAsync(1, () => auditHar(har, { skipWeakSecrets: true })));
  }
  // Incremental use (the panel): one more exchange after 10k.
  const analyzer = new Analyzer();
  const adapted = (await import('../../src/core/har/har-to-exchanges.ts')).harToExchanges(har);
  if (!adapted.ok) throw new Error(adapted.message);
  const all = adapted.exchanges;
  for (const ex of all.slice(0, N - 100)) analyzer.add(ex);
  const perAdd: number[] = [];
  for (const ex of all.slice(N - 100)) {
    const t0 = performance.now();
    analyzer.add(ex);
    analyzer.snapshot();
    perAdd.push(performance.now() - t0);
  }
  perAdd.sort((a, b) => a - b);
  const p95 = perAdd[Math.floor(perAdd.length * 0.95)] ?? Number.NaN;

  const rows: BenchRow[] = [
    { name: 'tough-cookie replay (10k exchanges)', ms: tough },
    { name: 'cookie-lens full audit (JSON → report)', ms: full },
    { name: 'cookie-lens audit without weak-secret search', ms: bare },
    { name: 'Analyzer.add + snapshot at 10k (p95)', ms: p95 },
  ];
  const cli = join(process.cwd(), 'dist/lib/cli.js');
  if (existsSync(cli)) {
    const dir = mkdtempSync(join(tmpdir(), 'cl-bench-'));
    try {
      const file = join(dir, 'capture-10k.har');
      writeFileSync(file, text);
      const r = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'audit', '--format', 'json', file], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
      const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+(?:\.\d+)?)$/m.exec(r.stderr);
      const seconds = wall ? Number(wall[1] ?? 0) * 60 + Number(wall[2]) : Number.NaN;
      rows.push({
        name: 'CLI audit --format json (10k HAR, process total)',
        ms: seconds * 1000,
        note: `${(text.length / 1048576).toFixed(1)} MB file, peak RSS ${rss ? (Number(rss) / 1024).toFixed(0) : '?'} MB, exit ${r.status}`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    rows.push({
      name: 'CLI audit',
      note: 'dist/lib/cli.js missing: run npx tsx scripts/build.ts --only lib',
    });
  }
  return {
    title: 'Audit of a 10k-exchange HAR vs a bare tough-cookie replay',
    rows,
    ratios: [
      { label: 'full audit / tough-cookie replay', value: full / tough, target: 1.5, better: 'lower' },
    ],
  };
}
