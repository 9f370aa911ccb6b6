/**
 * The harness's error collection must see what it claims to see, or every "no errors" assertion
 * built on it passes for nothing. A tiny throwaway extension misbehaves on purpose in each place:
 * service worker, a page in a tab, the devtools page and a DevTools panel.
 */
import { describe, expect, test } from 'vitest';
import {
  launchChromiumWithExtension,
  openExtensionPage,
  openTabWithId,
} from '../../scripts/browsers/chromium.ts';
import { openCookiesPanel } from '../../scripts/browsers/chromium-devtools.ts';
import { reportTiming } from '../../scripts/browsers/steps.ts';
import { browserSuite } from './harness/browser-suite.ts';
import { extensionFixture, pageLoading, throwsLater } from './harness/extension-fixture.ts';

const FILES: Record<string, string> = {
  'manifest.json': JSON.stringify({
    manifest_version: 3,
    name: 'misbehaving fixture',
    version: '1.0',
    background: { service_worker: 'sw.js' },
    devtools_page: 'devtools.html',
  }),
  // Asynchronously: a synchronous throw would fail the worker's registration instead.
  'sw.js': `console.error('sw-console'); ${throwsLater('sw')}`,
  'page.html': pageLoading('page.js'),
  'page.js': `console.error('page-console'); ${throwsLater('page')}`,
  'devtools.html': pageLoading('devtools.js'),
  'devtools.js': `chrome.devtools.panels.create('Boom', '', 'panel.html', () => {}); ${throwsLater('devtools')}`,
  'panel.html': pageLoading('panel.js'),
  'panel.js': `console.error('panel-console'); ${throwsLater('panel')}`,
};

describe('harness: extension error collection (Chromium)', () => {
  const fixture = extensionFixture(FILES);
  const suite = browserSuite({
    launch: () => launchChromiumWithExtension({ extensionDir: fixture.dir }),
    timing: 'chromium launch with the misbehaving fixture',
  });

  test('reports console errors and uncaught exceptions of the worker, a page, the devtools page and a panel', async () => {
    const { browser: chromium } = suite;
    const t0 = performance.now();
    await openExtensionPage(chromium.browser, chromium.extensionId, 'page.html');
    const { page: tab } = await openTabWithId(chromium, 'about:blank');
    await openCookiesPanel(tab, { extensionId: chromium.extensionId, title: 'Boom' });
    const texts = (await chromium.errors.collect()).map(
      (e) => `${e.url.replace(chromium.extensionOrigin, '')} ${e.text}`,
    );
    const has = (file: string, text: string) => texts.some((t) => t.startsWith(file) && t.includes(text));
    // Exactly the seven it logs: no error lost, none reported twice (live listener + replay).
    expect(texts.length, texts.join('\n')).toBe(7);
    for (const [file, text] of [
      ['sw.js', 'sw-console'],
      ['sw.js', 'sw-uncaught'],
      ['page.', 'page-console'],
      ['page.', 'page-uncaught'],
      ['devtools.', 'devtools-uncaught'],
      ['panel.', 'panel-console'],
      ['panel.', 'panel-uncaught'],
    ] as const) {
      expect(has(file, text), `${text} from ${file} among:\n${texts.join('\n')}`).toBe(true);
    }
    reportTiming('chromium: error collection sees every kind of extension document', t0);
  });
});
