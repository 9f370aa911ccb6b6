/**
 * Which credentials an exchange carries, for the Requests and Flow tabs: a non-empty `Cookie` header,
 * `Set-Cookie` lines, or an `Authorization: Bearer` token (docs/architecture.md §5: Bearer JWTs are judged and shown
 * too). Shape checks only, no decoding.
 */
import type { Exchange } from '../../../core/model';
import { joseShape } from '../../../core/values/jose-shape';

export type BearerKind = 'jwt' | 'jwe' | 'opaque';

export function hasCookieHeader(ex: Exchange): boolean {
  const h = ex.requestCookieHeader;
  return typeof h === 'string' && h.trim() !== '';
}

export function bearerKind(authorization: string | null | undefined): BearerKind | null {
  if (typeof authorization !== 'string') return null;
  const trimmed = authorization.trim();
  // RFC 6750 §2.1: `Bearer` is case-insensitive, then the token.
  if (trimmed.length < 8 || trimmed.slice(0, 7).toLowerCase() !== 'bearer ') return null;
  const shape = joseShape(trimmed.slice(7).trim());
  return shape === 3 ? 'jwt' : shape === 5 ? 'jwe' : 'opaque';
}

/** An exchange the diagram draws: it carried a cookie either way, or a Bearer token. */
export function carriesCredentials(ex: Exchange): boolean {
  return (
    hasCookieHeader(ex) ||
    (Array.isArray(ex.setCookieHeaders) && ex.setCookieHeaders.length > 0) ||
    bearerKind(ex.authorizationHeader) !== null
  );
}
