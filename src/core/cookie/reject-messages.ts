/**
 * One plain sentence per jar rejection code, citing the rule that the browser applies. Looked up by
 * reason where a rejection is shown to a person (`rejectMessage`); the jar's results, the analysis'
 * events, verdicts and findings carry the reason only, so the background and the panel's first paint,
 * which judge but show no rejection, do not load the sentences (issue #16, docs/architecture.md §8).
 */
import type { RejectCode } from './types';

export const REJECT_MESSAGES: Record<RejectCode, string> = {
  'not-a-string': 'the header is not a string',
  'control-characters': 'the header contains control characters (RFC 6265bis §5.6 step 1)',
  'nameless-empty': 'the cookie has neither a name nor a value (RFC 6265bis §5.6 step 6)',
  oversize: 'name and value exceed 4096 bytes (RFC 6265bis §5.6 step 7)',
  'invalid-url': 'the request URL is not an http(s)/ws(s) URL with a host',
  'secure-from-insecure': 'a Secure cookie cannot be set from an insecure (http) origin (RFC 6265bis §5.7)',
  'prefix-host': '__Host- cookies need Secure, no Domain attribute and Path=/ (RFC 6265bis §4.1.3.2)',
  'prefix-secure': '__Secure- cookies need the Secure attribute (RFC 6265bis §4.1.3.1)',
  'samesite-none-insecure': 'SameSite=None requires the Secure attribute (RFC 6265bis §5.7)',
  'domain-mismatch': 'the Domain attribute does not domain-match the request host (RFC 6265bis §5.7)',
  'domain-invalid': 'the Domain attribute contains non-ASCII characters (RFC 6265bis §5.7)',
  'public-suffix': 'the Domain attribute is a public suffix (RFC 6265bis §5.7)',
  'overwrite-secure':
    'an insecure origin cannot overwrite or shadow a Secure cookie of the same name (RFC 6265bis §5.7, "leave secure cookies alone")',
  'httponly-from-script': 'an HttpOnly cookie cannot be set from a non-HTTP API (RFC 6265bis §5.7)',
  'samesite-cross-site':
    'a cross-site response can only set SameSite=None cookies; SameSite=Lax, Strict or unspecified are ignored (RFC 6265bis §5.7)',
  'overwrite-httponly-from-script':
    'a non-HTTP API cannot overwrite an existing HttpOnly cookie (RFC 6265bis §5.7)',
  'partitioned-insecure':
    'a Partitioned cookie needs the Secure attribute (CHIPS, draft-cutler-httpbis-partitioned-cookies; Chromium rejects it)',
};

/** The sentence for `reason`; a code it does not know (another version's, say) is shown as it is. */
export function rejectMessage(reason: string): string {
  return Object.hasOwn(REJECT_MESSAGES, reason) ? REJECT_MESSAGES[reason as RejectCode] : reason;
}
