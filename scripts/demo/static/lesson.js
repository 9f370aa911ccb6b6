// Page script of the teaching demo (served from /static: the CSP allows no inline script).
// Every string from the server or a cookie is shown with textContent, never parsed as HTML.

const otherOrigin = document.body.dataset.otherOrigin ?? '';
const resultBox = document.getElementById('result');
const cookieBox = document.getElementById('doc-cookie');
const stateSection = document.getElementById('state');
const stateBody = document.getElementById('state-body');

function show(box, text) {
  if (box) box.textContent = text;
}

function showDocumentCookie() {
  show(cookieBox, document.cookie === '' ? '(empty)' : document.cookie.split('; ').join('\n'));
}

function fieldValues(button) {
  const names = (button.dataset.fields ?? '').split(',').filter(Boolean);
  const values = {};
  for (const name of names) {
    const input = document.querySelector(`input[name="${CSS.escape(name)}"]`);
    values[name] = input ? input.value : '';
  }
  return values;
}

function pretty(text) {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function loadImage(url) {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () =>
      resolve(`image loaded (${img.naturalWidth}×${img.naturalHeight}); its response set cookies`);
    img.onerror = () => resolve('image failed to load');
    img.src = url;
  });
}

async function callServer(button, url) {
  const method = button.dataset.method ?? 'GET';
  const init = { method, credentials: 'include', headers: {} };
  if (button.dataset.tokenFrom) {
    // The page's own script may read the token (same origin); an attacker's page on another site may not.
    const answer = await fetch(button.dataset.tokenFrom, { credentials: 'same-origin' }).then((r) =>
      r.json(),
    );
    if (answer.token) init.headers['X-CSRF-Token'] = answer.token;
  }
  if (method === 'POST') {
    const values = fieldValues(button);
    if (button.dataset.body === 'json') {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify({ hello: 'from a page on another site', ...values });
    } else {
      init.body = new URLSearchParams(values);
    }
  }
  try {
    const response = await fetch(url, init);
    const text = await response.text();
    return { status: response.status, text: `HTTP ${response.status}\n${pretty(text)}` };
  } catch (error) {
    // A CORS refusal: the request may have reached the server, but the page may not read the answer.
    return {
      status: 0,
      text: `The browser refused to hand the answer to this page (${error.message}).\nLook at the request in DevTools: the server did answer.`,
    };
  }
}

async function refreshState() {
  const url = stateSection?.dataset.stateUrl;
  if (!url || !stateBody) return;
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) return;
  const sections = await response.json();
  const blocks = sections.map((section) => {
    const block = document.createElement('div');
    block.className = 'state-block';
    const title = document.createElement('h3');
    title.textContent = section.title;
    block.append(title);
    for (const line of section.lines) {
      const label = document.createElement('p');
      label.className = 'label';
      label.textContent = line.label;
      const value = document.createElement('pre');
      value.textContent = line.value;
      block.append(label, value);
    }
    return block;
  });
  stateBody.replaceChildren(...blocks);
}

async function run(button) {
  const path = button.dataset.url ?? '/';
  const url = button.dataset.crossOrigin === 'true' ? otherOrigin + path : path;
  const verb = button.dataset.kind === 'image' ? 'IMG' : button.dataset.method;
  show(resultBox, `${verb} ${url} …`);
  resultBox?.removeAttribute('data-done');
  const outcome =
    button.dataset.kind === 'image'
      ? { status: 200, text: await loadImage(url) }
      : await callServer(button, url);
  show(resultBox, `${verb} ${url}\n${outcome.text}`);
  showDocumentCookie();
  await refreshState().catch(() => {});
  // Hooks for a scripted tour: which action finished last, and with which status (0 = blocked).
  if (resultBox) {
    resultBox.dataset.status = String(outcome.status);
    resultBox.dataset.done = button.dataset.action ?? '';
  }
}

// The playground's buttons belong to playground.js; a `visit` leaves the page (it comes back with ?done=).
for (const button of document.querySelectorAll('button[data-action]:not([data-kind="playground"])')) {
  if (button.dataset.kind === 'visit') {
    button.addEventListener('click', () => {
      const path = button.dataset.url ?? '/';
      location.assign(button.dataset.crossOrigin === 'true' ? otherOrigin + path : path);
    });
    continue;
  }
  button.addEventListener('click', () => {
    button.disabled = true;
    run(button).finally(() => {
      button.disabled = false;
    });
  });
}
/**
 * Back from a `visit` (the bank's answer redirects here with ?done=<action>&outcome=…): the server put
 * the outcome in #visit-outcome; copy it to #result with the same hooks as a button's answer.
 */
function reportReturn() {
  const outcome = document.getElementById('visit-outcome');
  if (!outcome || !resultBox) return;
  show(resultBox, outcome.textContent.trim());
  resultBox.dataset.status = outcome.dataset.status ?? '0';
  resultBox.dataset.done = outcome.dataset.done ?? '';
}

// The login form has no submit button of its own: Enter must not navigate away.
document.getElementById('login-form')?.addEventListener('submit', (event) => event.preventDefault());
showDocumentCookie();
reportReturn();
