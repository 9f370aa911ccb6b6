/**
 * What the token rules (jwt-*, jwe-opaque, auth-weak-secret) need: where the token was seen and the
 * clock. They take a decoded token plus this, not an ExchangeContext, so the audit engine, the panel's
 * detail pane and the CLI `decode` command can all call them directly.
 */
import type { CookieRef, Finding, Severity } from '../model';
import type { RuleMeta } from './rule';

/** Where a token was seen: a cookie, or an `Authorization: Bearer` header (`cookie: null`). */
export interface TokenContext {
  cookie: CookieRef | null;
  /** Exchange ids that show it. */
  exchanges: string[];
  /** The cookie has the `auth` role (docs/architecture.md §4). Bearer headers are credentials: pass true. */
  isAuth: boolean;
  /** Epoch ms: the capture's clock, injected so findings are reproducible. */
  now: number;
  /** Overrides the words for where the token was seen (the CLI's `decode` of a bare value). */
  label?: string;
}

/** "cookie `token`" or "the Authorization Bearer token", used in every message. */
export function where(ctx: Pick<TokenContext, 'cookie' | 'label'>): string {
  if (ctx.label) return ctx.label;
  return ctx.cookie ? `cookie \`${ctx.cookie.name}\`` : 'the Authorization Bearer token';
}

export function tokenFinding(
  meta: RuleMeta,
  ctx: TokenContext,
  message: string,
  severity: Severity = meta.severity,
): Finding {
  return {
    rule: meta.id,
    severity,
    cookie: ctx.cookie ? { ...ctx.cookie } : null,
    exchanges: [...ctx.exchanges],
    message,
  };
}
