/** A 3xx response: a redirect hop (RFC 9110 §15.4), whose `Location` the browser follows. */
export function isRedirectStatus(status: unknown): boolean {
  return typeof status === 'number' && status >= 300 && status < 400;
}
