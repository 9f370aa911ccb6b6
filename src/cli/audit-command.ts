/**
 * `cookie-lens audit <file.har>... [--format table|json|md|sarif] [--fail-on LEVEL] [--site SITE]`
 * (help.ts). Each file is its own capture (one browsing session), analysed on the command's one clock.
 * Exit codes (docs/architecture.md §6): 0 ok; 1 a finding at or above --fail-on; 2 bad usage or unusable
 * input, with ONE line naming the file and the problem (never a stack trace).
 */
import { analyseCapture } from '../core/analysis/analyse-capture';
import { parseHarJson } from '../core/har/har-text';
import { harToExchanges } from '../core/har/har-to-exchanges';
import type { Severity } from '../core/model';
import { SEVERITY_ORDER } from '../core/model';
import { buildReport } from '../core/report/build-report';
import type { Report } from '../core/report/report-types';
import { visibleText } from '../core/text/visible-text';
import { parseArgs } from './args';
import { type AuditedFile, renderAudit } from './audit-render';
import { AUDIT_HELP, AUDIT_SYNOPSIS } from './help';
import { readError } from './read-error';

export interface AuditIo {
  out(s: string): void;
  err(s: string): void;
  /** The file's bytes (decoded by BOM: UTF-8, UTF-16) or its text. */
  readFile(p: string): Promise<string | Uint8Array>;
  /** The whole of stdin, for the file name `-` (bytes or text, decoded like a file). */
  readStdin?(): Promise<string | Uint8Array>;
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

const FORMATS = ['table', 'json', 'md', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
const STDIN = '-';
const STDIN_LABEL = 'stdin';

/** Captures above this size show a progress indicator on a terminal. */
const PROGRESS_BYTES = 5 * 1024 * 1024;
const PROGRESS_STEP = 2000;

class CliError extends Error {}

/** stderr is a terminal too: whitespace folded, then every control / bidi character shown escaped. */
function oneLine(s: string): string {
  return visibleText(s.replace(/[\t\n\r ]+/g, ' ').trim()).slice(0, 500);
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

interface Options {
  files: string[];
  format: Format;
  failOn: Severity | undefined;
  site: string | undefined;
  /** `--allow-partial`: `--fail-on` may judge a file a bound cut short (default: exit 2). */
  allowPartial: boolean;
}

/** null: --help was given and printed. */
function options(args: string[], io: AuditIo): Options | null {
  const parsed = parseArgs(args, {
    options: ['format', 'fail-on', 'site'],
    flags: ['help', 'allow-partial'],
    aliases: { '-h': 'help' },
  });
  if (!parsed.ok) throw new CliError(`${parsed.message} (usage: ${AUDIT_SYNOPSIS})`);
  if (parsed.flags.has('help')) {
    io.out(AUDIT_HELP);
    return null;
  }
  const files = parsed.positionals;
  if (files.length === 0 || files.includes(''))
    throw new CliError(`no HAR file given (usage: ${AUDIT_SYNOPSIS})`);
  if (files.filter((f) => f === STDIN).length > 1) throw new CliError('stdin (-) can be read only once');
  const format = (parsed.options.format ?? 'table') as Format;
  if (!FORMATS.includes(format))
    throw new CliError(`unknown --format '${oneLine(format)}' (table, json, md or sarif)`);
  const failOn = parsed.options['fail-on'];
  if (failOn !== undefined && !SEVERITY_ORDER.includes(failOn as Severity)) {
    throw new CliError(`unknown --fail-on '${oneLine(failOn)}' (high, medium, low or info)`);
  }
  const site = parsed.options.site?.toLowerCase().replace(/^\./, '');
  if (site === '') throw new CliError('--site is empty');
  return {
    files,
    format,
    failOn: failOn as Severity | undefined,
    site,
    allowPartial: parsed.flags.has('allow-partial'),
  };
}

async function read(file: string, io: AuditIo): Promise<string | Uint8Array> {
  try {
    if (file !== STDIN) return await io.readFile(file);
    if (!io.readStdin) throw new Error('stdin is not available');
    return await io.readStdin();
  } catch (e) {
    throw new CliError(readError(file === STDIN ? STDIN_LABEL : file, e));
  }
}

async function run(args: string[], io: AuditIo): Promise<number> {
  const opts = options(args, io);
  if (opts === null) return 0;
  const now = (io.now ?? Date.now)();
  const progress = io.progress ?? io.err;
  const audited: (AuditedFile & { sites: string[] })[] = [];
  // Every file is read and checked before anything is printed: a bad third file must not leave half a
  // report on stdout.
  for (const file of opts.files) {
    const label = file === STDIN ? STDIN_LABEL : file;
    const text = await read(file, io);
    const showProgress = io.stderrIsTTY === true && text.length > PROGRESS_BYTES;
    if (showProgress) progress(`\rcookie-lens: parsing ${label} (${(text.length / 1048576).toFixed(1)} MB)…`);
    const json = parseHarJson(text);
    if (!json.ok) throw new CliError(`${label}: ${json.message}`);
    const adapted = harToExchanges(json.json);
    if (!adapted.ok) throw new CliError(`${label}: ${adapted.message}`);
    for (const note of adapted.notes) io.err(`cookie-lens audit: note: ${label}: ${oneLine(note)}`);
    // No silent truncation (issue #19): every bound that dropped data is said here and in `limits`.
    for (const limit of adapted.limits)
      io.err(`cookie-lens audit: limit: ${label}: ${oneLine(limit.message)}`);
    if (adapted.limits.length > 0 && opts.failOn !== undefined && !opts.allowPartial) {
      throw new CliError(
        `${label}: not fully read (${adapted.limits.map((l) => l.message).join('; ')}): --fail-on cannot pass a file it did not read; --allow-partial judges what was read`,
      );
    }
    if (adapted.reconstructed > 0) {
      // Not an error: the audit runs, but attributes HAR cookie objects cannot carry are unknown.
      io.err(
        `cookie-lens audit: note: ${label}: ${adapted.reconstructed} ${adapted.reconstructed === 1 ? 'exchange' : 'exchanges'} had no raw cookie headers; rebuilt them from the HAR cookie arrays (Max-Age, Partitioned and Priority are lost)`,
      );
    }
    const analysis = await analyseCapture(adapted.exchanges, {
      now,
      progressStep: PROGRESS_STEP,
      ...(showProgress
        ? {
            onProgress: (i: number, total: number) =>
              progress(`\rcookie-lens: analysing ${i}/${total} exchanges…`),
          }
        : {}),
    });
    if (showProgress) progress('\r\u001b[K');
    const report = buildReport(analysis, {
      exchanges: adapted.exchanges,
      limits: adapted.limits,
      ...(opts.site !== undefined ? { site: opts.site } : {}),
    });
    audited.push({ file: label, report, sites: analysis.sites.map((s) => s.site) });
  }
  if (opts.site !== undefined && !audited.some((a) => a.sites.includes(opts.site ?? ''))) {
    const known = [...new Set(audited.flatMap((a) => a.sites))].sort();
    const where = audited.length === 1 ? (audited[0]?.file ?? '') : 'any of the files';
    throw new CliError(
      `--site '${oneLine(opts.site)}' is not in ${where}; its sites: ${known.length ? known.join(', ') : 'none (no cookies)'}`,
    );
  }
  io.out(renderAudit(audited, opts.format, io.stdoutIsTTY === true, io.env ?? {}));
  const failOn = opts.failOn;
  return failOn !== undefined && audited.some((a) => hasFindingAtOrAbove(a.report, failOn)) ? 1 : 0;
}

export function hasFindingAtOrAbove(report: Report, failOn: Severity): boolean {
  const limit = SEVERITY_ORDER.indexOf(failOn);
  return report.findings.some((f) => SEVERITY_ORDER.indexOf(f.severity) <= limit);
}
