/**
 * Cheap shape test for compact JOSE before any decoding: `eyJ` (base64url of `{"`) then 3 or 5
 * base64url parts. A plain loop, no regex, so hostile input cannot cause backtracking.
 */

function isB64UrlChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
}

/** 3 (JWS) or 5 (JWE) when `s` has the compact JOSE shape, else 0. */
export function joseShape(s: string): 0 | 3 | 5 {
  if (!s.startsWith('eyJ')) return 0;
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) dots++;
    else if (!isB64UrlChar(c)) return 0;
  }
  return dots === 2 ? 3 : dots === 4 ? 5 : 0;
}
