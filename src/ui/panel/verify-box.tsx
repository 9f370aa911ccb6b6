/**
 * Verify a JWT (secret, JWK/JWKS or PEM, via core `verifyJwt` → jose) or an express `s:` value
 * (core `verifySignedValue`). Async; the result is one of core's statuses, worded for a student.
 */
import { useState } from 'preact/hooks';
import type { VerifyKey, VerifyResult } from '../../core/jwt/verify-types';
import { verifySignedValue } from '../../core/values/signed-value';

type KeyKind = 'secret' | 'jwk' | 'pem';
/** Keys are pasted by hand; anything larger is not a key. */
const MAX_KEY_CHARS = 64 * 1024;

const STATUS_TEXT: Record<VerifyResult['status'], string> = {
  valid: 'valid signature',
  'bad-signature': 'bad signature',
  expired: 'signature valid, but expired',
  'not-yet-valid': 'signature valid, but not yet valid (nbf)',
  'unsupported-alg': 'unsupported algorithm',
  'malformed-key': 'the key cannot be used',
  'malformed-token': 'malformed token',
};

function keyFor(kind: KeyKind, text: string): VerifyKey | string {
  if (kind === 'secret') return { secret: text };
  if (kind === 'pem') return { pem: text };
  try {
    const jwk = JSON.parse(text) as unknown;
    if (!jwk || typeof jwk !== 'object' || Array.isArray(jwk)) return 'JWK: expected a JSON object';
    const keys = (jwk as { keys?: unknown }).keys;
    if (Array.isArray(keys)) return { jwks: { keys: keys as Record<string, unknown>[] } };
    return { jwk: jwk as Record<string, unknown> };
  } catch {
    return 'JWK: not valid JSON';
  }
}

export interface VerifyBoxProps {
  /** A compact JWT, or null. */
  token: string | null;
  /** An express `s:` value (percent-decoded), or null. */
  signed: string | null;
  now: number;
}

export function VerifyBox({ token, signed, now }: VerifyBoxProps) {
  const [kind, setKind] = useState<KeyKind>('secret');
  const [key, setKey] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (token === null && signed === null) return null;

  const run = async () => {
    if (key.length === 0 || key.length > MAX_KEY_CHARS) {
      setResult({ ok: false, text: key.length === 0 ? 'enter a key first' : 'key too large' });
      return;
    }
    setBusy(true);
    let r: VerifyResult | string;
    if (token !== null) {
      const k = keyFor(kind, key);
      if (typeof k === 'string') r = k;
      else {
        // jose is loaded on first use: it is a quarter of the panel's own code (docs/architecture.md §8 bundle budget).
        const { verifyJwt } = await import('../../core/jwt/verify-jwt');
        r = await verifyJwt(token, k, { now });
      }
    } else {
      r = await verifySignedValue(signed ?? '', key);
    }
    setBusy(false);
    if (typeof r === 'string') setResult({ ok: false, text: r });
    else
      setResult({
        ok: r.status === 'valid',
        text: `${STATUS_TEXT[r.status]}${r.alg ? ` (${r.alg})` : ''}: ${r.message}`,
      });
  };

  return (
    <form
      class="verify"
      data-testid="verify-box"
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <div class="row">
        {token !== null ? (
          <select
            aria-label="Key type"
            value={kind}
            onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as KeyKind)}
          >
            <option value="secret">HMAC secret</option>
            <option value="jwk">JWK / JWKS (JSON)</option>
            <option value="pem">PEM public key / certificate</option>
          </select>
        ) : (
          <span class="muted">cookie-parser secret</span>
        )}
        <button type="submit" disabled={busy} data-testid="verify-run">
          {busy ? 'Verifying…' : 'Verify'}
        </button>
      </div>
      <textarea
        aria-label="Verification key"
        rows={kind === 'secret' ? 1 : 4}
        spellcheck={false}
        value={key}
        onInput={(e) => setKey((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {result && (
        <p class={result.ok ? 'ok' : 'warn'} data-testid="verify-result" role="status">
          {result.text}
        </p>
      )}
    </form>
  );
}
