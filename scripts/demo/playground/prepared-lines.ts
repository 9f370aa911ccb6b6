/**
 * The playground's prepared Set-Cookie lines: one idea each, every name distinct so the lines do not
 * overwrite each other when tried in a row. `rfc` is what RFC 6265bis says (the unit tests hold the
 * library to it); the headless tour checks that the browser agrees, line by line.
 */

export type Verdict = 'stored' | 'not stored';

export interface PreparedLine {
  id: string;
  title: string;
  line: string;
  /** Where the response comes from: the page's own site, or the demo's other site (cross-site). */
  from: 'same' | 'other';
  rfc: Verdict;
  /** One sentence for the student: why. */
  why: string;
}

/** RFC 6265bis §5.6 step 7 drops a cookie whose name + value exceed 4096 octets; this one has 5000. */
const BIG_VALUE = 'x'.repeat(5000);

export const PREPARED_LINES: readonly PreparedLine[] = [
  {
    id: 'maxage-wins',
    title: 'Max-Age beats Expires',
    line: 'pg_maxage=wins; Max-Age=600; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    from: 'same',
    rfc: 'stored',
    why: 'With both, Max-Age decides (RFC 6265bis §5.7 step 5): 10 minutes, although Expires is in 1970.',
  },
  {
    id: 'past-expires',
    title: 'An Expires in the past',
    line: 'pg_past=gone; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    from: 'same',
    rfc: 'not stored',
    why: 'A cookie that has already expired is removed at once (§5.7 step 24): this is how servers delete.',
  },
  {
    id: 'host-prefix-path',
    title: '__Host- without Path=/',
    line: '__Host-pg=1; Secure; Path=/lessons',
    from: 'same',
    rfc: 'not stored',
    why: 'A __Host- cookie needs Secure, no Domain and Path=/ (§4.1.3.2); the browser must drop it.',
  },
  {
    id: 'none-insecure',
    title: 'SameSite=None without Secure',
    line: 'pg_none=1; SameSite=None',
    from: 'same',
    rfc: 'not stored',
    why: 'SameSite=None is only allowed together with Secure (§5.7 step 19).',
  },
  {
    id: 'domain-localhost',
    title: 'Domain=localhost',
    line: 'pg_domain=1; Domain=localhost',
    from: 'same',
    rfc: 'stored',
    why: '"localhost" is a public suffix (it has no registrable domain); a Domain equal to the host then makes a host-only cookie (§5.7 step 9).',
  },
  {
    id: 'domain-ip',
    title: 'Domain=127.0.0.1 from localhost',
    line: 'pg_ip=1; Domain=127.0.0.1',
    from: 'same',
    rfc: 'not stored',
    why: 'The Domain must domain-match the host that answered (§5.7 step 10): localhost cannot set cookies for 127.0.0.1.',
  },
  {
    id: 'path-admin',
    title: 'Path=/admin',
    line: 'pg_admin=1; Path=/admin',
    from: 'same',
    rfc: 'stored',
    why: 'Stored, but sent only to URLs under /admin (§5.8.3) — and not visible to this page’s document.cookie.',
  },
  {
    id: 'big-value',
    title: 'A 5 KB value',
    line: `pg_big=${BIG_VALUE}`,
    from: 'same',
    rfc: 'not stored',
    why: 'Name plus value over 4096 bytes: the whole line is ignored (§5.6 step 7).',
  },
  {
    id: 'duplicate',
    title: 'The same attribute twice',
    line: 'pg_dup=1; Path=/admin; Path=/',
    from: 'same',
    rfc: 'stored',
    why: 'The last Path wins (§5.7 step 3 takes the last attribute of each name): Path=/, so this page sees it.',
  },
  {
    id: 'nameless',
    title: 'A cookie without a name',
    line: 'just-a-value',
    from: 'same',
    rfc: 'stored',
    why: 'No "=": the whole pair is the value and the name is empty (§5.6 step 3); it comes back as the bare value.',
  },
  {
    id: 'control',
    title: 'A control character',
    line: 'pg_ctl=a\u0007b',
    from: 'same',
    rfc: 'not stored',
    why: 'A control character (here BEL, 0x07) makes the browser ignore the whole line (§5.6 step 1). Node refuses to even send it (RFC 9110 §5.5).',
  },
  {
    id: 'good',
    title: 'A well-made session cookie',
    line: '__Host-pg_good=1; Secure; HttpOnly; Path=/; SameSite=Lax',
    from: 'same',
    rfc: 'stored',
    why: 'Stored; HttpOnly hides it from document.cookie, but the server still gets it. http://localhost counts as secure.',
  },
  {
    id: 'cross-site-lax',
    title: 'SameSite=Lax from the other site',
    line: 'pg_xs_lax=1; SameSite=Lax',
    from: 'other',
    rfc: 'not stored',
    why: 'A response to a cross-site request may only set SameSite=None cookies (§5.7, the same-site-flag step).',
  },
  {
    id: 'cross-site-none',
    title: 'SameSite=None; Secure from the other site',
    line: 'pg_xs_none=1; SameSite=None; Secure',
    from: 'other',
    rfc: 'stored',
    why: 'Allowed by the RFC — a third-party cookie. Browsers that block third-party cookies (a user setting) drop it.',
  },
];

export function preparedLine(id: string): PreparedLine | undefined {
  return PREPARED_LINES.find((p) => p.id === id);
}
