/**
 * Jar facts judged like Set-Cookie attributes (issue #13): a cookie the capture never saw set, but the
 * browser's jar describes (lifetime, HttpOnly, Secure, SameSite, partition), goes through the same
 * cookie-attribute rules (SET_RULES) as a Set-Cookie line would — so an auth cookie without HttpOnly in
 * the jar gets `auth-no-httponly`. The line is rebuilt from the facts; its exchange is JAR_EXCHANGE_ID.
 */
import type { Lifetime, ParsedSetCookieOk } from '../cookie/types';
import type { Exchange, Finding } from '../model';
import { SET_RULES } from '../rules';
import type { ExchangeContext, SetLine } from '../rules/rule-context';
import type { TrackedCookie } from './flow-types';
import type { JarCookieFact } from './jar-types';
import { siteOfHost, siteOfUrl } from './site-of';

/** The pseudo-exchange id of facts that come from the browser's jar, not from a request. */
export const JAR_EXCHANGE_ID = 'jar';
/** Appended to a finding's message when the rule judged jar facts. */
export const FROM_JAR = ' (from the browser\u2019s jar)';

/** Domain without the leading "." Chrome reports for domain cookies (RFC 6265bis §5.7 step 10 stores it bare). */
export function jarDomain(c: Pick<JarCookieFact, 'domain'>): string {
  return c.domain.replace(/^\./, '').toLowerCase();
}

export function jarLifetime(c: JarCookieFact): Lifetime {
  if (c.expiresAt === null) return { kind: 'session' };
  return { kind: 'persistent', expiresAt: c.expiresAt, capped: false, source: 'expires', bothPresent: false };
}

/** The Set-Cookie line that would have produced these facts (shown nowhere; rules read `parsed`). */
function rebuiltHeader(c: JarCookieFact): string {
  const parts = [`${c.name}=${c.value}`, `Path=${c.path}`];
  if (!c.hostOnly) parts.push(`Domain=${jarDomain(c)}`);
  if (c.expiresAt !== null) parts.push(`Expires=${new Date(c.expiresAt).toUTCString()}`);
  if (c.secure) parts.push('Secure');
  if (c.httpOnly) parts.push('HttpOnly');
  if (c.sameSite) parts.push(`SameSite=${c.sameSite}`);
  if (c.partitionKey) parts.push('Partitioned');
  return parts.join('; ');
}

function parsedOf(c: JarCookieFact): ParsedSetCookieOk {
  return {
    ok: true,
    name: c.name,
    value: c.value,
    raw: rebuiltHeader(c),
    attributes: {
      expires: c.expiresAt === null ? null : new Date(c.expiresAt),
      maxAge: null,
      domain: c.hostOnly ? null : jarDomain(c),
      path: c.path,
      secure: c.secure,
      httpOnly: c.httpOnly,
      sameSite: c.sameSite,
      sameSiteRaw: c.sameSite,
      partitioned: c.partitionKey !== null,
      priority: null,
    },
    ignoredAttributes: [],
    warnings: [],
  };
}

/**
 * Findings of the cookie-attribute rules on one jar cookie. `pageUrl` is the inspected page: its scheme
 * stands in for the (unknown) scheme the cookie was set over, and its site decides third party.
 */
export function judgeJarCookie(
  c: JarCookieFact,
  tracked: TrackedCookie,
  pageUrl: string,
  now: number,
): Finding[] {
  const domain = jarDomain(c);
  const https = /^https:/i.test(pageUrl);
  const parsed = parsedOf(c);
  const ref = { name: c.name, domain, path: c.path };
  const line: SetLine = {
    header: parsed.raw,
    result: { outcome: 'stored', parsed },
    parsed,
    lifetime: jarLifetime(c),
    cookie: ref,
    role: tracked.role,
    facts: tracked.facts,
    deletion: false,
    reconstructed: false,
  };
  const exchange: Exchange = {
    id: JAR_EXCHANGE_ID,
    startedAt: now,
    url: `${https ? 'https' : 'http'}://${domain}${c.path}`,
    method: 'GET',
    status: 200,
    pageUrl,
    requestCookieHeader: null,
    setCookieHeaders: [],
  };
  const ctx: ExchangeContext = {
    exchange,
    https,
    host: domain,
    site: siteOfHost(domain),
    pageSite: siteOfUrl(pageUrl),
    sets: [line],
    sent: [],
    cookieHeaderBytes: 0,
    bearer: null,
    current: (key) => (key === tracked.key ? tracked : undefined),
    now,
  };
  const out: Finding[] = [];
  for (const rule of SET_RULES) {
    for (const f of rule.check(ctx)) out.push({ ...f, message: f.message + FROM_JAR });
  }
  return out;
}
