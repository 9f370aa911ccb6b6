/**
 * A tiny HTTP server for e2e tests: 127.0.0.1, port 0 (E2E.md), routes given as a map so a test can
 * send any Set-Cookie it likes (including malformed ones, which a framework would refuse to emit).
 * Every request is logged so a test can wait for what the server really saw.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export interface RouteResponse {
  status?: number;
  /** Defaults to text/html; charset=utf-8. */
  contentType?: string;
  /** Raw Set-Cookie header values, sent as separate header lines, verbatim. */
  setCookie?: readonly string[];
  headers?: Readonly<Record<string, string>>;
  body?: string;
}

/** A fixed response, or a function of the request for dynamic routes (e.g. echo the Cookie header). */
export type Route = RouteResponse | ((req: IncomingMessage) => RouteResponse);

export interface LoggedRequest {
  method: string;
  path: string;
  cookie: string | null;
  at: number;
}

export interface TestServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /** Every request received, in order (including 404s such as /favicon.ico). */
  readonly requests: readonly LoggedRequest[];
  close(): Promise<void>;
}

function send(res: ServerResponse, route: RouteResponse): void {
  const headers: Record<string, string | string[]> = {
    'content-type': route.contentType ?? 'text/html; charset=utf-8',
    // Tests count requests: a cached subresource would not be requested again.
    'cache-control': 'no-store',
    ...route.headers,
  };
  if (route.setCookie && route.setCookie.length > 0) headers['set-cookie'] = [...route.setCookie];
  res.writeHead(route.status ?? 200, headers);
  res.end(route.body ?? '');
}

export interface TestServerOptions {
  /** Serve https with this key and certificate (e.g. harness/self-signed.ts); origin then https://localhost. */
  tls?: { key: string; cert: string };
}

export async function startTestServer(
  routes: Readonly<Record<string, Route>>,
  options: TestServerOptions = {},
): Promise<TestServer> {
  const requests: LoggedRequest[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ method: req.method ?? 'GET', path, cookie: req.headers.cookie ?? null, at: Date.now() });
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (!route) {
      send(res, { status: 404, contentType: 'text/plain', body: 'not found' });
      return;
    }
    send(res, typeof route === 'function' ? route(req) : route);
  };
  const server = options.tls ? createTlsServer(options.tls, handler) : createServer(handler);
  // Keep-alive sockets would hold close() open until the browser lets go of them.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = options.tls ? `https://localhost:${port}` : `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
