/** `npm start -- --headless`: run the tour, write out/tour/report.md (+ tour.json), print a summary. */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tourReport } from './report-writer';
import { runTour } from './run-tour';
import type { TourResult } from './tour-types';

export interface HeadlessTourOptions {
  outDir: string;
  port?: number;
  only?: readonly string[];
  /** Progress and summary lines (default: stdout). */
  print?: (line: string) => void;
}

export async function headlessTour(options: HeadlessTourOptions): Promise<TourResult> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const result = await runTour({
    outDir: options.outDir,
    port: options.port,
    only: options.only,
    log: print,
  });
  const reportPath = join(options.outDir, 'report.md');
  writeFileSync(reportPath, tourReport(result));
  // The same data as JSON, for tests and for anyone who wants to diff two runs.
  writeFileSync(join(options.outDir, 'tour.json'), `${JSON.stringify(result, null, 2)}\n`);
  const mismatches = result.lessons.flatMap((l) => l.mismatches);
  const where = relative(process.cwd(), options.outDir) || '.';
  print(
    `Tour done in ${(result.ms / 1000).toFixed(1)} s: ${result.lessons.length} lessons, report ${join(where, 'report.md')}, screenshots ${where}/<lesson>.png`,
  );
  for (const m of mismatches) print(`MISMATCH ${m}`);
  return result;
}
