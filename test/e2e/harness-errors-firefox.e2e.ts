/**
 * Firefox's error collection (extensionScriptErrors) must see what it claims: uncaught errors of
 * the background, a page in a tab, the devtools page and a panel. A tiny throwaway extension
 * misbehaves on purpose in each (it borrows Cookie Lens's gecko id, so the fixed UUID applies).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GECKO_ID } from '../../scripts/browsers/firefox-profile.ts';
import { pollUntil, reportTiming } from '../../scripts/browsers/steps.ts';
import { type FirefoxWithExtension, launchFirefoxWithExtension } from './harness/firefox.ts';
import { openToolboxWithCookiesPanel } from './harness/firefox-devtools.ts';
import { extensionScriptErrors } from './harness/firefox-errors.ts';

const html = (script: string) => `<!doctype html><meta charset="utf-8"><script src="${script}"></script>`;
const later = (what: string) => `setTimeout(() => { throw new Error('${what}-uncaught'); }, 0);`;

const FILES: Record<string, string> = {
  'manifest.json': JSON.stringify({
    manifest_version: 3,
    name: 'misbehaving fixture',
    version: '1.0',
    background: { scripts: ['bg.js'] },
    devtools_page: 'devtools.html',
    browser_specific_settings: { gecko: { id: GECKO_ID } },
  }),
  'bg.js': later('bg'),
  'page.html': html('page.js'),
  'page.js': later('page'),
  'devtools.html': html('devtools.js'),
  'devtools.js': `browser.devtools.panels.create('Boom', '', 'panel.html'); ${later('devtools')}`,
  'panel.html': html('panel.js'),
  'panel.js': later('panel'),
};
const EXPECTED = ['bg', 'page', 'devtools', 'panel'].map((w) => `Error: ${w}-uncaught`);

describe('harness: extension error collection (Firefox)', () => {
  let dir: string;
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    const t0 = performance.now();
    dir = mkdtempSync(join(tmpdir(), 'cookie-lens-fixture-ext-'));
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
    firefox = await launchFirefoxWithExtension({ extensionDir: dir });
    reportTiming('firefox launch with the misbehaving fixture', t0);
  });
  afterAll(async () => {
    await firefox?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('reports uncaught errors of the background, a page, the devtools page and a panel', async () => {
    const t0 = performance.now();
    const { context } = await firefox.bidi.send<{ context: string }>('browsingContext.create', {
      type: 'tab',
      background: true,
    });
    await firefox.navigate(`${firefox.extensionOrigin}page.html`, context);
    await openToolboxWithCookiesPanel(firefox, { title: 'Boom' });
    // The errors are thrown from timers: wait for all four to reach the console service.
    let seen: string[] = [];
    await pollUntil(`not all of ${EXPECTED.join(', ')} were reported`, async () => {
      seen = (await extensionScriptErrors(firefox)).map((e) => e.message);
      return EXPECTED.every((m) => seen.includes(m));
    }).catch((error: Error) => {
      throw new Error(`${error.message}; seen: ${seen.join(' | ')}`);
    });
    expect([...seen].sort()).toEqual([...EXPECTED].sort());
    reportTiming('firefox: error collection sees every kind of extension document', t0);
  });
});
