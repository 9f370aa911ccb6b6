/**
 * JWTs in cookies and in `Authorization: Bearer` headers (docs/architecture.md §5 JWT rules), judged through the
 * value-rules seam: each (cookie, value) once — when set, or when first sent if it was never seen set —
 * and each Bearer token once per host. Weak-secret candidates are collected for the async pass.
 */
import type { CookieRef, Finding } from '../model';
import type { TokenContext } from '../rules/jwt-rule-context';
import type { ExchangeContext } from '../rules/rule-context';
import type { WeakSecretHit } from '../secrets/find-weak-secret';
import type { FindingStore } from './finding-store';
import { siteOfHost } from './site-of';
import type { ValueFacts } from './value-facts';
import { isWeakSecretCandidate, tokenRuleFindings, weakSecretFindings, weakSecretHit } from './value-rules';

/** Bounds so a hostile capture cannot grow the memo or the async work without limit. */
const MAX_JUDGED = 10_000;
export const MAX_SECRET_CANDIDATES = 200;

export interface SecretCandidate {
  text: string;
  ctx: TokenContext;
  host: string;
}

export class TokenJudge {
  readonly #judged = new Set<string>();
  readonly candidates: SecretCandidate[] = [];
  /** Last value judged per tracked cookie when sent: skips the key building on every request. */
  readonly #lastSent = new WeakMap<object, string>();
  readonly #signers = new Set<string>();
  #secretsChecked = 0;

  #once(key: string): boolean {
    if (this.#judged.has(key)) return false;
    if (this.#judged.size < MAX_JUDGED) this.#judged.add(key);
    return true;
  }

  #judge(
    key: string,
    facts: ValueFacts,
    cookie: CookieRef | null,
    isAuth: boolean,
    ctx: ExchangeContext,
  ): Finding[] {
    if (!this.#once(key)) return [];
    const tctx: TokenContext = { cookie, exchanges: [ctx.exchange.id], isAuth, now: ctx.now };
    // One value per cookie (or per host for Bearer tokens): an app signs every value with the same
    // secret, so later session ids of the same cookie would only repeat the same (slow) search.
    const signer = cookie ? `${cookie.name}\t${cookie.domain}\t${cookie.path}` : `bearer\t${ctx.host}`;
    if (
      isWeakSecretCandidate(facts) &&
      this.candidates.length < MAX_SECRET_CANDIDATES &&
      !this.#signers.has(signer)
    ) {
      this.#signers.add(signer);
      this.candidates.push({ text: facts.text, ctx: tctx, host: ctx.host });
    }
    return facts.jwt || facts.jwe || facts.text.indexOf('eyJ') >= 0
      ? tokenRuleFindings(facts.text, tctx)
      : [];
  }

  findings(ctx: ExchangeContext): Finding[] {
    const out: Finding[] = [];
    for (const s of ctx.sets) {
      if (!s.facts || s.deletion || !(s.result.outcome === 'stored' || s.result.outcome === 'replaced'))
        continue;
      const key = `${s.cookie.name}\t${s.cookie.domain}\t${s.cookie.path}\t${s.facts.text}`;
      out.push(...this.#judge(key, s.facts, s.cookie, s.role.role === 'auth', ctx));
    }
    for (const c of ctx.sent) {
      const facts = c.cookie.facts;
      // Hot path (every cookie on every request): only tokens and signed values, once per value.
      if (!facts || !(facts.jwt || facts.jwe || facts.signed) || c.cookie.value !== c.value) continue;
      if (this.#lastSent.get(c.cookie) === c.value) continue;
      this.#lastSent.set(c.cookie, c.value);
      const ref = { name: c.cookie.name, domain: c.cookie.domain, path: c.cookie.path };
      out.push(
        ...this.#judge(`${c.cookie.key}\t${facts.text}`, facts, ref, c.cookie.role.role === 'auth', ctx),
      );
    }
    if (ctx.bearer)
      out.push(...this.#judge(`bearer\t${ctx.host}\t${ctx.bearer.text}`, ctx.bearer, null, true, ctx));
    return out;
  }

  /**
   * `auth-weak-secret`: tries the bundled secret list on every HMAC JWT and `s:` value seen so far
   * (async: Web Crypto), into `store`. Values already checked are not checked again.
   */
  async checkWeakSecrets(store: FindingStore): Promise<void> {
    const pending = this.candidates.slice(this.#secretsChecked);
    this.#secretsChecked = this.candidates.length;
    // One search per distinct value (the same session id travels to many hosts), a few at a time:
    // Web Crypto runs HMACs off the main thread, so batches overlap.
    const byText = new Map<string, Promise<WeakSecretHit | null>>();
    for (const c of pending) if (!byText.has(c.text)) byText.set(c.text, weakSecretHit(c.text));
    await Promise.all(byText.values());
    for (const c of pending) {
      const hit = (await byText.get(c.text)) ?? null;
      for (const f of weakSecretFindings(hit, c.ctx)) {
        store.add(f, c.host, f.cookie ? siteOfHost(f.cookie.domain) : siteOfHost(c.host));
      }
    }
  }
}
