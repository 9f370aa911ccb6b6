/**
 * `sensitive-value` (medium): a password, card number (Luhn-valid) or e-mail address stored in clear in a
 * cookie. Cookies end up in logs, proxies, browser profiles and HAR files.
 */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { acceptedSets, type ExchangeContext, finding } from './rule-context';

export const meta = defineMeta({
  id: 'sensitive-value',
  severity: 'medium',
});

/** Longer values are not scanned (a cookie is at most 4096 bytes anyway; RFC 6265bis §5.6 step 7). */
const MAX_SCAN = 4096;
const PASSWORD_NAME = /(?:^|[_.-])(?:pass|passwd|pwd|pw)$|password$|secret$/i;
const PASSWORD_IN_VALUE = /(?:^|[&;{,"\s])"?(?:password|passwd|pwd)"?\s*[=:]\s*"?[^&;"\s]{1,}/i;
// Linear: local part and domain are disjoint character classes separated by one "@".
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/;
/**
 * A card number stands alone: 13–19 digits, plain or in 4-digit groups (Amex 4-6-5), not part of a longer
 * number, a hex or alphanumeric id, or a dotted/underscored id such as `GA1.2.123456789.1500000000`.
 */
const CARD_CANDIDATE =
  /(?<![\w.-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?![\w.-])/g;
/** Epoch milliseconds from 2000 to 2100: Luhn passes one in ten of them, none is a card. */
const MS_2000 = 946_684_800_000;
const MS_2100 = 4_102_444_800_000;

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

/**
 * Payment card numbers (ISO/IEC 7812-1): 13–19 digits, Luhn-valid, and a major industry identifier of
 * 2–6 (airlines/MasterCard 2-series, Amex/JCB/Diners 3, Visa 4, MasterCard/Maestro 5, Discover/UnionPay
 * 6). That first-digit rule alone drops zero-padded ids and today's epoch timestamps (1…); repeated
 * digits and 13-digit epoch milliseconds in 2000–2100 are dropped explicitly.
 */
export function isCardNumber(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19 || !/^[2-6]\d+$/.test(digits)) return false;
  if (/^(\d)\1+$/.test(digits)) return false;
  if (digits.length === 13) {
    const t = Number(digits);
    if (t >= MS_2000 && t < MS_2100) return false;
  }
  return luhn(digits);
}

/** What kind of sensitive data the value holds, or null. */
export function sensitiveKind(name: string, value: string): string | null {
  if (value.length === 0 || value.length > MAX_SCAN) return null;
  if (PASSWORD_NAME.test(name.replace(/^__(host|secure)-/i, '')) && value.length >= 1) return 'a password';
  if (PASSWORD_IN_VALUE.test(value)) return 'a password';
  // Percent-escapes are read as what they encode: `%22` + `1675…` is a quote and a timestamp, not "221675…".
  const plain = value.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => {
    const c = Number.parseInt(h, 16);
    return c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : ' ';
  });
  for (const m of plain.matchAll(CARD_CANDIDATE)) {
    if (isCardNumber(m[0].replace(/[ -]/g, ''))) return 'a card number';
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
