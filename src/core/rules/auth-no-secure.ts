/** `auth-no-secure`: high on https (it can leak over http); medium on http (fix before production). */
import type { Finding } from '../model';
import { defineMeta } from './rule';
import { authFinding, authSets, type ExchangeContext } from './rule-context';

export const meta = defineMeta({
  id: 'auth-no-secure',
  severity: 'high',
  authRole: true,
});

/** localhost, 127.0.0.0/8, [::1]: a developer's own machine, where http is normal. */
function isLocalHost(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '[::1]'
  );
}

export function check(ctx: ExchangeContext): Finding[] {
  return authSets(ctx)
    .filter((s) => !s.parsed?.attributes.secure && !s.unknownFlags?.secure)
    .map((s) => {
      if (ctx.https)
        return authFinding(
          meta,
          s,
          ctx.exchange.id,
          `Auth cookie ${s.cookie.name} is not Secure on an https site`,
        );
      if (isLocalHost(ctx.host))
        return {
          ...authFinding(
            meta,
            s,
            ctx.exchange.id,
            `Auth cookie ${s.cookie.name} is not Secure: fine on local http, but add Secure before production`,
            'medium',
          ),
          localOnly: true,
        };
      // A public site on plain http: Secure cannot even be set there (RFC 6265bis §5.7 step 14), so the
      // session id crosses the network in clear on every request.
      return authFinding(
        meta,
        s,
        ctx.exchange.id,
        `Auth cookie ${s.cookie.name} is set over plain http by ${ctx.host}: it travels in clear; serve the site over https and add Secure`,
      );
    });
}
