/**
 * `cookie-lens audit <file.har> [--format table|json|md|sarif] [--fail-on high|medium|low|info] [--site S]`
 * Exit codes (docs/architecture.md §6): 0 ok; 1 a finding at or above --fail-on; 2 bad usage or unusable input, with
 * ONE line naming the file and the problem (never a stack trace).
 */
import { analyseCapture } from '../core/analysis/analyse-capture';
import { harToExchanges } from '../core/har/har-to-exchanges';
import type { Severity } from '../core/model';
import { SEVERITY_ORDER } from '../core/model';
import { buildReport } from '../core/report/build-report';
import { formatMarkdown } from '../core/report/report-markdown';
import type { Report } from '../core/report/report-types';
import { ALL_RULES, ruleMeta } from '../core/rules';
import { parseArgs } from './args';
import { formatSarif } from './format-sarif';
import { ANSI, PLAIN, useColor } from './format-style';
import { formatTable } from './format-table';

export interface AuditIo {
  out(s: string): void;
  err(s: string): void;
  readFile(p: string): Promise<string>;
  /** stdout is a terminal: colours in the table format. */
  stdoutIsTTY?: boolean;
  /** stderr is a terminal: progress indicator for large files. */
  stderrIsTTY?: boolean;
  /** Raw progress output (no newline); defaults to `err`. */
  progress?(s: string): void;
  env?: Readonly<Record<string, string | undefined>>;
  /** The command's one clock (tests inject it); default Date.now, read once per run. */
  now?: () => number;
}

const USAGE =
  'usage: cookie-lens audit <file.har> [--format table|json|md|sarif] [--fail-on high|medium|low|info] [--site S]';
const FORMATS = ['table', 'json', 'md', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** Captures above this size show a progress indicator on a terminal. */
const PROGRESS_BYTES = 5 * 1024 * 1024;
const PROGRESS_STEP = 2000;

class CliError extends Error {}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 500);
}

export async function auditCommand(args: string[], io: AuditIo): Promise<number> {
  try {
    return await run(args, io);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.err(`cookie-lens audit: ${oneLine(message)}`);
    return 2;
  }
}

function readError(file: string, e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EISDIR') return `${file}: is a directory, not a HAR file`;
  if (code === 'EACCES') return `${file}: permission denied`;
  return `${file}: cannot read (${e instanceof Error ? e.message : String(e)})`;
}

async function run(args: string[], io: AuditIo): Promise<number> {
  const parsed = parseArgs(args, {
    options: ['format', 'fail-on', 'site'],
    flags: ['help'],
    aliases: { '-h': 'help' },
  });
  if (!parsed.ok) throw new CliError(`${parsed.message} (${USAGE})`);
  if (parsed.flags.has('help')) {
    io.out(USAGE);
    return 0;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || file === '') throw new CliError(`no HAR file given (${USAGE})`);
  if (extra.length > 0)
    throw new CliError(`one HAR file expected, got ${parsed.positionals.length} (${USAGE})`);
  const format = (parsed.options.format ?? 'table') as Format;
  if (!FORMATS.includes(format))
    throw new CliError(`unknown --format '${oneLine(format)}' (table, json, md or sarif)`);
  const failOnRaw = parsed.options['fail-on'];
  if (failOnRaw !== undefined && !SEVERITY_ORDER.includes(failOnRaw as Severity)) {
    throw new CliError(`unknown --fail-on '${oneLine(failOnRaw)}' (high, medium, low or info)`);
  }
  const failOn = failOnRaw as Severity | undefined;

  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    throw new CliError(readError(file, e));
  }
  const showProgress = io.stderrIsTTY === true && text.length > PROGRESS_BYTES;
  const progress = io.progress ?? io.err;
  if (showProgress) progress(`\rcookie-lens: parsing ${(text.length / 1048576).toFixed(1)} MB…`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CliError(`${file}: invalid JSON (${e instanceof Error ? e.message : 'parse error'})`);
  }
  const adapted = harToExchanges(json);
  if (!adapted.ok) throw new CliError(`${file}: ${adapted.message}`);
  if (adapted.reconstructed > 0) {
    // Not an error: the audit runs, but attributes HAR cookie objects cannot carry are unknown.
    io.err(
      `cookie-lens audit: note: ${file}: ${adapted.reconstructed} exchanges had no raw cookie headers; rebuilt them from the HAR cookie arrays (Max-Age, Partitioned and Priority are lost)`,
    );
  }

  const analysis = await analyseCapture(adapted.exchanges, {
    now: (io.now ?? Date.now)(),
    progressStep: PROGRESS_STEP,
    ...(showProgress
      ? {
          onProgress: (i: number, total: number) =>
            progress(`\rcookie-lens: analysing ${i}/${total} exchanges…`),
        }
      : {}),
  });
  if (showProgress) progress('\r\u001b[K');
  const report = buildReport(
    analysis,
    parsed.options.site !== undefined ? { site: parsed.options.site } : {},
  );
  io.out(render(report, format, file, io));
  return failOn !== undefined && hasFindingAtOrAbove(report, failOn) ? 1 : 0;
}

function render(report: Report, format: Format, file: string, io: AuditIo): string {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2);
    case 'md':
      return formatMarkdown(report, file, ruleMeta);
    case 'sarif':
      return formatSarif(report, file, ALL_RULES);
    default:
      return formatTable(report, file, useColor(io.stdoutIsTTY === true, io.env ?? {}) ? ANSI : PLAIN);
  }
}

export function hasFindingAtOrAbove(report: Report, failOn: Severity): boolean {
  const limit = SEVERITY_ORDER.indexOf(failOn);
  return report.findings.some((f) => SEVERITY_ORDER.indexOf(f.severity) <= limit);
}
