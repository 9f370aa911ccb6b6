import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request } from 'express';
import { html, type SafeHtml } from './html';
import type { ActionField, CodeRegion, Lesson, LessonAction, StateSection } from './lesson-types';
import { visibleLine } from './playground/bound-line';
import { origins } from './respond';
import { readSourceRegion } from './source-region';

// The HTML layout of the demo: no inline script or style (the CSP forbids both), every dynamic value
// escaped by `html`, and stable `data-action` hooks for a scripted tour.

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export function layout(
  req: Request,
  title: string,
  lessons: readonly Lesson[],
  main: SafeHtml,
  scripts: readonly string[] = [],
): SafeHtml {
  const { other } = origins(req);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Cookie Lens demo</title>
<link rel="stylesheet" href="/static/demo.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<script src="/static/lesson.js" defer></script>${scripts.map(
    (s) => html`
<script src="${`/static/${s}`}" defer></script>`,
  )}
</head>
<body data-other-origin="${other}">
<header class="top">
  <a class="brand" href="/"><img src="/static/favicon.svg" alt="" width="22" height="22"> Cookie Lens <span>teaching demo</span></a>
  <nav aria-label="Lessons">${lessons.map(
    (l) =>
      html`<a href="${l.meta.path}" title="${l.meta.title}"${
        req.path === l.meta.path ? html` aria-current="page"` : ''
      }>${l.meta.n}</a>`,
  )}</nav>
</header>
<main>
${main}
</main>
</body>
</html>
`;
}

export function renderIndex(req: Request, lessons: readonly Lesson[]): SafeHtml {
  const { self, other } = origins(req);
  return layout(
    req,
    'Lessons',
    lessons,
    html`<h1>Cookies, sessions and JWTs — eight short lessons</h1>
<p class="lead">Each lesson has buttons that make real requests to this server, shows the server code
that runs and tells you what to look for in the <b>Cookies</b> panel of Cookie Lens (open DevTools first).</p>
<ol class="lesson-list">${lessons.map(
      (l) =>
        html`<li><a href="${l.meta.path}"><b>${l.meta.title}</b></a><span class="summary">${l.meta.summary}</span></li>`,
    )}</ol>
