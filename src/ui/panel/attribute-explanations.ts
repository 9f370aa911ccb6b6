/**
 * A raw `Set-Cookie` header explained attribute by attribute — where students learn what each part does.
 * The wording follows RFC 6265bis; parsing itself is core's `parseSetCookie` (the user-agent algorithm).
 */
import { cookieLifetime } from '../../core/cookie/cookie-lifetime';
import { explainLifetime } from '../../core/cookie/explain-lifetime';
import { parseSetCookie } from '../../core/cookie/set-cookie-parser';

export interface ExplainedPart {
  /** The text as written in the header (bounded for display). */
  text: string;
  /** 'pair' for name=value; else the lower-case attribute name. */
  attr: string;
  explanation: string;
  /** The browser ignores this part (invalid, duplicate, unknown). */
  ignored: boolean;
}

export interface ExplainedHeader {
  ok: boolean;
  parts: ExplainedPart[];
  /** What the header leaves out that matters ("no HttpOnly: scripts can read it"). */
  missing: string[];
  /** Lifetime sentence (core's explainLifetime), or the parser's error. */
  lifetime: string;
}

const MAX_PARTS = 40;

function sameSiteText(value: string): string {
  switch (value.toLowerCase()) {
    case 'strict':
      return 'SameSite=Strict — sent only when the request comes from this same site, not even when following a link from another site (RFC 6265bis §5.6.7).';
    case 'lax':
      return 'SameSite=Lax — not sent on cross-site subrequests (images, fetch, forms posting from other sites), but sent when the user follows a link to this site (RFC 6265bis §5.6.7).';
    case 'none':
      return 'SameSite=None — sent on cross-site requests too (embeds, third-party contexts); browsers require Secure with it (RFC 6265bis §5.7 step 18).';
    default:
      return `SameSite=${value} — not Strict, Lax or None: ignored, so the browser's default applies (Lax in Chrome) (RFC 6265bis §5.6.7).`;
  }
}

function explainAttr(name: string, value: string, receivedAt: number): string {
  switch (name) {
    case 'expires': {
      const parsed = parseSetCookie(`x=y; Expires=${value}`);
      const date = parsed.ok ? parsed.attributes.expires : null;
      if (date && date.getTime() <= receivedAt)
        return `Expires=${date.toUTCString()} — already in the past when it arrived: the browser deletes the cookie. This is how servers delete one (res.clearCookie sends Expires=Thu, 01 Jan 1970) (RFC 6265bis §5.6.1).`;
      return date
        ? `Expires — keep the cookie until ${date.toUTCString()} (persistent). Max-Age wins when both are present (RFC 6265bis §5.6.1).`
        : 'Expires — not a valid cookie date (RFC 6265bis §5.1.1): ignored.';
    }
    case 'max-age': {
      const n = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
      if (Number.isNaN(n)) return 'Max-Age — not an integer: ignored (RFC 6265bis §5.6.2).';
      if (n <= 0)
        return `Max-Age=${value} — zero or negative: the browser deletes the cookie at once (RFC 6265bis §5.6.2).`;
      return `Max-Age — keep the cookie for ${value} seconds from receipt; wins over Expires (RFC 6265bis §5.6.2).`;
    }
    case 'domain':
      return value === ''
        ? 'Domain — empty: ignored, so the cookie is host-only (RFC 6265bis §5.6.3).'
        : `Domain — sent to ${value.replace(/^\./, '')} and all its subdomains. Without Domain the cookie is host-only: only the exact host that set it gets it back (RFC 6265bis §5.6.3).`;
    case 'path':
      return value.startsWith('/')
        ? `Path — sent only for URLs whose path starts with ${value} (RFC 6265bis §5.6.4).`
        : 'Path — does not start with "/": ignored, the default path of the request URL is used (RFC 6265bis §5.6.4).';
    case 'secure':
      return 'Secure — only sent over HTTPS (localhost counts as secure); a page on http:// cannot set or overwrite it (RFC 6265bis §5.6.5).';
    case 'httponly':
      return 'HttpOnly — scripts cannot read this cookie via document.cookie, so an XSS bug cannot steal it (RFC 6265bis §5.6.6).';
    case 'samesite':
      return sameSiteText(value);
    case 'partitioned':
      return 'Partitioned — CHIPS: stored separately for each top-level site it is embedded in, so it cannot track across sites.';
    case 'priority':
      return 'Priority — Chrome only: which cookies are evicted first when a domain has too many.';
    default:
      return 'Unknown attribute: the browser ignores it.';
  }
}

