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
  title: 'Cookie rejected by the browser',
  why:
    'The browser dropped this Set-Cookie line; the only trace is a DevTools warning most people miss, and ' +
    'whatever the server meant to store is not there on the next request.',
  fix: 'Read the reason: remove control characters, give the cookie a name, fix Domain, add Secure to Partitioned cookies.',
  refs: ['RFC 6265bis §5.6', 'RFC 6265bis §5.7', 'CHIPS (Partitioned cookies)'],
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
