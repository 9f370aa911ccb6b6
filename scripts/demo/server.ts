import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoApp } from './app';

export { lessons } from './lesson-catalogue';
export type { LessonAction, LessonMeta } from './lesson-types';

export interface DemoServer {
  /** http://localhost:PORT — the "first-party" site of the lessons. */
  url: string;
  /** http://127.0.0.1:PORT — the same server as another site (lessons 5 and 6). */
  altUrl: string;
  port: number;
  close(): Promise<void>;
}

export interface DemoOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Interface to listen on; 127.0.0.1 by default (localhost resolves there). */
  host?: string;
  /** Log one line per request. */
  log?: boolean;
}

/** Starts the teaching demo and resolves once it listens. */
export function startDemo(opts: DemoOptions = {}): Promise<DemoServer> {
  const app = createDemoApp({ log: opts.log ?? false });
  const host = opts.host ?? '127.0.0.1';
  return new Promise((resolvePromise, reject) => {
    const server = app.listen(opts.port ?? 0, host);
    server.once('error', reject);
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://localhost:${port}`,
        altUrl: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            // Keep-alive connections (a browser's) would otherwise hold close() open.
            server.closeAllConnections();
          }),
      });
    });
  });
}

// `npx tsx scripts/demo/server.ts` starts it on PORT or 3000.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 3000);
  startDemo({ port: Number.isInteger(port) && port >= 0 && port < 65536 ? port : 3000, log: true }).then(
    (demo) => {
      console.log(`Cookie Lens teaching demo: ${demo.url}  (second site: ${demo.altUrl})`);
    },
    (error: Error) => {
      console.error(`cannot start the demo: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
