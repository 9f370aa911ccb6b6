/**
 * Small inputs for the panel view tests: hand-built cookies and findings, or the real analysis of a few
 * exchanges (`analysed`) for the views that draw its per-exchange verdicts.
 */
import { type Analysis, analyseExchanges } from '../../../../src/core/analysis/analyzer.ts';
import type { FlowEvent, TrackedCookie } from '../../../../src/core/analysis/flow-types.ts';
import { newTracked } from '../../../../src/core/analysis/tracked-cookies.ts';
import type { Exchange, Finding } from '../../../../src/core/model.ts';

export const HOSTILE = '<img src=x onerror=alert(1)>';

const T0 = 1_700_000_000_000;

export function exchange(id: string, patch: Partial<Exchange> = {}): Exchange {
  return {
    id,
    startedAt: T0,
    url: 'https://app.example/',
    method: 'GET',
    status: 200,
    pageUrl: 'https://app.example/',
    requestCookieHeader: null,
    setCookieHeaders: [],
    ...patch,
  };
}

/**
 * A live, well-flagged session cookie: what the analyzer starts every cookie as (`newTracked`), set
 * once over HTTPS with Secure, HttpOnly and SameSite=Lax.
 */
export function tracked(
  name: string,
  domain: string,
  path = '/',
  patch: Partial<TrackedCookie> = {},
): TrackedCookie {
  return {
    ...newTracked(name, domain, path, { role: 'unknown', reasons: [], confidence: 'low' }),
    hostOnly: true,
    value: 'v',
    state: 'live',
    lifetime: { kind: 'session' },
    attributesFrom: 'set-cookie',
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
    sameSiteRaw: 'Lax',
    flow: { setOverHttps: true, everSet: true, survivedLogout: null },
    ...patch,
  };
}

export function event(type: FlowEvent['type'], exchangeId: string): FlowEvent {
  return { type, exchange: exchangeId, at: 1_700_000_000_000 };
}

export function finding(rule: string, severity: Finding['severity'], patch: Partial<Finding> = {}): Finding {
  return {
    rule,
    severity,
    cookie: { name: 'sid', domain: 'app.example', path: '/' },
    exchanges: ['e1'],
    message: `${rule} message`,
    ...patch,
  };
}

/** What the views draw: the analysis of `exchanges` on a fixed clock. */
export function analysed(exchanges: readonly Exchange[]): Analysis {
  return analyseExchanges(exchanges, { now: T0 });
}

/** The analysis' key of the cookie `name` on `domain` (what a trace or a selection names). */
export function keyOf(a: Analysis, name: string, domain: string): string {
  const c = a.cookies.find((x) => x.name === name && x.domain === domain);
  if (!c) throw new Error(`no cookie ${name} on ${domain} in the analysis`);
  return c.key;
}
