import type { Request, Response } from 'express';

// Page scripts cannot read `Set-Cookie` (a forbidden response header in the Fetch standard), so every
// demo answer also repeats the headers it set in its JSON body, for the "Live result" box.

/** The `Set-Cookie` header lines queued on (or already sent by) `res`. */
export function setCookieLines(res: Response): string[] {
  const header = res.getHeader('Set-Cookie');
  if (header === undefined) return [];
  return Array.isArray(header) ? header.map(String) : [String(header)];
}

/** Sends `body` as JSON plus the `Set-Cookie` lines, with `status` (200 by default). */
export function sendResult(res: Response, body: Record<string, unknown>, status = 200): void {
  res.status(status);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  // express-session adds its cookie in an on-headers hook, i.e. only when the head is written, so
  // write the head first and read the header lines after it: the echo then shows what really went out.
  res.writeHead(status);
  res.end(JSON.stringify({ ...body, setCookie: setCookieLines(res) }, null, 2));
}

/** The two origins of the demo: the same server reached as localhost and as 127.0.0.1 (two sites). */
export function origins(req: Request): { self: string; other: string; all: string[] } {
  const port = req.socket.localPort ?? 0;
  const local = `http://localhost:${port}`;
  const loopback = `http://127.0.0.1:${port}`;
  // Only the choice between two fixed strings depends on the (client-controlled) Host header.
  const onLoopback = (req.headers.host ?? '').startsWith('127.0.0.1');
  return onLoopback
    ? { self: loopback, other: local, all: [local, loopback] }
    : { self: local, other: loopback, all: [local, loopback] };
}

/** A form or JSON body field as a bounded, trimmed string ('' when missing or not a string). */
export function field(req: Request, name: string, max = 64): string {
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null) return '';
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}
