/**
 * What `cookie-lens decode` prints: the layers, the JWT header and claims with human times, the
 * verification, any well-known secret and the findings — as lines, or as the `--json` object.
 */
import type { DecodedJwt } from '../core/jwt/jwt-types';
import type { VerifyResult } from '../core/jwt/verify-types';
import type { Finding } from '../core/model';
import type { WeakSecretHit } from '../core/secrets/find-weak-secret';
import { WEAK_SECRETS } from '../core/secrets/weak-secrets';
import { visibleText } from '../core/text/visible-text';
import { MAX_DECODED_JSON_DEPTH, TOO_DEEP_MARKER } from '../core/values/bounded-json';
import type { DecodedValue } from '../core/values/value-types';

/**
 * Hostile text must not drive the terminal nor hide itself: C0/C1 controls (ANSI sequences start with
 * ESC or U+009B), bidi overrides and zero-width characters are shown escaped (visible-text.ts).
 */
function safe(s: string, max = 500): string {
  const escaped = visibleText(s.slice(0, max + 1));
  return s.length > max ? `${escaped.slice(0, max)}… (${s.length} chars)` : escaped;
}

export function oneLine(s: string): string {
  return safe(s.split('\n')[0] ?? '', 300);
}

function claimLines(jwt: DecodedJwt, indent: string): string[] {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(jwt.payload).slice(0, 100)) {
    const t = k === 'exp' || k === 'iat' || k === 'nbf' ? jwt.times[k] : undefined;
    const human = t ? `  ${t.date ?? '?'} (${t.relative})` : '';
    lines.push(`${indent}${safe(k, 80)}: ${safe(JSON.stringify(v) ?? 'undefined', 300)}${human}`);
  }
  return lines;
}

export function renderDecoded(
  d: DecodedValue,
  v: VerifyResult | null,
  weak: WeakSecretHit | null,
  findings: Finding[],
): string[] {
  const out: string[] = [];
  if (d.limited === 'input-too-large') out.push(`note: value over 64 KB, not decoded`);
  if (d.limited === 'json-too-deep')
    out.push(
      `note: decoded JSON nests deeper than ${MAX_DECODED_JSON_DEPTH} levels; deeper values are shown as "${TOO_DEEP_MARKER}" (the raw text is in the layers)`,
    );
  if (d.layers.length === 0) out.push('layers: none (plain value)');
  else out.push('layers:');
  d.layers.forEach((l, i) => {
    const conf = l.confidence < 1 ? ` [confidence ${l.confidence}]` : '';
    out.push(`  ${i + 1}. ${safe(l.label, 120)}${conf} → ${safe(l.text, 160)}`);
  });
  if (d.signed) out.push(`signed value: ${safe(d.signed.value, 200)}  signature: ${d.signed.signature}`);
  for (let jwt: DecodedJwt | undefined = d.jwt, depth = 0; jwt; jwt = jwt.nested, depth++) {
    const pad = '  '.repeat(depth);
    out.push(`${pad}${depth ? 'nested ' : ''}JWT header: ${safe(JSON.stringify(jwt.header), 400)}`);
    if (!jwt.nested) {
      out.push(`${pad}claims:`);
      out.push(...claimLines(jwt, `${pad}  `));
    }
    if (jwt.encoding === 'latin1') out.push(`${pad}note: not valid UTF-8, read as Latin-1`);
  }
  if (d.jwe)
    out.push(`JWE header: ${safe(JSON.stringify(d.jwe.header), 400)} (encrypted: claims not readable)`);
  if (d.jwtError) out.push(`looks like a JWT but: ${safe(d.jwtError.message)} [${d.jwtError.code}]`);
  if (d.jsonTokens && d.jsonTokens.length > 1) {
    out.push(`tokens in JSON: ${d.jsonTokens.map((t) => `${safe(t.path, 80)} (${t.kind})`).join(', ')}`);
  }
  if (v) out.push(`verification: ${v.status} (${safe(v.alg ?? 'no alg', 40)}) — ${safe(v.message)}`);
  if (d.jwt || d.signed) {
    out.push(
      weak
        ? `weak secret: ${safe(JSON.stringify(weak.secret))} signs this ${weak.kind === 'jwt' ? 'JWT' : 'value'}`
        : `weak secret: none of ${WEAK_SECRETS.length} well-known secrets`,
    );
  }
  if (findings.length > 0) {
    out.push('findings:');
    for (const f of findings) out.push(`  [${f.severity}] ${f.rule}: ${safe(f.message)}`);
  }
  return out;
}

export function decodedJson(
  d: DecodedValue,
  v: VerifyResult | null,
  weak: WeakSecretHit | null,
  findings: Finding[],
) {
  return {
    input: d.input,
    kind: d.kind,
    confidence: d.confidence,
    layers: d.layers,
    jwt: d.jwt ?? null,
    jwe: d.jwe ?? null,
    jwtError: d.jwtError ?? null,
    signed: d.signed ?? null,
    jsonTokens: d.jsonTokens ?? [],
    verification: v,
    weakSecret: weak,
    findings,
    ...(d.limited ? { limited: d.limited } : {}),
  };
}
