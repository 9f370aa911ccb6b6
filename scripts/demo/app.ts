import { fileURLToPath } from 'node:url';
import cookieParser from 'cookie-parser';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { allLessons } from './lesson-catalogue';
import { renderIndex, renderLessonPage } from './page';
import { origins } from './respond';

const STATIC_DIR = fileURLToPath(new URL('./static/', import.meta.url));

/** Strict CSP: scripts and styles only from our own /static files; requests only to the two demo origins. */
function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  const demo = origins(req).all.join(' ');
  res.setHeader(
    'Content-Security-Policy',
    [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      `img-src 'self' ${demo}`,
      `connect-src 'self' ${demo}`,
      "form-action 'self'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  next();
}

/** The demo application: lesson pages, their APIs and /static. */
export function createDemoApp(opts: { log?: boolean } = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  if (opts.log) {
    app.use((req, res, next) => {
      res.on('finish', () =>
        console.log(`${req.method} ${req.headers.host ?? ''}${req.originalUrl} ${res.statusCode}`),
      );
      next();
    });
  }
  app.use(securityHeaders);
  app.use(cookieParser());
  app.use(express.urlencoded({ extended: false, limit: '4kb' }));
  app.use(express.json({ limit: '4kb' }));
  app.use('/static', express.static(STATIC_DIR, { index: false, fallthrough: false }));

  app.get('/', (req, res) => {
    res.type('html').send(renderIndex(req, allLessons).value);
  });
  for (const lesson of allLessons) {
    app.get(lesson.meta.path, async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      res.type('html').send((await renderLessonPage(req, lesson, allLessons)).value);
    });
    const state = lesson.content.state;
    if (state) {
      app.get(`${lesson.meta.path}/state`, async (req, res) => {
        res.setHeader('Cache-Control', 'no-store');
        res.json(await state(req));
      });
    }
    app.use(lesson.router);
  }

  app.use((_req, res) => {
    res.status(404).type('text').send('Not found. The lessons are listed at /.');
  });
  // Errors are answered with one line, never a stack trace.
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = typeof err === 'object' && err !== null && 'status' in err ? Number(err.status) : 500;
    const code = Number.isInteger(status) && status >= 400 && status < 600 ? status : 500;
    if (code >= 500) console.error('demo server error:', err);
    res
      .status(code)
      .type('text')
      .send(code >= 500 ? 'Internal error' : 'Bad request');
  });
  return app;
}
