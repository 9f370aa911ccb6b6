import type { DemoServer, LessonAction } from '../../../scripts/demo/server.ts';
import { lessons } from '../../../scripts/demo/server.ts';
import type { ClientResponse, CookieClient } from './cookie-client.ts';

/** The absolute URL an action calls from a page on `demo.url` (crossOrigin → the other site). */
export function actionUrl(demo: DemoServer, action: LessonAction): string {
  return (action.crossOrigin ? demo.altUrl : demo.url) + action.url;
}

/** Does what clicking the lesson's buttons in order does, and returns each answer by action id. */
export async function driveLesson(
  client: CookieClient,
  demo: DemoServer,
  lessonId: string,
  override: Record<string, string> = {},
): Promise<Map<string, ClientResponse>> {
  const lesson = lessons.find((l) => l.id === lessonId);
  if (!lesson) throw new Error(`no lesson ${lessonId}`);
  const answers = new Map<string, ClientResponse>();
  for (const action of lesson.actions) {
    const values: Record<string, string> = {};
    for (const f of action.fields ?? []) values[f.name] = override[f.name] ?? f.value;
    const isPost = action.method === 'POST';
    const headers: Record<string, string> = {};
    if (action.tokenFrom) {
      // What the page script does: fetch the CSRF token from its own site, send it as a header.
      const token = await client.request(demo.url + action.tokenFrom);
      headers['x-csrf-token'] = String(token.json?.token ?? '');
    }
    if (action.kind === 'playground') headers['content-type'] = 'text/plain;charset=utf-8';
    const answer = await client.request(actionUrl(demo, action), {
      method: action.method,
      // Browsers send Origin on every POST; the playground answers only the demo's own pages.
      origin: action.crossOrigin || action.kind === 'playground' ? demo.url : undefined,
      form: isPost && !action.kind && action.body !== 'json' ? values : undefined,
      json: isPost && action.body === 'json' ? values : undefined,
      text: action.kind === 'playground' ? action.line : undefined,
      headers,
    });
    answers.set(action.id, answer);
  }
  return answers;
}

/** The answer to `id`, failing the test when the action did not run. */
export function answer(answers: Map<string, ClientResponse>, id: string): ClientResponse {
  const found = answers.get(id);
  if (!found) throw new Error(`action ${id} did not run`);
  return found;
}
