/** `rejected-oversize` (high): name + value over 4096 bytes. */

import { rejectRule } from './reject-rule';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'rejected-oversize',
  severity: 'high',
  title: 'Cookie too large',
  why: 'A cookie whose name and value exceed 4096 bytes is ignored entirely (RFC 6265bis §5.6 step 7).',
  fix: 'Store the data server-side (a session store) and keep only an identifier in the cookie.',
  refs: ['RFC 6265bis §5.6 step 7', 'RFC 6265bis §6.1'],
});

export const { check } = rejectRule(meta, ['oversize']);
