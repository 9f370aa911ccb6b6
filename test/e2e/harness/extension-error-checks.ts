/**
 * "No error in the extension's documents", as the browser suites assert it: after each test (the
 * errors since the previous test ended; the first test also owns start-up), or once over the whole
 * suite (browserSuite's `errorsAtEnd`). `judged` narrows a check to the documents a file is about.
 */
import { afterEach, beforeEach, expect } from 'vitest';
import type { ChromiumWithExtension } from '../../../scripts/browsers/chromium';
import { describeErrors, type ExtensionError } from '../../../scripts/browsers/extension-errors';
import { type BrowserName, reportTiming } from '../../../scripts/browsers/steps';
import type { BrowserSuite, SuiteErrors } from './browser-suite';
import type { FirefoxWithExtension } from './firefox';
import { extensionScriptErrors, type FirefoxScriptError } from './firefox-errors';

export interface Judged<E> {
  /** Names them in the failure message: "the panel". */
  what: string;
  keep: (error: E) => boolean;
}

/** Per test: reports its time (vitest's reporter shows only files), then asserts `newErrors()` empty. */
function afterEachTest(browser: BrowserName, newErrors: () => Promise<SuiteErrors>): void {
  let startedAt = 0;
  beforeEach(() => {
    startedAt = performance.now();
  });
  afterEach(async (context) => {
    reportTiming(`${browser}: ${context.task.name}`, startedAt);
    const { errors, message } = await newErrors();
    expect(errors, message).toEqual([]);
  });
}

/**
 * After each test: the errors of every extension document and the service worker since the previous
 * test, collected before the pages the test opened close (a closed panel can no longer replay its
 * exceptions), then those pages closed.
 */
export function noChromiumErrorsAfterEachTest(
  suite: BrowserSuite<ChromiumWithExtension>,
  judged?: Judged<ExtensionError>,
): void {
  let seen = 0;
  afterEachTest('chromium', async () => {
    const all = await suite.browser.errors.collect();
    const errors = all.slice(seen).filter((e) => judged?.keep(e) ?? true);
    seen = all.length;
    await suite.browser.closePagesOpenedByTests();
    return {
      errors,
      message: `errors in ${judged?.what ?? 'extension documents'}:\n${describeErrors(errors)}`,
    };
  });
}

/** After each test: the script errors of our documents logged since the previous test ended. */
export function noFirefoxErrorsAfterEachTest(
  suite: BrowserSuite<FirefoxWithExtension>,
  judged?: Judged<FirefoxScriptError>,
): void {
  let since = 0;
  afterEachTest('firefox', async () => {
    const errors = (await extensionScriptErrors(suite.browser, since)).filter((e) => judged?.keep(e) ?? true);
    since = Date.now();
    return { errors, message: `script errors in ${judged?.what ?? 'extension documents'}` };
  });
}

/** browserSuite's `errorsAtEnd` for Chromium: every error since launch. */
export async function chromiumErrorsAtEnd(chromium: ChromiumWithExtension): Promise<SuiteErrors> {
  const errors = await chromium.errors.collect();
  return { errors, message: describeErrors(errors) };
}

/** browserSuite's `errorsAtEnd` for Firefox: the script errors logged since this was called. */
export function firefoxErrorsAtEnd(): (firefox: FirefoxWithExtension) => Promise<SuiteErrors> {
  const since = Date.now();
  return async (firefox) => ({
    errors: await extensionScriptErrors(firefox, since),
    message: 'script errors in extension documents',
  });
}
