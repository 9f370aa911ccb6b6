/** `rejected-prefix` (high): `__Host-` / `__Secure-` requirements not met. */

import { rejectRule } from './reject-rule';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'rejected-prefix',
  severity: 'high',
  title: 'Cookie prefix requirements not met',
  why:
    'A `__Secure-` cookie must be Secure and come from a secure origin; a `__Host-` cookie must also have ' +
    'Path=/ and no Domain. Otherwise browsers reject it (RFC 6265bis §4.1.3, §5.7 steps 19–20).',
  fix: "res.cookie('__Host-sid', id, { secure: true, path: '/', httpOnly: true, sameSite: 'lax' }) — and no domain.",
  refs: ['RFC 6265bis §4.1.3', 'RFC 6265bis §5.7 step 19', 'RFC 6265bis §5.7 step 20'],
});

export const { check } = rejectRule(meta, ['prefix-host', 'prefix-secure']);
