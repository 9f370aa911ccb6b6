/**
 * `rejected-other` (low): every other reason the jar refuses a Set-Cookie line (RFC 6265bis §5.6–5.7),
 * so no rejection is silent: control characters, a nameless empty pair, an invalid Domain, Partitioned
 * without Secure, a script overwriting an HttpOnly cookie.
 */
import { rejectRule } from './reject-rule';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'rejected-other',
  severity: 'low',
});

export const { check } = rejectRule(meta, [
  'control-characters',
  'nameless-empty',
  'not-a-string',
  'invalid-url',
  'domain-invalid',
  'httponly-from-script',
  'overwrite-httponly-from-script',
  'partitioned-insecure',
]);
