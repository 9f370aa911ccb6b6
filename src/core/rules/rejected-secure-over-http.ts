/** `rejected-secure-over-http` (high): a Secure cookie set, or a Secure cookie overwritten, from http. */

import { rejectRule } from './reject-rule';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'rejected-secure-over-http',
  severity: 'high',
});

export const { check } = rejectRule(meta, ['secure-from-insecure', 'overwrite-secure']);
