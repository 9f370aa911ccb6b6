/**
 * Firefox's error collection (extensionScriptErrors) must see what it claims: uncaught errors of
 * the background, a page in a tab, the devtools page and a panel. A tiny throwaway extension
 * misbehaves on purpose in each (it borrows Cookie Lens's gecko id, so the fixed UUID applies).
 */
import { describe, expect, test } from 'vitest';
import { GECKO_ID } from '../../scripts/browsers/firefox-profile.ts';
import { pollUntil, reportTiming } from '../../scripts/browsers/steps.ts';
import { browserSuite } from './harness/browser-suite.ts';
import { extensionFixture, pageLoading, throwsLater } from './harness/extension-fixture.ts';
import { launchFirefoxWithExtension } from './harness/firefox.ts';
import { openToolboxWithCookiesPanel } from './harness/firefox-devtools.ts';
import { extensionScriptErrors } from './harness/firefox-errors.ts';

const FILES: Record<string, string> = {
  'manifest.json': JSON.stringify({
    manifest_version: 3,
    name: 'misbehaving fixture',
    version: '1.0',
    background: { scripts: ['bg.js'] },
    devtools_page: 'devtools.html',
    browser_specific_settings: { gecko: { id: GECKO_ID } },
  }),
  'bg.js': throwsLater('bg'),
  'page.html': pageLoading('page.js'),
  'page.js': throwsLater('page'),
  'devtools.html': pageLoading('devtools.js'),
  'devtools.js': `browser.devtools.panels.create('Boom', '', 'panel.html'); ${throwsLater('devtools')}`,
  'panel.html': pageLoading('panel.js'),
  'panel.js': throwsLater('panel'),
};
const EXPECTED = ['bg', 'page', 'devtools', 'panel'].map((w) => `Error: ${w}-uncaught`);

describe('harness: extension error collection (Firefox)', () => {
  const fixture = extensionFixture(FILES);
  const suite = browserSuite({
    launch: () => launchFirefoxWithExtension({ extensionDir: fixture.dir }),
    timing: 'firefox launch with the misbehaving fixture',
  });

  test('reports uncaught errors of the background, a page, the devtools page and a panel', async () => {
    const { browser: firefox } = suite;
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
