/** `rejected-oversize` (high): name + value over 4096 bytes. */

import { rejectRule } from './reject-rule';
import { defineMeta } from './rule';

export const meta = defineMeta({
  id: 'rejected-oversize',
  severity: 'high',
});

export const { check } = rejectRule(meta, ['oversize']);
