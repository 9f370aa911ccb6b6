/** `rejected-samesite-none-insecure` (high): SameSite=None without Secure. */

import { rejectRule } from './reject-rule';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'rejected-samesite-none-insecure',
  severity: 'high',
  title: 'SameSite=None without Secure',
  why: 'Browsers reject SameSite=None cookies that are not Secure (RFC 6265bis §5.7 step 15).',
  fix: "Add Secure: res.cookie(name, value, { sameSite: 'none', secure: true }).",
  refs: ['RFC 6265bis §5.7 step 15'],
});

export const { check } = rejectRule(meta, ['samesite-none-insecure']);