function missingNotes(header: string, attrs: Set<string>): string[] {
  const notes: string[] = [];
  if (!attrs.has('httponly'))
    notes.push('No HttpOnly: scripts on the page can read it with document.cookie.');
  if (!attrs.has('secure'))
    notes.push('No Secure: it is also sent over plain http://, where anyone on the network can read it.');
  if (!attrs.has('samesite'))
    notes.push('No SameSite: the browser default applies (Lax in Chrome, None in older browsers).');
  if (!attrs.has('expires') && !attrs.has('max-age'))
    notes.push('No Expires or Max-Age: a session cookie, gone when the browser session ends.');
  if (!attrs.has('path'))
    notes.push('No Path: the default path is the request URL\u2019s directory (RFC 6265bis §5.1.4).');
  if (header.length === 0) notes.length = 0;
  return notes;
}

/** Explains one header as received at `receivedAt` (epoch ms), for the lifetime sentence. */
export function explainSetCookie(header: string, receivedAt: number, now: number): ExplainedHeader {
  const parsed = parseSetCookie(header);
  const segments = header.split(';').slice(0, MAX_PARTS);
  const parts: ExplainedPart[] = [];
  const seen = new Set<string>();
  const first = segments[0] ?? '';
  parts.push({
    text: first.trim(),
    attr: 'pair',
    explanation: parsed.ok
      ? `The cookie's name and value: the browser sends "${parsed.name}=…" back in the Cookie header of matching requests.`
      : `Rejected by the browser: ${parsed.message}.`,
    ignored: !parsed.ok,
  });
  const lowerNames = segments.slice(1).map((s) => s.split('=')[0]?.trim().toLowerCase() ?? '');
  for (let i = 1; i < segments.length; i++) {
    const seg = segments[i] ?? '';
    const eq = seg.indexOf('=');
    const name = lowerNames[i - 1] ?? '';
    const value = eq >= 0 ? seg.slice(eq + 1).trim() : '';
    if (name === '') continue;
    // RFC 6265bis §5.7 step 3: the last occurrence of an attribute wins.
    const duplicate = lowerNames.indexOf(name, i) >= 0;
    seen.add(name);
    const known = [
      'expires',
      'max-age',
      'domain',
      'path',
      'secure',
      'httponly',
      'samesite',
      'partitioned',
      'priority',
    ];
    parts.push({
      text: seg.trim(),
      attr: name,
      explanation: duplicate
        ? 'Repeated later in the header: this occurrence is ignored, the last one wins (RFC 6265bis §5.7).'
        : explainAttr(name, value, receivedAt),
      ignored: duplicate || !known.includes(name),
    });
  }
  const lifetime = parsed.ok ? cookieLifetime(parsed, receivedAt) : null;
  // A deletion is never judged as an insecure cookie (docs/architecture.md §5): its flags do not matter any more.
  const missing =
    lifetime?.kind === 'deletion'
      ? ['A deletion: the browser removes the cookie, so its missing flags do not matter.']
      : parsed.ok
        ? missingNotes(header, seen)
        : [];
  return {
    ok: parsed.ok,
    parts,
    missing,
    lifetime: lifetime ? explainLifetime(lifetime, now) : parsed.ok ? '' : parsed.message,
  };
}
