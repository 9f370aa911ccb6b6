import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import { html } from '../html';
import type { Lesson } from '../lesson-types';
import { sendResult } from '../respond';

const router = Router();

// #region lesson-1
// Set: the response carries `Set-Cookie: mycookie=mydata; Path=/; HttpOnly`.
router.post('/set-read/set', (_req, res) => {
  res.cookie('mycookie', 'mydata', { httpOnly: true });
  sendResult(res, { did: 'set mycookie' });
});

// Read: the browser sends it back in the `Cookie` header; cookie-parser fills req.cookies.
router.get('/set-read/read', (req, res) => {
  sendResult(res, { did: 'read the Cookie header', cookies: req.cookies });
});

// Clear: the same name and path with an expiry in the past (Expires=Thu, 01 Jan 1970).
router.post('/set-read/clear', (_req, res) => {
  res.clearCookie('mycookie');
  sendResult(res, { did: 'cleared mycookie' });
});
// #endregion

export const setRead: Lesson = {
  meta: {
    id: 'set-read',
    n: 1,
    title: 'Set and read a cookie',
    path: '/lessons/set-read',
    summary: 'The server sets a cookie with Set-Cookie, the browser sends it back with Cookie.',
    actions: [
      { id: 'set', label: 'Set mycookie', method: 'POST', url: '/set-read/set' },
      { id: 'read', label: 'Read cookies on the server', method: 'GET', url: '/set-read/read' },
      { id: 'clear', label: 'Clear mycookie', method: 'POST', url: '/set-read/clear' },
      { id: 'read-again', label: 'Read again', method: 'GET', url: '/set-read/read' },
    ],
  },
  content: {
    idea: [
      html`A cookie is a small name=value pair that a server asks the browser to keep, with a
        <code>Set-Cookie</code> response header. On every later request to the same site the browser
        sends it back in the <code>Cookie</code> request header, which is how a server "remembers" you.`,
      html`<code>HttpOnly</code> means page scripts cannot see it: after you set it,
        <code>document.cookie</code> below stays empty while the server still reads it. To delete a cookie
        the server sets it again with an expiry date in the past.`,
    ],
    code: [
      {
        file: fileURLToPath(import.meta.url),
        region: 'lesson-1',
        caption: 'Express routes with cookie-parser',
      },
    ],
    panelTips: [
      html`<b>Cookies</b> tab: one row <code>mycookie</code> with the badge <b>session</b> and the flag
        <b>HttpOnly</b>; after "Clear" the same row shows <b>deleted</b>.`,
      html`<b>Requests</b> tab: the POST that set it (Set-Cookie) and the GET that sent it back (Cookie).`,
      html`<b>Flow</b> tab: select <code>mycookie</code> to see set → sent → deleted over time.`,
    ],
  },
  router,
};
