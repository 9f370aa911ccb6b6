/**
 * Replay vs jar (issue #13 "Reconcile"): where the RFC 6265bis replay of the capture and the browser's
 * jar disagree about one cookie, say so and why it is likely — never a silent difference. Pure.
 */
import type { TrackedCookie } from './flow-types';
import { jarDomain } from './jar-rules';
import type { JarChange, JarCookieFact, JarDisagreement, JarStatus } from './jar-types';

/** Expiry differences below this are clock skew between the capture and the read, not a change. */
const EXPIRY_SLACK_MS = 60_000;

const same = (a: string | null, b: string | null) => (a ?? 'unspecified') === (b ?? 'unspecified');

function yesNo(v: boolean | null): string {
  return v === null ? 'unknown' : v ? 'yes' : 'no';
}

/** Fact by fact, what the latest Set-Cookie in the log says against what the jar holds. */
export function factDifferences(t: TrackedCookie, c: JarCookieFact): string[] {
  const out: string[] = [];
  if (t.value !== c.value) out.push('value: the jar holds another value than the last Set-Cookie');
  if (t.httpOnly !== null && t.httpOnly !== c.httpOnly)
    out.push(`HttpOnly: Set-Cookie ${yesNo(t.httpOnly)}, jar ${yesNo(c.httpOnly)}`);
  if (t.secure !== null && t.secure !== c.secure)
    out.push(`Secure: Set-Cookie ${yesNo(t.secure)}, jar ${yesNo(c.secure)}`);
  if (!same(t.sameSite, c.sameSite))
    out.push(`SameSite: Set-Cookie ${t.sameSite ?? 'unspecified'}, jar ${c.sameSite ?? 'unspecified'}`);
  const replayExpiry = t.lifetime?.kind === 'persistent' ? t.lifetime.expiresAt : null;
  if ((replayExpiry === null) !== (c.expiresAt === null)) {
    out.push(
      `lifetime: Set-Cookie ${replayExpiry === null ? 'session' : 'persistent'}, jar ${c.expiresAt === null ? 'session' : 'persistent'}`,
    );
  } else if (
    replayExpiry !== null &&
    c.expiresAt !== null &&
    Math.abs(replayExpiry - c.expiresAt) > EXPIRY_SLACK_MS
  ) {
    out.push('expiry: the jar holds another expiry than the last Set-Cookie');
  }
  return out;
}

const EXPLAIN: Record<JarDisagreement, string> = {
  'refused-third-party':
    'Refused by the browser: set by a third-party response, and the browser blocks third-party cookies ' +
    '(its settings or tracking protection). The replay stored it because RFC 6265bis leaves that choice to the browser.',
  partitioned:
    'Not in the partition that was read: a Partitioned (CHIPS) cookie is kept per top-level site, so it ' +
    'lives under another site than the inspected page.',
  'partitioned-by-browser':
    'Partitioned by the browser: a third-party cookie set without the Partitioned attribute, kept only ' +
    'under the top-level site it was set on (Firefox Total Cookie Protection; CHIPS-style storage).',
  'changed-by-script':
    'Changed after the last Set-Cookie in the log: by a script (document.cookie), an extension, or a ' +
    'response DevTools did not record.',
  'removed-by-script':
    'Not in the browser\u2019s jar although the replay keeps it: deleted by a script (document.cookie) or an ' +
    'extension, or refused by the browser.',
  expired: 'Expired: the browser dropped it when its expiry passed.',
  evicted: 'Evicted: the browser dropped it to stay under its per-domain cookie limit.',
  'stored-despite-replay':
    'The replay (RFC 6265bis) refused it but the browser holds it: it was set later by a script or an ' +
    'unrecorded response, or this browser is more lenient than the RFC here.',
  'flags-differ':
    'Set again since the last Set-Cookie in the log, with other attributes: by a script, an extension or ' +
    'a response DevTools did not record.',
};

export function explain(reason: JarDisagreement): string {
  return EXPLAIN[reason];
}

/** The jar holds the cookie: compare it with the replay's story. */
export function reconcilePresent(t: TrackedCookie, c: JarCookieFact, scriptSet: boolean): JarStatus {
  const status = (differences: string[], reason: JarDisagreement | null): JarStatus => ({
    inJar: true,
    differences,
    reason,
    explanation: reason === null ? null : explain(reason),
    scriptSet,
  });
  if (t.attributesFrom !== 'set-cookie') return status([], null);
  if (t.state === 'rejected' || t.state === 'deleted' || t.state === 'expired') {
    return status([`the replay ends with the cookie ${t.state}; the jar holds it`], 'stored-despite-replay');
  }
  const diffs = factDifferences(t, c);
  if (diffs.length === 0) return status([], null);
  const valueOnly = diffs.every((d) => d.startsWith('value'));
  return status(diffs, valueOnly ? 'changed-by-script' : 'flags-differ');
}

/** The host was read and the jar does not hold the cookie the replay kept. */
export function reconcileAbsent(
  t: TrackedCookie,
  removal: JarChange | undefined,
  readAt: number,
): JarStatus | undefined {
  const status = (reason: JarDisagreement | null, differences: string[], text?: string): JarStatus => ({
    inJar: false,
    differences,
    reason,
    explanation: text ?? (reason === null ? null : explain(reason)),
    scriptSet: false,
  });
  // Gone from the replay too: nothing to reconcile.
  if (t.state === 'rejected' || t.state === 'deleted' || t.state === 'expired') return status(null, []);
  const missing = ['the replay keeps it; the browser\u2019s jar does not hold it'];
  if (t.attributesFrom === null) {
    // Sent earlier, gone now: the capture cannot say why; the removal event may.
    if (removal?.cause.startsWith('expired')) return status('expired', missing);
    if (removal?.cause === 'evicted') return status('evicted', missing);
    return status(null, [], 'No longer in the browser\u2019s jar: deleted or expired after it was sent.');
  }
  if (t.expiresAt !== null && t.expiresAt <= readAt) return status('expired', missing);
  if (removal) {
    if (removal.cause.startsWith('expired')) return status('expired', missing);
    if (removal.cause === 'evicted') return status('evicted', missing);
    return status('removed-by-script', missing);
  }
  if (t.thirdParty && !t.partitioned) return status('refused-third-party', missing);
  if (t.partitioned) return status('partitioned', missing);
  return status('removed-by-script', missing);
}

/** The latest removal of (name, domain, path) among the changes, if any. */
export function latestRemoval(changes: readonly JarChange[], t: TrackedCookie): JarChange | undefined {
  for (let i = changes.length - 1; i >= 0; i--) {
    const ch = changes[i];
    if (!ch) continue;
    if (ch.cookie.name === t.name && jarDomain(ch.cookie) === t.domain && ch.cookie.path === t.path)
      return ch.removed ? ch : undefined;
  }
  return undefined;
}
