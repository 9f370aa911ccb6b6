/**
 * One `Set-Cookie` line through the jar (RFC 6265bis §5.7), turned into what the rules see (`SetLine`)
 * and into the tracked cookie's story (set / updated / deleted / rejected).
 */

import type { CookieJar } from '../cookie/cookie-jar';
import { cookieLifetime } from '../cookie/cookie-lifetime';
import { defaultPath } from '../cookie/domain-path-match';
import { nameAsSent } from '../cookie/name-as-sent';
import type { Lifetime, ParsedSetCookieOk, SameSiteContext, SetCookieResult } from '../cookie/types';
import type { CookieRef } from '../model';
import { classifyRole, type RoleResult } from '../roles/classify-role';
import type { SetLine } from '../rules/rule-context';
import type { SetLineOutcome } from './exchange-verdicts';
import type { TrackedCookie } from './flow-types';
import { cookieKey, keepTracked, newTracked, pushId, recordEvent, updateFlow } from './tracked-cookies';
import { type ValueFacts, valueFacts } from './value-facts';

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

/** What one line brought: the parse, its lifetime and what its value says. */
interface LineFacts {
  input: SetInput;
  parsed: ParsedSetCookieOk | null;
  lifetime: Lifetime | null;
  role: RoleResult;
  facts: ValueFacts | null;
}

/** §5.7 step 22 stored it (new, or replacing one): the story takes the line's attributes. */
function storedInStory(t: TrackedCookie, result: SetCookieResult, l: LineFacts): 'stored' | 'updated' {
  const { input, parsed } = l;
  const s = result.cookie;
  const at = input.now;
  const changed = t.value !== parsed?.value;
  const event = result.outcome === 'replaced' || t.state === 'unexplained' ? 'updated' : 'set';
  recordEvent(t, { type: event, exchange: input.exchangeId, at });
  t.state = 'live';
  t.value = parsed?.value ?? '';
  t.hostOnly = s?.hostOnly ?? null;
  t.attributesFrom = 'set-cookie';
  // A line rebuilt from a HAR cookie object that lacked a flag says nothing about it (BrowserMob).
  t.secure = input.unknownFlags?.secure ? null : (s?.secure ?? false);
  t.httpOnly = input.unknownFlags?.httpOnly ? null : (s?.httpOnly ?? false);
  t.sameSite = s?.sameSite ?? null;
  t.sameSiteRaw = parsed?.attributes.sameSiteRaw ?? null;
  t.partitioned = s?.partitioned ?? false;
  t.lifetime = l.lifetime;
  t.expiresAt = s?.expiresAt ?? null;
  t.role = l.role;
  t.facts = l.facts;
  t.thirdParty = t.thirdParty || input.thirdParty;
  updateFlow(t, {
    everSet: true,
    setOverHttps: t.flow.setOverHttps || input.https,
    survivedLogout: changed ? null : t.flow.survivedLogout,
  });
  pushId(t.setBy, input.exchangeId);
  return event === 'set' ? 'stored' : 'updated';
}

/** The jar's outcome written into the cookie's story; returns it in the verdict's words. */
function tellStory(t: TrackedCookie, result: SetCookieResult, l: LineFacts): SetLineOutcome {
  const ex = l.input.exchangeId;
  const at = l.input.now;
  switch (result.outcome) {
    case 'stored':
    case 'replaced':
      return storedInStory(t, result, l);
    case 'deleted':
    case 'ignored':
      // `ignored`: a deletion with nothing in the jar — it may delete a cookie set before the capture.
      recordEvent(t, { type: 'deleted', exchange: ex, at });
      t.state = 'deleted';
      t.lifetime = l.lifetime;
      t.expiresAt = null;
      updateFlow(t, { everSet: true, survivedLogout: null });
      pushId(t.setBy, ex);
      return 'deleted';
    case 'rejected': {
      const e = { type: 'rejected' as const, exchange: ex, at };
      recordEvent(t, result.reason !== undefined ? { ...e, reason: result.reason } : e);
      return 'rejected';
    }
  }
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
  // The line's verdict is the event it wrote into the story (exchange-verdicts.ts): one truth for both.
  const outcome = tellStory(tracked, result, { input, parsed, lifetime, role, facts });
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
