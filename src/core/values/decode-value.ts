/**
 * `decodeValue`: peel a cookie value (or an Authorization header) layer by layer — percent-encoding,
 * quotes, `Bearer `, `s:` signatures, `j:` JSON, JSON with nested tokens, base64 text — until a JWT,
 * a JWE or plain text remains. Never throws; at most MAX_LAYERS layers on at most MAX_VALUE_CHARS.
 */
import { findJsonTokens } from './json-tokens';
import { MAX_LAYERS, MAX_VALUE_CHARS } from './limits';
import {
  type Peeled,
  type Peeler,
  peelBase64,
  peelBearer,
  peelJose,
  peelJson,
  peelJsonCookie,
  peelPercent,
  peelQuotes,
  peelSigned,
} from './value-peelers';
import type { DecodedValue, Layer } from './value-types';

export interface DecodeValueOptions {
  /** Clock for JWT relative times, epoch ms (default Date.now()). */
  now?: number;
}

/**
 * Order: wrappers first (Bearer, quotes, percent), then prefixes with exact syntax (`s:`, `j:`), then
 * JOSE (a JWT is also valid base64url per part, so it must win over base64), JSON, and base64 last
 * because it is the only guess.
 */
const PEELERS: readonly Peeler[] = [
  peelBearer,
  peelQuotes,
  peelPercent,
  peelSigned,
  peelJsonCookie,
  peelJose,
  peelJson,
  peelBase64,
];

export function decodeValue(value: string, opts: DecodeValueOptions = {}): DecodedValue {
  const input = typeof value === 'string' ? value : '';
  const result: DecodedValue = { input, layers: [], final: input, kind: 'plain', confidence: 1 };
  if (input.length > MAX_VALUE_CHARS) {
    result.limited = 'input-too-large';
    return result;
  }
  try {
    peelAll(result, opts.now ?? Date.now());
  } catch {
    // Defensive: a peeler bug must not take the panel down (docs/architecture.md §9). Keep what was peeled.
  }
  result.confidence = result.layers.reduce((m, l) => Math.min(m, l.confidence), 1);
  result.kind = result.jwt
    ? 'jwt'
    : result.jwe
      ? 'jwe'
      : result.signed
        ? 'signed'
        : result.json !== undefined
          ? 'json'
          : result.layers.some((l) => l.kind === 'base64')
            ? 'text'
            : 'plain';
  return result;
}

function peelAll(result: DecodedValue, now: number): void {
  let text = result.input.trim();
  result.final = text;
  while (result.layers.length < MAX_LAYERS) {
    let peeled: Peeled | null = null;
    for (const peel of PEELERS) {
      peeled = peel(text, now);
      if (peeled) break;
    }
    if (!peeled) return;
    // Progress guard: only JSON and terminal layers may leave the text as it was (they end or descend).
    if (peeled.layer.text === text && !peeled.terminal && peeled.layer.kind !== 'json') return;
    record(result, peeled);
    text = peeled.layer.text;
    result.final = text;
    if (peeled.terminal) return;
    if (peeled.layer.kind === 'json') {
      const next = descendIntoJson(result, peeled.json);
      if (!next) return;
      text = next;
      result.final = text;
    }
  }
  result.limited = 'max-layers';
}

function record(result: DecodedValue, peeled: Peeled): void {
  result.layers.push(peeled.layer);
  if (peeled.jwt && !result.jwt) result.jwt = peeled.jwt;
  if (peeled.jwe && !result.jwe) result.jwe = peeled.jwe;
  if (peeled.jwtError && !result.jwtError) result.jwtError = peeled.jwtError;
  if (peeled.signed && !result.signed) result.signed = peeled.signed;
  if (peeled.json !== undefined && result.json === undefined) result.json = peeled.json;
  // Said, not silent (issue #19): the stored value was cut, the layer's text is whole.
  if ((peeled.tooDeep || peeled.jwt?.tooDeep) && result.limited === undefined)
    result.limited = 'json-too-deep';
}

/** `{"access_token":"eyJ…"}`: list every token, peel the first as a `json-field` layer. */
function descendIntoJson(result: DecodedValue, json: unknown): string | null {
  const tokens = findJsonTokens(json);
  if (tokens.length === 0) return null;
  result.jsonTokens = [...(result.jsonTokens ?? []), ...tokens.map(({ path, kind }) => ({ path, kind }))];
  const first = tokens[0];
  if (!first || result.layers.length >= MAX_LAYERS) return null;
  const layer: Layer = {
    kind: 'json-field',
    label: `${first.kind} at ${first.path}`,
    text: first.value,
    confidence: 1,
    path: first.path,
  };
  result.layers.push(layer);
  return first.value;
}
