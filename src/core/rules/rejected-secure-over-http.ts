/** `rejected-secure-over-http` (high): a Secure cookie set, or a Secure cookie overwritten, from http. */

import { rejectRule } from './reject-rule';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'rejected-secure-over-http',
  severity: 'high',
  title: 'Secure cookie set over plain http',
  why:
    'Browsers refuse a Secure cookie from an insecure origin, and refuse a non-secure cookie that would ' +
    'overwrite a Secure one (RFC 6265bis §5.7 steps 8 and 16). The cookie never arrives, so logins ' +
    'silently fail on http.',
  fix: 'Serve the site over https (localhost counts as secure), or drop Secure only in local development.',
  refs: ['RFC 6265bis §5.7 step 8', 'RFC 6265bis §5.7 step 16'],
});

export const { check } = rejectRule(meta, ['secure-from-insecure', 'overwrite-secure']);
