/** `rejected-prefix` (high): `__Host-` / `__Secure-` requirements not met. */

import { rejectRule } from './reject-rule';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'rejected-prefix',
  severity: 'high',
});

export const { check } = rejectRule(meta, ['prefix-host', 'prefix-secure']);
