/** `rejected-domain` (high): Domain does not domain-match the host, or is a public suffix. */

import { rejectRule } from './reject-rule';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'rejected-domain',
  severity: 'high',
});

export const { check } = rejectRule(meta, ['domain-mismatch', 'public-suffix']);
