/** out/tour/report.md from what the tour read: pure (TourResult in, Markdown out), so it is unit-tested. */
import { expectationsFor, stepExpectationsFor } from './lesson-expectations';
import type { ActionStep, LessonRun, PanelCookie, TourResult } from './tour-types';

/** One table cell: no pipes, no line breaks, bounded (cookie strings are attacker-controlled). */
export function cell(text: string, max = 160): string {
  const flat = text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/`/g, "'");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const cookieKey = (c: PanelCookie) => `${c.name}\u0000${c.domain}\u0000${c.path}`;

function findingsText(c: PanelCookie): string {
  const list = c.detail?.findings ?? [];
  if (list.length === 0) return c.findingCount > 0 ? `${c.findingCount}` : '—';
  return list.map((f) => `${f.rule} (${f.severity})`).join(', ');
}

function cookieLine(c: PanelCookie): string {
  const name = `${cell(c.name, 80)}${c.jwt ? ' **JWT**' : ''}`;
  return `| ${name} | ${cell(c.domain + c.path, 60)} | ${cell(c.lifetime)} | ${cell(c.flags.join(' ') || '—')} | ${cell(c.role)} | ${cell(findingsText(c), 400)} |`;
}

const COOKIE_HEAD =
  '| cookie | domain/path | lifetime | flags | role | findings |\n| --- | --- | --- | --- | --- | --- |';

/** A row as compared between steps: a countdown ("expires in 15 min" → "14 min") is no change. */
function comparable(c: PanelCookie): string {
  const lifetime = c.lifetime.startsWith('persistent') ? 'persistent' : c.lifetime;
  return JSON.stringify([c.name, c.domain, c.path, lifetime, c.flags, c.role, c.jwt, c.detail?.findings]);
}

/** The rows of `step` that are new or differ from the previous step (so each click shows its effect). */
function changed(step: ActionStep, previous: ActionStep | undefined): PanelCookie[] {
  const before = new Map((previous?.cookies ?? []).map((c) => [cookieKey(c), comparable(c)]));
  return step.cookies.filter((c) => before.get(cookieKey(c)) !== comparable(c));
}

function jwtSection(run: LessonRun): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const step of run.steps) {
    for (const c of step.cookies) {
      const claims = c.detail?.jwtClaims;
      if (!claims || seen.has(c.name)) continue;
      seen.add(c.name);
      out.push(
        `\`${cell(c.name, 80)}\` (after “${cell(step.label)}”):`,
        '',
        '| claim | value |',
        '| --- | --- |',
      );
      for (const [k, v] of Object.entries(claims)) out.push(`| ${cell(k, 60)} | ${cell(v, 200)} |`);
      out.push('');
    }
  }
  return out;
}

function lessonSection(run: LessonRun): string[] {
  const out = [
    `## Lesson ${run.n} — ${run.title}`,
    '',
    `Page: ${run.url} · ${run.steps.length} clicks · ${run.ms} ms`,
    '',
  ];
  if (run.screenshots.combined)
    out.push(`![Lesson ${run.n}: page and Cookies panel](${run.screenshots.combined})`, '');
  out.push('### Clicked, and what the panel showed after each click', '');
  run.steps.forEach((step, i) => {
    const status = step.status === 0 ? 'blocked by the browser' : `HTTP ${step.status}`;
    out.push(
      `**${i + 1}. “${cell(step.label)}”** (\`${step.id}\`, ${status}, ${step.requestCount} requests in the panel)`,
      '',
    );
    const rows = changed(step, run.steps[i - 1]);
    if (rows.length === 0) out.push('No cookie row changed.', '');
    else out.push(COOKIE_HEAD, ...rows.map(cookieLine), '');
  });
  const last = run.steps.at(-1);
  if (last) out.push('### The Cookies tab at the end', '', COOKIE_HEAD, ...last.cookies.map(cookieLine), '');
  const jwt = jwtSection(run);
  if (jwt.length > 0) out.push('### Decoded JWT claims', '', ...jwt);
  out.push('### The Findings tab at the end', '');
  if (run.findings.length === 0) out.push('No findings.', '');
  for (const f of run.findings) {
    out.push(
      `- **${cell(f.severity)}** \`${cell(f.rule, 60)}\` — ${cell(f.cookie, 80)}: ${cell(f.message, 300)}`,
    );
  }
  out.push('', '### Panel vs the lesson text', '');
  const checks = expectationsFor(run.id).length + stepExpectationsFor(run.id).length;
  if (run.mismatches.length === 0)
    out.push(`The panel shows what the lesson page says to look for (${checks} checks).`, '');
  else out.push(...run.mismatches.map((m) => `- MISMATCH: ${m}`), '');
  return out;
}

export function tourReport(result: TourResult): string {
  const mismatches = result.lessons.reduce((n, l) => n + l.mismatches.length, 0);
  return [
    '# Cookie Lens — headless teaching tour',
    '',
    `${result.browser} with the extension from dist/chrome and the real DevTools Cookies panel; demo at ${result.demoUrl}.`,
    `${result.lessons.length} lessons in ${(result.ms / 1000).toFixed(1)} s; ${mismatches} mismatches between the panel and the lesson texts.`,
    '',
    'How it was run:',
    '',
    "- Each lesson starts from an empty cookie jar (the tour clears the browser's cookies) and a new page load.",
    '  "Preserve log" stays off, so DevTools clears the panel on that navigation: each lesson shows its own cookies only.',
    '- After every click the tour waits for the panel to take in the new requests and settle, then reads each',
    '  cookie row (lifetime badge, flags, role) and opens its detail pane (findings, JWT claims).',
    '- Third-party cookies are allowed in the tour\'s profile (`{"profile":{"cookie_controls_mode":0}}` in',
    '  `Default/Preferences`): headless Chromium blocks them by default, and lesson 6 would then show no cookie',
    '  come back at all instead of what it teaches (`xs_none` crosses sites, `xs_lax` stays home).',
    ...result.notes.map((n) => `- ${n}`),
    '',
    ...result.lessons.flatMap(lessonSection),
  ].join('\n');
}
