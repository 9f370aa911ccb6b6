/**
 * Anti-CSRF tokens a request carries in a header (`X-CSRF-Token`, `X-XSRF-TOKEN`, `csrf-token`) or a URL
 * parameter (`csrfToken`, `authenticity_token`, `_csrf`): the analysis matches them to cookie values
 * (double-submit tokens are cookies whose value the page echoes). Bounded: a few short tokens.
 */
import type { CsrfToken } from '../model';
import type { HarHeader } from './har-types';

const NAME = /csrf|xsrf|authenticity_token/i;
const MAX_TOKENS = 8;
const MAX_TOKEN_CHARS = 512;

function push(out: CsrfToken[], where: string, value: string): void {
  if (out.length < MAX_TOKENS && value !== '' && value.length <= MAX_TOKEN_CHARS) out.push({ where, value });
}

export function csrfTokensOf(url: string, headers: HarHeader[] | undefined): CsrfToken[] {
  const out: CsrfToken[] = [];
  if (Array.isArray(headers)) {
    for (const h of headers) {
      if (h && typeof h.name === 'string' && typeof h.value === 'string' && NAME.test(h.name))
        push(out, `the ${h.name} header`, h.value.trim());
    }
  }
  const q = url.indexOf('?');
  if (q >= 0 && url.length <= 64 * 1024) {
    const end = url.indexOf('#', q);
    for (const part of url.slice(q + 1, end < 0 ? undefined : end).split('&')) {
      const eq = part.indexOf('=');
      const name = eq < 0 ? part : part.slice(0, eq);
      if (!NAME.test(name) || eq < 0) continue;
      let value = part.slice(eq + 1);
      try {
        value = decodeURIComponent(value.replace(/\+/g, ' '));
      } catch {
        // keep it as written
      }
      push(out, `the ${name} parameter`, value);
    }
  }
  return out;
}
