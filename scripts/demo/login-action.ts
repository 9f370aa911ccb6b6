/**
 * A lesson's "Log in" button: a POST with the demo's login form (any username, password "demo"),
 * prefilled so a scripted tour can submit it. The sessions and JWT lessons log in the same way.
 */
import type { LessonAction } from './lesson-types';

export function loginAction(id: string, label: string, url: string): LessonAction {
  return {
    id,
    label,
    method: 'POST',
    url,
    fields: [
      { name: 'username', label: 'Username', type: 'text', value: 'student' },
      { name: 'password', label: 'Password', type: 'password', value: 'demo' },
    ],
  };
}
