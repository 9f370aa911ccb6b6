/** `rejected-samesite-none-insecure` (high): SameSite=None without Secure. */

import { rejectRule } from './reject-rule';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'rejected-samesite-none-insecure',
  severity: 'high',
});

export const { check } = rejectRule(meta, ['samesite-none-insecure']);
