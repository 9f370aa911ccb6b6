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
