/**
 * `npm test`: typecheck, lint, build, unit + corpus + UI tests, web-ext lint, the packed npm package in a
 * consumer project, real-browser e2e.
 * Every stage runs (so one failure does not hide another); the last line is the plain summary
 * `tests: N passed, N failed, N skipped` counted from vitest's JSON reports.
 * Flags: --no-e2e (quick local loop), --only-e2e, --no-clock, --only-clock (`npm run test:clock`).
 *
 * The clock stages run the unit and corpus tests again with the system clock moved (Debian's
 * `faketime`, which Node honours through libfaketime): a test that forgets to fix the time for
 * something it calls fails there instead of on some future date.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const resultsDir = join(root, 'out', 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

interface Stage {
  name: string;
  cmd: string[];
  /** vitest JSON report written by this stage, counted into the summary. */
  report?: string;
}

const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const vitest = (config: string, report: string): Stage['cmd'] => [
  bin('vitest'),
  'run',
  '--config',
  config,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(resultsDir, report)}`,
];
/** A vitest run whose JSON report is counted into the summary. */
const vitestStage = (name: string, config: string, report: string): Stage => ({
  name,
  cmd: vitest(config, report),
  report,
});

const checks: Stage[] = [
  { name: 'typecheck', cmd: [bin('tsc'), '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: [bin('biome'), 'check', '.'] },
  { name: 'build', cmd: [bin('tsx'), 'scripts/build.ts'] },
];
const unit = vitestStage('unit, corpus, ui', 'vitest.config.ts', 'unit.json');
const extLint: Stage = {
  name: 'web-ext lint (firefox)',
  cmd: [bin('web-ext'), 'lint', '--source-dir', 'dist/firefox', '--no-config-discovery'],
};
const npmPackage = vitestStage(
  'npm package (pack, install, types, bin) and store zips',
  'vitest.package.config.ts',
  'npm-package.json',
);
const e2e = vitestStage('e2e (chromium, firefox)', 'vitest.e2e.config.ts', 'e2e.json');

/** Dates the suite must pass on: half a year ahead, and past 2030 (another decade, other weekdays). */
const CLOCK_DATES = ['2027-06-01 00:00:00', '2031-01-01 00:00:00'];
const faketime = ['/usr/bin/faketime', '/usr/local/bin/faketime'].find((p) => existsSync(p));
const clockStages: Stage[] = CLOCK_DATES.map((date, i) => ({
  name: `unit, corpus, ui at ${date} (faketime)`,
  cmd: faketime
    ? [faketime, '-f', `@${date}`, ...vitest('vitest.config.ts', `clock-${i}.json`)]
    : [
        process.execPath,
        '-e',
        'console.error("faketime is not installed: apt-get install faketime (Debian/Ubuntu), brew install libfaketime (macOS)"); process.exit(1)',
      ],
  report: `clock-${i}.json`,
}));

const withClock = args.has('--no-clock') ? [] : clockStages;
const stages: Stage[] = args.has('--only-e2e')
  ? [checks[2] as Stage, e2e]
  : args.has('--only-clock')
    ? clockStages
    : [...checks, unit, ...withClock, extLint, npmPackage, ...(args.has('--no-e2e') ? [] : [e2e])];

const outcomes: { name: string; ok: boolean; seconds: number }[] = [];
for (const stage of stages) {
  console.log(`\n▶ ${stage.name}`);
  const t0 = performance.now();
  const [command = '', ...rest] = stage.cmd;
  const run = spawnSync(command, rest, { cwd: root, stdio: 'inherit' });
  outcomes.push({ name: stage.name, ok: run.status === 0, seconds: (performance.now() - t0) / 1000 });
}

let passed = 0;
let failed = 0;
let skipped = 0;
const failures: string[] = [];
const flaky: string[] = [];
for (const stage of stages) {
  if (!stage.report) continue;
  const file = join(resultsDir, stage.report);
  if (!existsSync(file)) {
    failed++; // the runner died before reporting: count it, never hide it
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults?: {
      name: string;
      assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
    }[];
  };
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      const messages = test.failureMessages ?? [];
      if (test.status !== 'failed' && messages.length === 0) continue;
      // CI shows only the tail of the log: name each failure and its first message line there.
      // A passed test with failure messages passed on a retry (vitest keeps the failed attempt's
      // error): listed as flaky, never hidden.
      const why = (messages[0] ?? '').split('\n')[0]?.slice(0, 300) ?? '';
      const line = `${stage.name} › ${relative(root, file.name)} › ${test.fullName}\n      ${why}`;
      (test.status === 'failed' ? failures : flaky).push(line);
    }
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}

if (failures.length) {
  console.log('\nfailed tests:');
  for (const f of failures) console.log(`  ✗ ${f}`);
}
if (flaky.length) {
  console.log('\nflaky (failed, then passed on the retry vitest.e2e.config.ts allows):');
  for (const f of flaky) console.log(`  ~ ${f}`);
}
console.log('\nstages:');
for (const o of outcomes) console.log(`  ${o.ok ? 'ok  ' : 'FAIL'} ${o.name} (${o.seconds.toFixed(1)} s)`);
const stageFailures = outcomes.filter((o) => !o.ok).length;
if (stageFailures) console.log(`${stageFailures} stage(s) failed`);
console.log(
  `tests: ${passed} passed, ${failed} failed, ${skipped} skipped${flaky.length ? `, ${flaky.length} flaky` : ''}`,
);
process.exit(stageFailures || failed ? 1 : 0);
