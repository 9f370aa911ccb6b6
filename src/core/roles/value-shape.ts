/**
 * Can this value be a credential? A session id or token must be unguessable, so it is long and varied;
 * a counter, a yes/no, a timestamp or a short constant cannot be (OWASP Session Management Cheat Sheet:
 * "Session ID Entropy": at least 64 bits). Values are attacker-controlled text: only bounded scans.
 */

export type ValueShape = 'empty' | 'boolean' | 'counter' | 'timestamp' | 'short' | 'low-entropy' | 'token';

export interface ValueShapeResult {
  shape: ValueShape;
  /** Long and varied enough to hold a secret (a session id, a token). */
  credentialCapable: boolean;
  /** Cannot be a secret at all: empty, a yes/no, a small number, a timestamp. */
  neverCredential: boolean;
  /** Why it is not `token`, in words ("value "1" is a small number"), or null. */
  reason: string | null;
}

const BOOLEAN = /^(true|false|yes|no|on|off|y|n|0|1)$/i;
/** 2000-01-01 .. 2100-01-01 in epoch seconds or milliseconds. */
const MIN_S = 946_684_800;
const MAX_S = 4_102_444_800;
/** 12 varied characters ≈ 64 bits even as hex (OWASP's session id entropy floor). */
const MIN_TOKEN_CHARS = 12;
const MIN_DISTINCT = 7;

function quoteless(v: string): string {
  return v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;
}

function isTimestamp(v: string): boolean {
  if (!/^\d{10}(\d{3})?$/.test(v)) return false;
  const s = v.length === 13 ? Number(v) / 1000 : Number(v);
  return s >= MIN_S && s <= MAX_S;
}

function distinctChars(v: string, stopAt: number): number {
  const seen = new Set<string>();
  for (let i = 0; i < v.length && i < 256; i++) {
    seen.add(v[i] as string);
    if (seen.size >= stopAt) break;
  }
  return seen.size;
}

function result(shape: ValueShape, neverCredential: boolean, reason: string | null): ValueShapeResult {
  return { shape, credentialCapable: shape === 'token', neverCredential, reason };
}

export function valueShape(raw: string): ValueShapeResult {
  const v = quoteless(raw.trim());
  const shown = JSON.stringify(v.length > 16 ? `${v.slice(0, 16)}…` : v);
  if (v === '') return result('empty', true, 'value is empty');
  if (BOOLEAN.test(v)) return result('boolean', true, `value ${shown} is a yes/no flag`);
  if (isTimestamp(v)) return result('timestamp', true, `value ${shown} is a timestamp`);
  if (/^-?\d{1,9}$/.test(v)) return result('counter', true, `value ${shown} is a small number`);
  if (v.length < MIN_TOKEN_CHARS) return result('short', false, `value ${shown} is short for a secret`);
  if (distinctChars(v, MIN_DISTINCT) < MIN_DISTINCT)
    return result('low-entropy', false, `value ${shown} repeats a few characters`);
  return result('token', false, null);
}
