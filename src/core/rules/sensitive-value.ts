/**
 * `sensitive-value` (medium): a password, card number (Luhn-valid) or e-mail address stored in clear in a
 * cookie. Cookies end up in logs, proxies, browser profiles and HAR files.
 */
import type { Finding } from '../model';
import type { RuleMeta } from './rule';
import { acceptedSets, type ExchangeContext, finding } from './rule-context';

export const meta: RuleMeta = {
  id: 'sensitive-value',
  severity: 'medium',
  title: 'Sensitive data in a cookie',
  why:
    'Cookie values are stored unencrypted in the browser profile, appear in server and proxy logs and in ' +
    'exported HAR files; a password, card number or e-mail address there leaks far beyond the session.',
  fix: 'Keep personal data server-side and reference it with an opaque id; never store passwords client-side.',
  refs: ['CWE-315', 'CWE-539', 'OWASP Session Management Cheat Sheet'],
};

/** Longer values are not scanned (a cookie is at most 4096 bytes anyway; RFC 6265bis §5.6 step 7). */
const MAX_SCAN = 4096;
const PASSWORD_NAME = /(?:^|[_.-])(?:pass|passwd|pwd|pw)$|password$|secret$/i;
const PASSWORD_IN_VALUE = /(?:^|[&;{,"\s])"?(?:password|passwd|pwd)"?\s*[=:]\s*"?[^&;"\s]{1,}/i;
// Linear: local part and domain are disjoint character classes separated by one "@".
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/;
const CARD_CANDIDATE = /(?:\d[ -]?){12,18}\d/g;

/** Luhn checksum (ISO/IEC 7812-1 Annex B). */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** What kind of sensitive data the value holds, or null. */
export function sensitiveKind(name: string, value: string): string | null {
  if (value.length === 0 || value.length > MAX_SCAN) return null;
  if (PASSWORD_NAME.test(name.replace(/^__(host|secure)-/i, '')) && value.length >= 1) return 'a password';
  if (PASSWORD_IN_VALUE.test(value)) return 'a password';
  for (const m of value.matchAll(CARD_CANDIDATE)) {
    const digits = m[0].replace(/[ -]/g, '');
    // Repeated digits (0000…) pass Luhn but are placeholders, not cards.
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits) && !/^(\d)\1+$/.test(digits)) {
      return 'a card number';
    }
  }
  if (EMAIL.test(value)) return 'an e-mail address';
  return null;
}

export function check(ctx: ExchangeContext): Finding[] {
  const out: Finding[] = [];
  for (const s of acceptedSets(ctx)) {
    // A JWT's claims are judged by jwt-sensitive-claims; a signed value still shows its content in clear.
    if (s.facts?.jwt || s.facts?.jwe) continue;
    const kind = sensitiveKind(s.cookie.name, s.facts?.text ?? s.parsed?.value ?? '');
    if (kind) out.push(finding(meta, s.cookie, ctx.exchange.id, `${s.cookie.name} holds ${kind} in clear`));
  }
  return out;
}
