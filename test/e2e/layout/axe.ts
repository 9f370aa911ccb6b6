/**
 * axe-core for the e2e (issue #18: 0 critical and 0 serious on every panel view and the popup, light
 * and dark, in Chromium and Firefox). `AXE_SOURCE` defines `axe` where it is evaluated (Chromium:
 * Runtime.evaluate in the page; Firefox: the panel probe's sandbox or BiDi script.evaluate), which the
 * extension pages' CSP would refuse as a <script>.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's critical and serious violations of the whole document (AXE_SOURCE must be loaded first). */
export const AXE_SERIOUS = `(async () => {
  const r = await axe.run(document, { resultTypes: ['violations'] });
  return r.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\\n').slice(1, 2).join('')).join(' | '));
})()`;

/**
 * A control: axe-core, as loaded in this document, does report a known violation (grey on grey text),
 * so "no violations" means judged, not "axe saw nothing". Returns the rule ids it reported.
 */
export const AXE_CONTROL = `(async () => {
  const p = document.createElement('p');
  p.textContent = 'axe control: grey on grey';
  p.style.color = '#888';
  p.style.background = '#999';
  // On top of everything and in view: axe leaves text it cannot see as 'incomplete'.
  Object.assign(p.style, { position: 'fixed', top: '0', left: '0', zIndex: '2147483647', margin: '0' });
  document.body.append(p);
  try {
    const r = await axe.run(p, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
    return r.violations.map((v) => v.id);
  } finally {
    p.remove();
  }
})()`;

/** Loads axe-core into the document unless it is there, and checks it with the control. */
export async function loadAxe(evaluate: <T>(source: string) => Promise<T>): Promise<void> {
  if (await evaluate<boolean>(`typeof axe !== 'undefined'`)) return;
  await evaluate(`${AXE_SOURCE}\n;true`);
  const control = await evaluate<string[]>(AXE_CONTROL);
  if (control.join() !== 'color-contrast')
    throw new Error(`axe-core did not report the control's contrast violation: ${JSON.stringify(control)}`);
}

/** Opens every <details> (the popup's score and legend), so axe judges their text too. */
export const OPEN_DETAILS = `document.querySelectorAll('details').forEach((d) => { d.open = true; }); true`;

/**
 * axe-core on a whole page in the light and the dark scheme: `applyScheme` switches it and resolves
 * once the page shows it. Returns the critical and serious violations as "<scheme>: <rule> …" lines.
 */
export async function axeInEachScheme(
  evaluate: <T>(source: string) => Promise<T>,
  applyScheme: (scheme: 'light' | 'dark') => Promise<void>,
): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await applyScheme(scheme);
    await loadAxe(evaluate);
    await evaluate(OPEN_DETAILS);
    const violations = await evaluate<string[]>(AXE_SERIOUS);
    found.push(...violations.map((v) => `${scheme}: ${v}`));
  }
  return found;
}
