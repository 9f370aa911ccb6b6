/**
 * JWTs in cookies and in `Authorization: Bearer` headers (DESIGN §5 JWT rules), judged through the
 * value-rules seam. A token is judged in full when it is set; when it is only sent (set before the
 * capture or by script) it is judged once per value; a Bearer token once per value.
 */
import type { Finding } from '../model';
import type { ExchangeContext } from '../rules/rule-context';
import { jweFindings, jwtFindings } from './value-rules';

/** Values already judged by (cookie key or "bearer") — bounded so a hostile capture cannot grow it. */
const MAX_JUDGED = 10_000;

export function tokenFindingsFor(ctx: ExchangeContext, judged: Set<string>): Finding[] {
  const out: Finding[] = [];
  const exchanges = [ctx.exchange.id];
  const once = (key: string): boolean => {
    if (judged.has(key)) return false;
    if (judged.size < MAX_JUDGED) judged.add(key);
    return true;
  };
  for (const s of ctx.sets) {
    if (!s.facts || s.deletion || !(s.result.outcome === 'stored' || s.result.outcome === 'replaced'))
      continue;
    const tctx = { cookie: s.cookie, exchanges, isAuth: s.role.role === 'auth', now: ctx.now };
    if (s.facts.jwt && once(`${s.cookie.name}\t${s.cookie.domain}\t${s.cookie.path}\t${s.facts.text}`)) {
      out.push(...jwtFindings(s.facts.jwt, tctx));
    } else if (s.facts.jwe) out.push(...jweFindings(tctx));
  }
  for (const c of ctx.sent) {
    const facts = c.cookie.facts;
    if (!facts || c.cookie.value !== c.value || !once(`${c.cookie.key}\t${c.value}`)) continue;
    const ref = { name: c.cookie.name, domain: c.cookie.domain, path: c.cookie.path };
    const tctx = { cookie: ref, exchanges, isAuth: c.cookie.role.role === 'auth', now: ctx.now };
    if (facts.jwt) out.push(...jwtFindings(facts.jwt, tctx));
    else if (facts.jwe) out.push(...jweFindings(tctx));
  }
  if (ctx.bearer && once(`bearer\t${ctx.host}\t${ctx.bearer.text}`)) {
    const tctx = { cookie: null, exchanges, isAuth: true, now: ctx.now };
    if (ctx.bearer.jwt) out.push(...jwtFindings(ctx.bearer.jwt, tctx));
    else if (ctx.bearer.jwe) out.push(...jweFindings(tctx));
  }
  return out;
}
