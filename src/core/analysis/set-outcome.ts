/**
 * One Set-Cookie line's fate in the replay, shared where it says nothing more than its outcome: a
 * capture of a million `stored`/`replaced` lines (issue #19's 64 MB HAR) then holds five objects, not a
 * million, and a structured clone (the panel's import worker) writes each once per message instead of
 * once per line (measured in Node: 3.3 s → 0.05 s to clone the 64 MB import's outcomes).
 */
import type { RejectCode, SetCookieOutcome } from '../cookie/types';
import type { SetOutcome } from './analyzer';

const PLAIN: Readonly<Record<SetCookieOutcome, SetOutcome>> = {
  stored: Object.freeze({ outcome: 'stored' }),
  replaced: Object.freeze({ outcome: 'replaced' }),
  deleted: Object.freeze({ outcome: 'deleted' }),
  rejected: Object.freeze({ outcome: 'rejected' }),
  ignored: Object.freeze({ outcome: 'ignored' }),
};

/** A frozen shared object when there is no reason or message; a fresh one otherwise. */
export function setOutcomeOf(outcome: SetCookieOutcome, reason?: RejectCode, message?: string): SetOutcome {
  if (reason === undefined && message === undefined) return PLAIN[outcome];
  return { outcome, reason, message };
}
