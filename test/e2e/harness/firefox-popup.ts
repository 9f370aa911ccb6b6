/**
 * The popup page in a Firefox tab: Firefox cannot open the toolbar popup under automation, so the
 * tests load moz-extension://<uuid>/popup.html in a background tab and read it there.
 */
import { step } from '../../../scripts/browsers/steps';
import type { FirefoxWithExtension } from './firefox';

/**
 * An expression that waits (in the page) until `selector` matches, then evaluates `value`; it rejects
 * naming the selector when it never does.
 */
export function untilSelector(selector: string, value: string, timeoutMs = 10_000): string {
  return `new Promise((resolve, reject) => {
    const deadline = Date.now() + ${timeoutMs};
    (function poll() {
      if (document.querySelector(${JSON.stringify(selector)})) resolve(${value});
      else if (Date.now() > deadline) reject(new Error(${JSON.stringify(`${selector} never matched`)}));
      else setTimeout(poll, 20);
    })();
  })`;
}

/** Opens popup.html in a new background tab and lets its first load finish; returns the tab's context. */
export async function openPopupTab(firefox: FirefoxWithExtension): Promise<string> {
  const { context } = await step('firefox', 'open a background tab', () =>
    firefox.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab', background: true }),
  );
  const popupUrl = `${firefox.extensionOrigin}popup.html`;
  await step('firefox', `browsingContext.navigate ${popupUrl}`, () => firefox.navigate(popupUrl, context));
  // Leaving it mid-load would log "Promise resolved after context unloaded" against our script.
  await step('firefox', 'the popup finishes its first load', () =>
    firefox.evaluateIn(context, untilSelector('body[data-state="ready"]', 'true')),
  );
  return context;
}
