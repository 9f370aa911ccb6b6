/**
 * Verify a JWT (secret, JWK/JWKS or PEM, via core `verifyJwt` → jose) or an express `s:` value
 * (core `verifySignedValue`). Async; the result is one of core's statuses, worded for a student.
 */
import { useId, useState } from 'preact/hooks';
// jose comes with verifyJwt: the detail pane is in the panel's lazy chunk (later-parts.ts), not its first
// paint. A chunk of its own made the code it shares with the first paint a separate chunk too (issue #16).
import { verifyJwt } from '../../core/jwt/verify-jwt';
import { type KeyKind, keyFromText } from '../../core/jwt/verify-key-text';
import type { VerifyResult } from '../../core/jwt/verify-types';
import { verifySignedValue } from '../../core/values/verify-signed-value';

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

export interface VerifyBoxProps {
  /** A compact JWT, or null. */
  token: string | null;
  /** An express `s:` value (percent-decoded), or null. */
  signed: string | null;
  now: number;
}

type Shown = { ok: boolean; text: string };

/** The verdict on `token` (a JWT) or else `signed` (an `s:` value) with the key as typed, in words. */
async function verifyWithKey(p: VerifyBoxProps, kind: KeyKind, key: string): Promise<Shown> {
  if (key.length === 0 || key.length > MAX_KEY_CHARS)
    return { ok: false, text: key.length === 0 ? 'enter a key first' : 'key too large' };
  let r: VerifyResult;
  if (p.token !== null) {
    const k = keyFromText(kind, key);
    if (!k.ok) return { ok: false, text: `${kind === 'jwk' ? 'JWK: ' : ''}${k.message}` };
    r = await verifyJwt(p.token, k.key, { now: p.now });
  } else {
    r = await verifySignedValue(p.signed ?? '', key);
  }
  return {
    ok: r.status === 'valid',
    text: `${STATUS_TEXT[r.status]}${r.alg ? ` (${r.alg})` : ''}: ${r.message}`,
  };
}

export function VerifyBox(props: VerifyBoxProps) {
  const { token, signed } = props;
  const [kind, setKind] = useState<KeyKind>('secret');
  const [key, setKey] = useState('');
  const [result, setResult] = useState<Shown | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = useId();
  if (token === null && signed === null) return null;

  const run = async () => {
    setBusy(true);
    setResult(await verifyWithKey(props, kind, key));
    setBusy(false);
  };

  const trimmed = key.trim();
  const spaced = key.length > 0 && trimmed !== key;
  // Tab order follows reading order: key type, the key, then Verify (issue #18, problem 4).
  return (
    <form
      class="verify"
      data-testid="verify-box"
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      {token !== null ? (
        <label class="verify-label">
          Key type{' '}
          <select
            value={kind}
            onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as KeyKind)}
          >
            <option value="secret">HMAC secret</option>
            <option value="jwk">JWK / JWKS (JSON)</option>
            <option value="pem">PEM public key / certificate</option>
          </select>
        </label>
      ) : null}
      <label class="verify-label" for={fieldId}>
        {token !== null ? 'Verification key' : 'cookie-parser secret'}{' '}
        <span class="muted">(Enter verifies, Shift+Enter adds a line)</span>
      </label>
      <textarea
        id={fieldId}
        data-testid="verify-key"
        rows={kind === 'secret' ? 2 : 4}
        spellcheck={false}
        value={key}
        aria-describedby={spaced ? `${fieldId}-warn` : undefined}
        onInput={(e) => setKey((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          // A secret is one line: Enter verifies, as users expect; PEM and JWK keys need Shift+Enter.
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            void run();
          }
        }}
      />
      {spaced && (
        <p class="warn" id={`${fieldId}-warn`} data-testid="verify-whitespace">
          The key starts or ends with spaces or line breaks; they are part of an HMAC secret and change the
          result.
        </p>
      )}
      <div class="row">
        <button type="submit" disabled={busy} data-testid="verify-run">
          {busy ? 'Verifying…' : 'Verify'}
        </button>
      </div>
      {result && (
        <p class={result.ok ? 'ok' : 'warn'} data-testid="verify-result" role="status">
          {result.text}
        </p>
      )}
    </form>
  );
}
