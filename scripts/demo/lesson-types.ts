import type { Request, Router } from 'express';
import type { SafeHtml } from './html';

/** A text field of an action's form (a login form); `value` is prefilled so a scripted tour can submit it. */
export interface ActionField {
  name: string;
  label: string;
  type: 'text' | 'password';
  value: string;
}

/**
 * One button on a lesson page. The page renders it with `data-action="<id>"`; a scripted tour clicks
 * the buttons of a lesson in order. `url` is a path on the page's own origin, or on the other origin
 * (127.0.0.1 when the page is on localhost, and the reverse) when `crossOrigin` is true.
 */
export interface LessonAction {
  id: string;
  label: string;
  method: 'GET' | 'POST';
  url: string;
  /**
   * `fetch` (credentials included, the default), `image` (an <img> pointing at the url), `visit` (the
   * tab navigates to the url: the page comes back with `?done=<id>`), or `playground` (lesson 7's
   * script sends `line` as the body and compares what the browser did with the RFC).
   */
  kind?: 'fetch' | 'image' | 'visit' | 'playground';
  /** A playground action's Set-Cookie line. */
  line?: string;
  /** A same-origin URL answering `{ token }`: fetched first, its token sent as `X-CSRF-Token`. */
  tokenFrom?: string;
  crossOrigin?: boolean;
  /** How a POST sends its fields: a urlencoded form (default) or JSON (which needs a CORS preflight). */
  body?: 'form' | 'json';
  fields?: ActionField[];
}

export interface LessonMeta {
  id: string;
  n: number;
  title: string;
  /** The lesson page's path on the demo server. */
  path: string;
  /** One line for the index page. */
  summary: string;
  actions: LessonAction[];
}

/** A titled block of label/value lines; values are untrusted text (escaped or set with textContent). */
export interface StateSection {
  title: string;
  lines: { label: string; value: string }[];
}

/** A `#region` of a source file to show on the page. */
export interface CodeRegion {
  file: string;
  region: string;
  caption: string;
}

/** Everything a lesson page shows besides the shared layout. */
export interface LessonContent {
  /** Two or three plain sentences for a student (paragraphs). */
  idea: SafeHtml[];
  code: CodeRegion[];
  /** Bullet points for the "What to look at in the Cookies panel" box. */
  panelTips: SafeHtml[];
  /**
   * Optional live state (e.g. the session store), rendered into the page and served as JSON at
   * `<path>/state`, which the page script fetches again after each action.
   */
  state?: (req: Request) => Promise<StateSection[]>;
  /** Optional extra markup below the buttons (links, notes). */
  extra?: (req: Request) => SafeHtml;
  /** Optional markup above the buttons (a form of the lesson's own). */
  before?: (req: Request) => SafeHtml;
  /** Optional markup at the top of the "Live result" box. */
  live?: (req: Request) => SafeHtml;
  /** Extra page scripts from /static (the CSP allows no inline script). */
  scripts?: string[];
}

export interface Lesson {
  meta: LessonMeta;
  content: LessonContent;
  /** The lesson's API routes (the page itself is served by the app from `meta.path`). */
  router: Router;
}
