/**
 * One `Set-Cookie` line through the jar (RFC 6265bis §5.7), turned into what the rules see (`SetLine`)
 * and into the tracked cookie's story (set / updated / deleted / rejected).
 */

import type { CookieJar } from '../cookie/cookie-jar';
import { cookieLifetime } from '../cookie/cookie-lifetime';
import { defaultPath } from '../cookie/domain-path-match';
import { nameAsSent } from '../cookie/name-as-sent';
import type { ParsedSetCookieOk, SameSiteContext } from '../cookie/types';
import type { CookieRef } from '../model';
import { classifyRole } from '../roles/classify-role';
import type { SetLine } from '../rules/rule-context';
import type { SetLineOutcome } from './exchange-verdicts';
import type { TrackedCookie } from './flow-types';
import { cookieKey, keepTracked, newTracked, pushId, recordEvent, updateFlow } from './tracked-cookies';
import { valueFacts } from './value-facts';

export interface SetInput {
  header: string;
  url: string;
  host: string;
  path: string;
  exchangeId: string;
  now: number;
  https: boolean;
  thirdParty: boolean;
  reconstructed: boolean;
  /** Flags a rebuilt line could not know (the HAR cookie object had no such field). */
  unknownFlags?: { secure?: boolean; httpOnly?: boolean };
  /** Same-site context of the response (see CookieJar.setCookie): cross-site sets only SameSite=None. */
  sameSiteContext?: SameSiteContext;
  /** The page's URL (top-level site): keys Partitioned cookies (CHIPS). Absent: first party. */
  topLevelSite?: string | null;
}

/** Where the cookie was, or would have been, stored: RFC 6265bis §5.7 steps 8–11. */
function intendedRef(parsed: ParsedSetCookieOk | null, input: SetInput, name: string): CookieRef {
  const a = parsed?.attributes;
  return { name, domain: a?.domain ?? input.host, path: a?.path ?? defaultPath(input.path) };
}

export function applySetCookie(
  jar: CookieJar,
  cookies: Map<string, TrackedCookie>,
  input: SetInput,
): { line: SetLine; tracked: TrackedCookie; outcome: SetLineOutcome } {
  const result = jar.setCookie(input.header, input.url, {
    now: input.now,
    sameSiteContext: input.sameSiteContext ?? 'same-site',
    topLevelSite: input.topLevelSite,
  });
  const parsed = result.parsed.ok ? result.parsed : null;
  const lifetime = parsed ? cookieLifetime(parsed, input.now) : null;
  const deletion = lifetime?.kind === 'deletion';
  // A rejected line keeps the name it was sent with (escaped, cut): two rejections stay two cookies.
  const name = parsed?.name ?? nameAsSent(input.header);
  const stored = result.cookie;
  const ref: CookieRef = stored
    ? { name: stored.name, domain: stored.domain, path: stored.path }
    : intendedRef(parsed, input, name);
  // A stored or deleted Partitioned cookie is its partition's (CHIPS); a rejected one has none.
  const partitionKey = stored?.partitionKey ?? null;
  const key = cookieKey(ref.name, ref.domain, ref.path, partitionKey);
  let tracked = cookies.get(key);
  // A deletion carries an empty value: judge it by the cookie it deletes, not by "".
  const facts = parsed && !deletion ? valueFacts(parsed.value, input.now) : null;
  const evidence = { thirdParty: input.thirdParty, csrfEcho: tracked?.csrfEcho ?? null };
  const role = facts
    ? classifyRole(ref.name, facts, evidence)
    : (tracked?.role ?? classifyRole(ref.name, null, evidence));
  if (tracked === undefined) {
    tracked = newTracked(ref.name, ref.domain, ref.path, role, partitionKey);
    tracked.state = 'rejected';
    keepTracked(cookies, key, tracked);
  }
  const at = input.now;
  const ex = input.exchangeId;
  // The line's verdict is the event it wrote into the story (exchange-verdicts.ts): one truth for both.
  let outcome: SetLineOutcome = 'rejected';
  switch (result.outcome) {
    case 'stored':
    case 'replaced': {
      const s = stored;
      const a = parsed?.attributes;
      const changed = tracked.value !== parsed?.value;
      const event = result.outcome === 'replaced' || tracked.state === 'unexplained' ? 'updated' : 'set';
      recordEvent(tracked, { type: event, exchange: ex, at });
      outcome = event === 'set' ? 'stored' : 'updated';
      tracked.state = 'live';
      tracked.value = parsed?.value ?? '';
      tracked.hostOnly = s?.hostOnly ?? null;
      tracked.attributesFrom = 'set-cookie';
      // A line rebuilt from a HAR cookie object that lacked a flag says nothing about it (BrowserMob).
      tracked.secure = input.unknownFlags?.secure ? null : (s?.secure ?? false);
      tracked.httpOnly = input.unknownFlags?.httpOnly ? null : (s?.httpOnly ?? false);
      tracked.sameSite = s?.sameSite ?? null;
      tracked.sameSiteRaw = a?.sameSiteRaw ?? null;
      tracked.partitioned = s?.partitioned ?? false;
      tracked.lifetime = lifetime;
      tracked.expiresAt = s?.expiresAt ?? null;
      tracked.role = role;
      tracked.facts = facts;
      tracked.thirdParty = tracked.thirdParty || input.thirdParty;
      updateFlow(tracked, {
        everSet: true,
        setOverHttps: tracked.flow.setOverHttps || input.https,
        survivedLogout: changed ? null : tracked.flow.survivedLogout,
      });
      pushId(tracked.setBy, ex);
      break;
    }
    case 'deleted':
    case 'ignored':
      // `ignored`: a deletion with nothing in the jar — it may delete a cookie set before the capture.
      recordEvent(tracked, { type: 'deleted', exchange: ex, at });
      outcome = 'deleted';
      tracked.state = 'deleted';
      tracked.lifetime = lifetime;
      tracked.expiresAt = null;
      updateFlow(tracked, { everSet: true, survivedLogout: null });
      pushId(tracked.setBy, ex);
      break;
    case 'rejected': {
      const e = { type: 'rejected' as const, exchange: ex, at };
      recordEvent(
        tracked,
        result.reason !== undefined
          ? { ...e, reason: result.reason, message: result.message ?? result.reason }
          : e,
      );
      break;
    }
  }
  const line: SetLine = {
    header: input.header,
    result,
    parsed,
    lifetime,
    cookie: ref,
    role,
    facts,
    deletion,
    reconstructed: input.reconstructed,
    ...(input.unknownFlags ? { unknownFlags: input.unknownFlags } : {}),
  };
  return { line, tracked, outcome };
}
