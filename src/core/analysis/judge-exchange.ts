/**
 * The rules over one replayed exchange (docs/architecture.md §5): the context they read, built once, and
 * the rule groups that have something to judge; findings merge into the store.
 */
import type { Exchange } from '../model';
import { ALWAYS_RULES, SENT_RULES, SET_RULES } from '../rules';
import type { ExchangeContext, Rule, SentCookie, SetLine } from '../rules/rule-context';
import { type ExchangePlace, headerBytes } from './exchange-context';
import type { FindingStore } from './finding-store';
import type { TrackedCookie } from './flow-types';
import { siteOfHost } from './site-of';
import type { TokenJudge } from './token-findings';
import { valueFacts } from './value-facts';

/** What the analyzer knows beyond this exchange: the cookies after it and what earlier ones showed. */
export interface JudgeMemory {
  current(key: string): TrackedCookie | undefined;
  siteHasSession(site: string): boolean;
  rejectedEarlier(name: string, site: string): string | null;
}

function run(rules: readonly Rule[], ctx: ExchangeContext, store: FindingStore): void {
  for (const rule of rules) {
    for (const f of rule.check(ctx))
      store.add(f, ctx.host, f.cookie ? siteOfHost(f.cookie.domain) : ctx.site);
  }
}

export function judgeExchange(
  ex: Exchange,
  place: ExchangePlace,
  seen: { sets: SetLine[]; sent: SentCookie[] },
  memory: JudgeMemory,
  store: FindingStore,
  tokens: TokenJudge,
): void {
  const { host, site, now } = place;
  const { sets, sent } = seen;
  const auth = ex.authorizationHeader;
  const bearer =
    typeof auth === 'string' && /^bearer\s/i.test(auth)
      ? valueFacts(auth.replace(/^bearer\s+/i, ''), now)
      : null;
  const ctx: ExchangeContext = {
    exchange: ex,
    https: place.https,
    host,
    site,
    pageSite: place.pageSite,
    sets,
    sent,
    cookieHeaderBytes: headerBytes(ex.requestCookieHeader),
    bearer,
    current: memory.current,
    siteHasSession: () => memory.siteHasSession(site),
    rejectedEarlier: (name) => memory.rejectedEarlier(name, site),
    now,
  };
  // Nothing set, sent or presented: no rule has anything to judge (most static assets).
  const idle = sets.length === 0 && sent.length === 0 && bearer === null && ctx.cookieHeaderBytes === 0;
  if (!idle) {
    // Rule groups by what they read: a request that set nothing skips the cookie-attribute rules.
    run(ALWAYS_RULES, ctx, store);
    if (sets.length > 0) run(SET_RULES, ctx, store);
    if (sent.length > 0) run(SENT_RULES, ctx, store);
  }
  for (const f of tokens.findings(ctx)) store.add(f, host, f.cookie ? siteOfHost(f.cookie.domain) : site);
}