<p class="note">This server answers as <code>${self}</code> and as <code>${other}</code>: two different sites
(lesson 6).</p>`,
  );
}

function renderFields(fields: readonly ActionField[]): SafeHtml {
  return html`<form class="fields" id="login-form"><fieldset><legend>Login form</legend>${fields.map(
    (f) => html`<label><span>${f.label}</span> <input name="${f.name}" type="${f.type}" value="${f.value}"
      autocomplete="off" maxlength="64"></label>`,
  )}<p class="hint">Any username; the password is <code>demo</code>.</p></fieldset></form>`;
}

/** A playground line as shown: control characters visible, long lines cut (the button holds it all). */
function shownLine(line: string): string {
  const visible = visibleLine(line);
  return visible.length > 90 ? `${visible.slice(0, 60)}… (${line.length} characters)` : visible;
}

function renderAction(action: LessonAction): SafeHtml {
  const where = action.crossOrigin ? 'other site' : '';
  if (action.kind === 'playground') {
    // JSON.stringify turns control characters into \u escapes; `html` escapes the quotes.
    return html`<li><button type="button" data-action="${action.id}" data-kind="playground"
      data-cross-origin="${String(action.crossOrigin === true)}" data-line="${JSON.stringify(action.line ?? '')}"
      >${action.label}</button>${where ? html` <span class="tag">${where}</span>` : ''}<br><code class="pg-line">${shownLine(
        action.line ?? '',
      )}</code></li>`;
  }
  return html`<li><button type="button" data-action="${action.id}" data-method="${action.method}"
    data-url="${action.url}" data-kind="${action.kind ?? 'fetch'}" data-cross-origin="${String(
      action.crossOrigin === true,
    )}" data-body="${action.body ?? 'form'}" data-fields="${(action.fields ?? []).map((f) => f.name).join(',')}"
    data-token-from="${action.tokenFrom ?? ''}">${action.label}</button> <code class="endpoint">${
      action.kind === 'image' ? 'img' : action.kind === 'visit' ? 'open' : action.method
    } ${action.kind === 'visit' ? action.url.split('?')[0] : action.url}</code>${where ? html` <span class="tag">${where}</span>` : ''}</li>`;
}

function renderCode(region: CodeRegion): SafeHtml {
  const file = relative(REPO_ROOT, region.file);
  const found = readSourceRegion(region.file, region.region);
  if (!found.ok) {
    return html`<figure class="code"><figcaption>${region.caption}</figcaption>
      <p class="error">Code not available: ${found.message}</p></figure>`;
  }
  return html`<figure class="code"><figcaption><b>${region.caption}</b>
    <span>${file}, lines ${found.startLine}–${found.endLine}</span></figcaption>
    <pre><code data-region="${region.region}" data-file="${file}">${found.code}</code></pre></figure>`;
}

export function renderState(sections: readonly StateSection[]): SafeHtml {
  return html`${sections.map(
    (s) =>
      html`<div class="state-block"><h3>${s.title}</h3>${s.lines.map(
        (line) => html`<p class="label">${line.label}</p><pre>${line.value}</pre>`,
      )}</div>`,
  )}`;
}

export async function renderLessonPage(
  req: Request,
  lesson: Lesson,
  lessons: readonly Lesson[],
): Promise<SafeHtml> {
  const { meta, content } = lesson;
  const index = lessons.indexOf(lesson);
  const prev = lessons[index - 1];
  const next = lessons[index + 1];
  // One login form per page: every action that needs fields reads them from it.
  const fields = new Map<string, ActionField>();
  for (const action of meta.actions) for (const f of action.fields ?? []) fields.set(f.name, f);
  const state = content.state ? await content.state(req) : null;
  return layout(
    req,
    meta.title,
    lessons,
    html`<article class="lesson" data-lesson="${meta.id}">
<p class="eyebrow">Lesson ${meta.n} of ${lessons.length}</p>
<h1>${meta.title}</h1>
<section class="idea">${content.idea.map((p) => html`<p>${p}</p>`)}</section>
<div class="columns">
  <section class="try">
    <h2>Try it, in order</h2>
    ${content.before ? content.before(req) : ''}
    ${fields.size > 0 ? renderFields([...fields.values()]) : ''}
    <ol class="actions">${meta.actions.map(renderAction)}</ol>
    ${content.extra ? content.extra(req) : ''}
  </section>
  <section class="live">
    <h2>Live result</h2>
    ${content.live ? content.live(req) : ''}
    <p class="label">Response</p>
    <pre id="result" aria-live="polite">Click a button.</pre>
    <p class="label"><code>document.cookie</code> — what scripts on this page can read</p>
    <pre id="doc-cookie">(empty)</pre>
  </section>
</div>
${
  state
    ? html`<section class="state" id="state" data-state-url="${`${meta.path}/state`}">
  <h2>On the server</h2><div id="state-body" class="state-grid">${renderState(state)}</div></section>`
    : ''
}
<aside class="panel-tips">
  <h2>What to look at in the Cookies panel</h2>
  <ul>${content.panelTips.map((tip) => html`<li>${tip}</li>`)}</ul>
</aside>
<section class="code-list">
  <h2>The server code that runs</h2>
  <p class="hint">Read from the source file on every page load — this is the code answering your clicks.</p>
  ${content.code.map(renderCode)}
</section>
<nav class="pager" aria-label="Previous and next lesson">
  ${prev ? html`<a href="${prev.meta.path}">← ${prev.meta.n}. ${prev.meta.title}</a>` : html`<a href="/">← All lessons</a>`}
  ${next ? html`<a href="${next.meta.path}">${next.meta.n}. ${next.meta.title} →</a>` : html`<a href="/">All lessons →</a>`}
</nav>
</article>`,
    content.scripts ?? [],
  );
}
