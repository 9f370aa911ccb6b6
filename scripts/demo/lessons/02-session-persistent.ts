import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import { html } from '../html';
import type { Lesson } from '../lesson-types';
import { sendResult } from '../respond';

const router = Router();

// #region lesson-2
// No expires / maxAge: a SESSION cookie, kept only until the browser session ends.
router.post('/lifetime/session', (_req, res) => {
  res.cookie('cart', '3-items', { httpOnly: true, sameSite: 'lax' });
  sendResult(res, { did: 'set a session cookie' });
});

// maxAge in milliseconds: Express writes Max-Age=86400 (seconds) and an Expires date one day ahead.
router.post('/lifetime/persistent', (_req, res) => {
  res.cookie('theme', 'dark', { maxAge: 86400000, sameSite: 'lax' });
  sendResult(res, { did: 'set a persistent cookie (1 day)' });
});

router.get('/lifetime/read', (req, res) => {
  sendResult(res, { did: 'read the Cookie header', cookies: req.cookies });
});

router.post('/lifetime/clear', (_req, res) => {
  res.clearCookie('cart');
  res.clearCookie('theme');
  sendResult(res, { did: 'cleared both' });
});
// #endregion

export const sessionPersistent: Lesson = {
  meta: {
    id: 'session-persistent',
    n: 2,
    title: 'Session vs persistent cookies',
    path: '/lessons/session-persistent',
    summary: 'A cookie without an expiry lives until the browser session ends; Max-Age keeps it on disk.',
    actions: [
      { id: 'set-session', label: 'Set a session cookie (cart)', method: 'POST', url: '/lifetime/session' },
      {
        id: 'set-persistent',
        label: 'Set a persistent cookie (theme, 1 day)',
        method: 'POST',
        url: '/lifetime/persistent',
      },
      { id: 'read', label: 'Read cookies on the server', method: 'GET', url: '/lifetime/read' },
      { id: 'clear', label: 'Clear both', method: 'POST', url: '/lifetime/clear' },
    ],
  },
  content: {
    idea: [
      html`A cookie set without <code>Expires</code> or <code>Max-Age</code> is a <em>session cookie</em>:
        the browser forgets it when the browsing session ends. A cookie with <code>maxAge: 86400000</code>
        (one day, in milliseconds) is <em>persistent</em>: it is written to disk and survives a restart.`,
      html`"Closing the browser" ends the session only when the browser really quits: closing one tab does
        not, and browsers that restore your tabs on start-up also restore session cookies. So never rely on
        a session cookie alone to log people out — expire the session on the server too.`,
    ],
    code: [{ file: fileURLToPath(import.meta.url), region: 'lesson-2', caption: 'Two lifetimes' }],
    panelTips: [
      html`<b>Cookies</b> tab: <code>cart</code> shows the badge <b>session</b>, <code>theme</code> shows
        <b>persistent · expires in 1 d</b>. Hover the badge to read why.`,
      html`The detail pane explains the raw header: <code>Max-Age=86400</code> wins over <code>Expires</code>
        when both are present.`,
      html`<code>theme</code> has the role <b>preference</b>; <code>theme</code> is readable in
        <code>document.cookie</code> (no HttpOnly), <code>cart</code> is not.`,
    ],
  },
  router,
};
