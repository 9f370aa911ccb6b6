/** `rejected-domain` (high): Domain does not domain-match the host, or is a public suffix. */

import { rejectRule } from './reject-rule';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'rejected-domain',
  severity: 'high',
  title: 'Domain attribute rejected',
  why:
    'A Domain attribute must domain-match the host that sets it and must not be a public suffix such as ' +
    '"com" or "github.io" (RFC 6265bis §5.7 steps 5 and 6); otherwise the cookie is dropped.',
  fix: 'Omit Domain (the cookie becomes host-only, the safest default) or set it to a parent of the host.',
  refs: ['RFC 6265bis §5.7 step 5', 'RFC 6265bis §5.7 step 6'],
});

export const { check } = rejectRule(meta, ['domain-mismatch', 'public-suffix']);
