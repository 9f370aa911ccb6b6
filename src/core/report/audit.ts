/**
 * `audit(har)` — the library's one-call audit (docs/architecture.md §6): HAR → exchanges → jar replay, roles, rules,
 * weak-secret search → the JSON report. Async because the weak-secret search uses Web Crypto.
 */
import { analyseCapture } from '../analysis/analyse-capture';
import { parseHarJson } from '../har/har-text';
import { type HarError, harToExchanges } from '../har/har-to-exchanges';
import { buildReport, type ReportOptions } from './build-report';
import type { Report } from './report-types';

export interface AuditOptions extends Pick<ReportOptions, 'site'> {
  /** Clock for entries without a start time (epoch ms). Default: Date.now(), taken once per call. */
  now?: number;
  /** Skip the weak-secret search (it tries ~100 secrets per HMAC value). Default false. */
  skipWeakSecrets?: boolean;
}

/** `notes`: what the reader must know about the input (e.g. no cookie header was captured; see HarOk). */
export type AuditResult = { ok: true; report: Report; notes: string[] } | HarError;

/**
 * Never throws: unusable input is `{ ok: false, code, message }`. `har` may be parsed JSON, its text, or
 * the file's bytes (`Uint8Array` / `ArrayBuffer`; a UTF-8 BOM and UTF-16 with BOM are decoded).
 */
export async function auditHar(har: unknown, opts: AuditOptions = {}): Promise<AuditResult> {
  let input = har;
  if (typeof har === 'string' || har instanceof Uint8Array || har instanceof ArrayBuffer) {
    const parsed = parseHarJson(har);
    if (!parsed.ok) {
      // Invalid JSON keeps its historic code; an empty file or UTF-32 gets its own.
      if (parsed.code === 'invalid-json') {
        return { ok: false, code: 'not-an-object', message: 'not a HAR file: the text is not valid JSON' };
      }
      return { ok: false, code: parsed.code, message: parsed.message };
    }
    input = parsed.json;
  }
  const adapted = harToExchanges(input);
  if (!adapted.ok) return adapted;
  const analysis = await analyseCapture(adapted.exchanges, {
    now: opts.now ?? Date.now(),
    weakSecrets: !opts.skipWeakSecrets,
  });
  return {
    ok: true,
    report: buildReport(analysis, { ...opts, exchanges: adapted.exchanges }),
    notes: adapted.notes,
  };
}

/** Thrown by `audit` for input that is not a usable HAR; `code` is stable. */
export class HarInputError extends Error {
  readonly code: HarError['code'];
  constructor(error: HarError) {
    super(error.message);
    this.name = 'HarInputError';
    this.code = error.code;
  }
}

/**
 * `audit(har)` → the JSON report. Rejects with a `HarInputError` (stable `code`) when the input is not a
 * usable HAR — use `auditHar` for an error value instead.
 */
export async function audit(har: unknown, opts: AuditOptions = {}): Promise<Report> {
  const r = await auditHar(har, opts);
  if (!r.ok) throw new HarInputError(r);
  return r.report;
}
