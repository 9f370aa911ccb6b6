// Lesson 7, the Set-Cookie playground: send a line, read back what the browser did, ask the server
// (Cookie Lens's library) what RFC 6265bis says, and show both. Everything is shown with textContent.

const pgOther = document.body.dataset.otherOrigin ?? '';
const pgResult = document.getElementById('result');
const pgVerdict = document.getElementById('pg-verdict');
const pgText = document.getElementById('pg-line');
const pgForm = document.getElementById('pg-form');

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const yesNo = (v) => (v ? 'yes' : 'no');

function renderVerdict(v) {
  const table = el('table', undefined, 'pg-table');
  const head = el('tr');
  head.append(el('th', ''), el('th', 'RFC 6265bis (library)'), el('th', 'This browser'));
  table.append(head);
  const rows = [
    ['Kept the cookie', v.rfc.stored, v.browser.stored],
    ['document.cookie shows it', v.rfc.documentCookie, v.browser.documentCookie],
    ['next request’s Cookie header', v.rfc.cookieHeader, v.browser.cookieHeader],
    ['Cookie header of /admin/…', v.rfc.adminHeader, v.browser.adminHeader],
  ];
  for (const [label, rfc, browser] of rows) {
    const tr = el('tr', undefined, rfc === browser ? '' : 'pg-differs');
    tr.append(el('th', label), el('td', yesNo(rfc)), el('td', yesNo(browser)));
    table.append(tr);
  }
  const banner = el('p', v.verdict === 'agree' ? 'They agree.' : 'They differ.', `pg-banner pg-${v.verdict}`);
  const parts = [banner, table];
  if (v.rfc.reason) parts.push(el('p', `RFC: not kept — ${v.rfc.reason}.`, 'pg-why'));
  if (v.rfc.cookie) {
    const c = v.rfc.cookie;
    const flags = [c.secure && 'Secure', c.httpOnly && 'HttpOnly'].filter(Boolean).join(', ') || 'no flags';
    parts.push(
      el(
        'p',
        `RFC: name “${c.name}”${c.name === '' ? ' (nameless)' : ''}, ${c.hostOnly ? 'host-only ' : 'domain '}${c.domain}, path ${c.path}, ${c.expires === 'session' ? 'session cookie' : `expires ${c.expires}`}, ${flags}, SameSite ${c.sameSite}.`,
        'pg-why',
      ),
    );
  }
  if (v.rfc.warnings.length > 0) parts.push(el('p', `Parser notes: ${v.rfc.warnings.join(', ')}.`, 'pg-why'));
  for (const d of v.differences) parts.push(el('p', d, 'pg-diff'));
  for (const n of v.notes) parts.push(el('p', n, 'pg-why'));
  pgVerdict?.replaceChildren(...parts);
}

async function tryLine(line, crossSite, actionId) {
  const origin = crossSite ? pgOther : location.origin;
  const text = {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'text/plain;charset=utf-8' },
  };
  if (pgResult) {
    pgResult.removeAttribute('data-done');
    pgResult.textContent = `POST ${origin}/playground-set …`;
  }
  let status = 0;
  let summary;
  try {
    const set = await fetch(`${origin}/playground-set`, { ...text, body: line });
    status = set.status;
    const sent = await set.json();
    // Read back: what scripts see here, and the Cookie header of a request under /admin.
    const documentCookie = document.cookie;
    const admin = await fetch(`${origin}/admin/echo`, { credentials: 'include' }).then((r) => r.json());
    const check = await fetch(`${origin}/playground-check`, {
      ...text,
      body: JSON.stringify({ line, documentCookie, adminHeader: admin.cookieHeader ?? '' }),
    });
    const verdict = await check.json();
    renderVerdict(verdict);
    if (pgResult) pgResult.dataset.verdict = verdict.verdict;
    summary = [
      `Set-Cookie: ${verdict.line}`,
      sent.sent ? `sent by ${origin}` : `NOT sent: ${sent.notSent}`,
      `RFC 6265bis: ${verdict.rfc.stored ? 'kept' : 'not kept'}; this browser: ${verdict.browser.stored ? 'kept' : 'not kept'}`,
      verdict.verdict === 'agree' ? 'They agree.' : `They differ: ${verdict.differences.join(' ')}`,
    ].join('\n');
  } catch (error) {
    summary = `The playground request failed (${error.message}).`;
    if (pgResult) pgResult.dataset.verdict = 'error';
  }
  if (pgResult) {
    pgResult.textContent = summary;
    pgResult.dataset.status = String(status);
    pgResult.dataset.done = actionId;
  }
  const cookieBox = document.getElementById('doc-cookie');
  if (cookieBox)
    cookieBox.textContent = document.cookie === '' ? '(empty)' : document.cookie.split('; ').join('\n');
}

for (const button of document.querySelectorAll('button[data-kind="playground"]')) {
  button.addEventListener('click', () => {
    let line = '';
    try {
      line = JSON.parse(button.dataset.line ?? '""');
    } catch {
      return;
    }
    if (pgText) pgText.value = line;
    const other = document.querySelector('input[name="from"][value="other"]');
    const same = document.querySelector('input[name="from"][value="same"]');
    const crossSite = button.dataset.crossOrigin === 'true';
    if (other && same) (crossSite ? other : same).checked = true;
    button.disabled = true;
    tryLine(line, crossSite, button.dataset.action ?? '').finally(() => {
      button.disabled = false;
    });
  });
}

pgForm?.addEventListener('submit', (event) => {
  event.preventDefault();
  const crossSite = pgForm.querySelector('input[name="from"]:checked')?.value === 'other';
  const submit = pgForm.querySelector('button[type="submit"]');
  if (submit) submit.disabled = true;
  tryLine(pgText?.value ?? '', crossSite, 'send').finally(() => {
    if (submit) submit.disabled = false;
  });
});
