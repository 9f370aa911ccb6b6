/** A decoded JWT: header and claims as a table, registered times made human (RFC 7519 §4.1.4–4.1.6). */
import type { DecodedJwt } from '../../core/jwt/jwt-types';
import { MASK, truncate } from '../kit/display-text';

const MAX_CLAIMS = 100;
const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf']);

function claimText(v: unknown): string {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function Claims({
  obj,
  jwt,
  masked,
  testId,
}: {
  obj: Record<string, unknown>;
  jwt: DecodedJwt;
  masked: boolean;
  testId: string;
}) {
  const entries = Object.entries(obj).slice(0, MAX_CLAIMS);
  return (
    <table class="kv" data-testid={testId}>
      <tbody>
        {entries.map(([k, v]) => {
          const time = TIME_CLAIMS.has(k) ? jwt.times[k as 'exp' | 'iat' | 'nbf'] : undefined;
          return (
            <tr key={k}>
              <th scope="row">{truncate(k, 80)}</th>
              <td class="mono">
                {masked ? MASK : truncate(claimText(v), 2000)}
                {time && !masked && (
                  <span class="muted" data-testid={`claim-time-${k}`}>
                    {' '}
                    — {time.date ?? 'out of range'} ({time.relative})
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function JwtClaims({ jwt, masked }: { jwt: DecodedJwt; masked: boolean }) {
  return (
    <div class="jwt" data-testid="jwt-claims">
      <h4>JWT header</h4>
      <Claims obj={jwt.header} jwt={jwt} masked={false} testId="jwt-header-table" />
      <h4>Claims (not verified — anyone can read them)</h4>
      <Claims obj={jwt.payload} jwt={jwt} masked={masked} testId="jwt-claims-table" />
    </div>
  );
}
