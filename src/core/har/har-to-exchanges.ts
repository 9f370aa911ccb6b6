/**
 * A HAR 1.2 document (Chrome, Firefox, `devtools.network.getHAR()`) → `Exchange[]` sorted by start time.
 * Unusable input is an error value with a message a user can act on (docs/architecture.md §6), never a throw.
 */

import type { DataLimit } from '../model';
import { entryDestination } from './entry-destination';
import { entryToExchange, type HarExchange } from './entry-to-exchange';
import { HarLimitTally } from './har-limits';
import { planNavigations } from './har-navigation';
import { type CookielessExport, cookielessExport } from './har-sensitive-data';
import type { HarEntry, HarLog, HarPage } from './har-types';

/** Bound on entries read from one file (the panel's capture ring is 20k; a CLI gets more room). */
export const MAX_HAR_ENTRIES = 500_000;

export type HarErrorCode =
  | 'not-an-object'
  | 'no-log'
  | 'no-entries'
  | 'har-without-cookies'
  | 'empty-file'
  | 'unsupported-encoding';

export interface HarError {
  ok: false;
  code: HarErrorCode;
  message: string;
}

export interface HarOk {
  ok: true;
  exchanges: HarExchange[];
  /** Entries skipped because they had no request URL, or beyond MAX_HAR_ENTRIES. */
  skipped: number;
  /** Exchanges whose cookie headers were rebuilt from HAR `cookies` arrays. */
  reconstructed: number;
  creator: string | null;
  /**
   * Not errors, but things the user must know to read the result (e.g. no cookie header was captured and
   * how to export one with cookies). One sentence each; the CLI prints them as notes on stderr.
   */
  notes: string[];
  /** Set when no Cookie / Set-Cookie was captured at all: which tool, whether it strips them. */
  cookielessExport: CookielessExport | null;
  /** Bounds that dropped data (har-limits.ts): every reader says them; empty when all was read. */
  limits: DataLimit[];
}

export type HarResult = HarOk | HarError;

function fail(code: HarErrorCode, message: string): HarError {
  return { ok: false, code, message };
}

function startOf(e: HarEntry): number {
  const t = typeof e?.startedDateTime === 'string' ? Date.parse(e.startedDateTime) : Number.NaN;
  return Number.isNaN(t) ? 0 : t;
}

function isHttpUrl(s: unknown): s is string {
  return typeof s === 'string' && /^https?:\/\//i.test(s);
}

/**
 * Fallback top-level URL of each page without a recognised navigation: its first `document` entry, else its first entry, else a title that is
 * a URL (Chrome writes the page URL as its title; Firefox writes the document title).
 */
function pageUrls(pages: HarPage[], sorted: HarEntry[]): Map<string, string> {
  const urls = new Map<string, string>();
  const fallback = new Map<string, string>();
  for (const e of sorted) {
    const ref = e.pageref;
    const url = e.request?.url;
    if (typeof ref !== 'string' || !isHttpUrl(url)) continue;
    if (entryDestination(e) === 'document' && !urls.has(ref)) urls.set(ref, url);
    if (!fallback.has(ref)) fallback.set(ref, url);
  }
  for (const [ref, url] of fallback) if (!urls.has(ref)) urls.set(ref, url);
  for (const p of pages) {
    if (p && typeof p.id === 'string' && !urls.has(p.id) && isHttpUrl(p.title)) urls.set(p.id, p.title);
  }
  return urls;
}

export function harToExchanges(har: unknown): HarResult {
  if (!har || typeof har !== 'object' || Array.isArray(har)) {
    return fail('not-an-object', 'not a HAR file: expected a JSON object with a "log"');
  }
  const log = (har as { log?: unknown }).log;
  if (!log || typeof log !== 'object' || Array.isArray(log)) {
    return fail('no-log', 'not a HAR file: no "log" object at the top level');
  }
  const l = log as HarLog;
  if (!Array.isArray(l.entries)) return fail('no-entries', 'not a HAR file: "log.entries" is not an array');

  const tally = new HarLimitTally();
  tally.maxEntries = MAX_HAR_ENTRIES;
  tally.entriesDropped = Math.max(0, l.entries.length - MAX_HAR_ENTRIES);
  const raw = l.entries.length > MAX_HAR_ENTRIES ? l.entries.slice(0, MAX_HAR_ENTRIES) : l.entries;
  const entries = raw.filter((e): e is HarEntry => !!e && typeof e === 'object');
  const cookieless = cookielessExport(l, entries);
  if (cookieless?.verdict === 'stripped') return fail('har-without-cookies', cookieless.message);

  // Stable sort by start time (docs/architecture.md §2): the jar replay depends on the order.
  const sorted = entries.map((e, i) => ({ e, i, t: startOf(e) })).sort((a, b) => a.t - b.t || a.i - b.i);
  const pages = pageUrls(
    Array.isArray(l.pages) ? l.pages : [],
    sorted.map((x) => x.e),
  );

  // Navigations through redirects: hops are `document`, the page is the chain's final URL.
  const plan = planNavigations(sorted.map((x) => x.e));

  const exchanges: HarExchange[] = [];
  let skipped = l.entries.length - entries.length + (l.entries.length - raw.length);
  let reconstructed = 0;
  for (let i = 0; i < sorted.length; i++) {
    const { e, t } = sorted[i] as { e: HarEntry; t: number };
    tally.entry(e);
    // A page with no navigation seen falls back to its first document / first entry / URL title.
    const fallback = typeof e.pageref === 'string' ? pages.get(e.pageref) : undefined;
    const type = plan.types[i];
    const ex = entryToExchange(e, {
      id: `e${exchanges.length + 1}`,
      pageUrl: plan.pages[i] ?? fallback ?? null,
      startedAt: t,
      ...(type !== undefined ? { initiatorType: type } : {}),
    });
    if (!ex) {
      skipped++;
      continue;
    }
    if (ex.reconstructed) reconstructed++;
    exchanges.push(ex);
  }
  const creator = typeof l.creator?.name === 'string' ? l.creator.name : null;
  const notes = cookieless ? [cookieless.message] : [];
  let recovered = 0;
  let notUtf8 = 0;
  let unknownSent = 0;
  for (const ex of exchanges) {
    recovered += ex.encoding?.recovered ?? 0;
    notUtf8 += ex.encoding?.notUtf8 ?? 0;
    if (ex.cookieHeaderUnknown) unknownSent++;
  }
  // Unknown is not false: these requests are not counted as sending no cookies (provisional-headers.ts).
  if (unknownSent > 0)
    notes.push(
      `${unknownSent} ${unknownSent === 1 ? 'request has' : 'requests have'} only the browser's provisional request headers (Chromium's "Provisional headers are shown"): which cookies ${unknownSent === 1 ? 'it' : 'they'} sent is unknown`,
    );
  if (recovered > 0)
    notes.push(
      `${recovered} cookie ${recovered === 1 ? 'header was' : 'headers were'} exported as Latin-1 (Chromium writes header bytes that way) and read back as UTF-8`,
    );
  if (notUtf8 > 0)
    notes.push(
      `${notUtf8} cookie ${notUtf8 === 1 ? 'header holds' : 'headers hold'} bytes that are not valid UTF-8: shown as Latin-1`,
    );
  return {
    ok: true,
    exchanges,
    skipped,
    reconstructed,
    creator,
    notes,
    cookielessExport: cookieless,
    limits: tally.limits(),
  };
}
