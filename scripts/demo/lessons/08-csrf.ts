import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import { attackerPage } from '../bank/attacker-page';
import { isOutcome, OUTCOMES, safeActionId } from '../bank/bank-outcomes';
import { BANK_COOKIE, bankRouter, LESSON_PATH } from '../bank/bank-router';
import { html } from '../html';
import type { Lesson, LessonAction } from '../lesson-types';
import { origins } from '../respond';

const BANK_FILE = fileURLToPath(new URL('../bank/bank-router.ts', import.meta.url));
const router = Router();
router.use(bankRouter);
router.get('/csrf/prize', attackerPage);

const visit = (id: string, label: string): LessonAction => ({
  id,
  label,
  method: 'GET',
  url: `/csrf/prize?done=${id}`,
  kind: 'visit',
  crossOrigin: true,
});

export const csrf: Lesson = {
  meta: {
    id: 'csrf',
    n: 8,
    title: 'CSRF and SameSite',
    path: LESSON_PATH,
    summary:
      'A page on another site makes your browser post a bank transfer: SameSite=Lax and a CSRF token stop it.',
    actions: [
      { id: 'login-none', label: 'Log in (SameSite=None)', method: 'POST', url: '/bank/login?samesite=none' },
      visit('attack-none', 'Visit the prize page on the other site'),
      {
        id: 'login-lax',
        label: 'Log in again (SameSite=Lax)',
        method: 'POST',
        url: '/bank/login?samesite=lax',
      },
      visit('attack-lax', 'Visit the prize page again'),
      {
        id: 'login-token',
        label: 'Log in (SameSite=None, CSRF token required)',
        method: 'POST',
        url: '/bank/login?samesite=none&token=yes',
      },
      visit('attack-token', 'Visit the prize page once more'),
      {
        id: 'transfer',
        label: 'Send 10 € to bob from this page (with the token)',
        method: 'POST',
        url: '/bank/transfer',
        tokenFrom: '/bank/token',
      },
      { id: 'account', label: 'Show my account', method: 'GET', url: '/bank/account' },
    ],
  },
  content: {
    idea: [
      html`<em>Cross-site request forgery</em>: while you are logged in to your bank, a page on another site
        posts a form to the bank. The browser attaches the bank’s cookies to that request as to any other —
        unless the cookie’s <code>SameSite</code> attribute says no. The bank cannot tell who filled in the form.`,
      html`<code>SameSite=Lax</code> keeps the cookie off POSTs that other sites start (RFC 6265bis §5.8.3);
        <code>None</code> sends it everywhere. A <em>CSRF token</em> — a secret the bank puts in its own pages
        and checks on every transfer — stops the attack whatever the cookie says: the other site cannot read it.`,
    ],
    before: () =>
      html`<p class="note pg-warn"><b>First</b> tick <b>Preserve log</b> in the Cookie Lens toolbar: the
        attack leaves this page and comes back, and the panel would otherwise start again empty.</p>`,
    extra: (req) => {
      const outcome = req.query.outcome;
      const done = safeActionId(req.query.done);
      const { other } = origins(req);
      const box =
        isOutcome(outcome) && done
          ? html`<div id="visit-outcome" class="${`outcome outcome-${outcome}`}" data-done="${done}" data-status="${String(
              OUTCOMES[outcome].status,
            )}" role="status"><b>Back from the prize page.</b> ${OUTCOMES[outcome].text}</div>`
          : '';
      return html`${box}<p class="note">The prize page lives on <code>${other}</code>, another site;
        the bank and this page on <code>${origins(req).self}</code>.</p>`;
    },
    code: [{ file: BANK_FILE, region: 'lesson-8-bank', caption: 'The bank: login, transfer, CSRF token' }],
    panelTips: [
      html`<b>Flow</b> tab: the forged <code>POST /bank/transfer</code> arrives from the other site. After the
        SameSite=None login it carries <code>${BANK_COOKIE}</code>; after the Lax login it carries no cookie.`,
      html`<b>Findings</b> tab: <code>auth-samesite-none</code> on <code>${BANK_COOKIE}</code> names the fix:
        SameSite=Lax (or Strict) plus a CSRF token for anything that changes state.`,
      html`<b>Cookies</b> tab: select <code>${BANK_COOKIE}</code>: role <b>auth</b>, flags Secure and
        HttpOnly — neither of which helps against CSRF: the browser sends the cookie itself.`,
    ],
  },
  router,
};
