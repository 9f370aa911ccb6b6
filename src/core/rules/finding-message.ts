/**
 * A finding's message as a person reads it (the report, the CLI, the popup, the panel's views): a
 * rejected cookie's finding ends with why the jar refused it, looked up by reason (issue #16: the
 * background and the panel's first paint judge without the sentences, cookie/reject-messages.ts).
 */
import { rejectMessage } from '../cookie/reject-messages';
import type { Finding } from '../model';

export function findingMessage(f: Pick<Finding, 'message' | 'rejectReason'>): string {
  return f.rejectReason === undefined ? f.message : `${f.message}: ${rejectMessage(f.rejectReason)}`;
}
