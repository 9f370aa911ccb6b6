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
    if (!(await evaluate<boolean>(`typeof axe !== 'undefined'`))) await evaluate(`${AXE_SOURCE}\n;true`);
    await evaluate(OPEN_DETAILS);
    const violations = await evaluate<string[]>(AXE_SERIOUS);
    found.push(...violations.map((v) => `${scheme}: ${v}`));
  }
  return found;
}
