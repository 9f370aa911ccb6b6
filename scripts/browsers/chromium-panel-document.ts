/**
 * An extension document inside DevTools (our panel), reached through its own CDP session.
 *
 * Why not puppeteer's Frame (`devtools.waitForFrame(...)`): Chromium reports extension iframes inside
 * DevTools as targets of type "other", not "iframe", so puppeteer-core 24.8 never wires their
 * out-of-process execution context into the Frame; `frame.evaluate` then waits 30 s and fails (it
 * worked only when the panel happened to load in-process). A session of our own on the panel target
 * talks to the real document every time.
 */
import type { Browser, CDPSession, Page, Protocol, Target } from 'puppeteer-core';
import { pollUntil, withTimeout } from './steps';

export interface PanelDocument {
  /** The panel document's URL. */
  readonly url: string;
  /** A CDP session on the panel (Runtime, DOM, Input … all available). */
  readonly session: CDPSession;
  /**
   * Evaluates a function (serialised with toString, arguments as JSON) or an expression in the panel;
   * awaits a returned promise and returns the value (JSON-serialisable values only).
   */
  evaluate<T>(fn: string | ((...args: never[]) => unknown), ...args: unknown[]): Promise<T>;
  /** textContent of `[data-testid=<testId>]`, or null when it is not there. */
  text(testId: string): Promise<string | null>;
}

function exceptionText(details: Protocol.Runtime.ExceptionDetails): string {
  return details.exception?.description ?? details.text;
}

export function panelDocument(url: string, session: CDPSession): PanelDocument {
  const evaluate = async <T>(
    fn: string | ((...args: never[]) => unknown),
    ...args: unknown[]
  ): Promise<T> => {
    const expression = typeof fn === 'string' ? fn : `(${fn.toString()})(...${JSON.stringify(args)})`;
    const reply = await withTimeout(
      session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }),
      10_000,
      `evaluate in ${url}`,
    );
    if (reply.exceptionDetails) throw new Error(`in ${url}: ${exceptionText(reply.exceptionDetails)}`);
    return reply.result.value as T;
  };
  return {
    url,
    session,
    evaluate,
    text: (testId) =>
      evaluate<string | null>(
        `document.querySelector(${JSON.stringify(`[data-testid="${testId}"]`)})?.textContent ?? null`,
      ),
  };
}

/** CDP's description of a target, through a session of our own (puppeteer keeps ids internal). */
async function describeTarget(target: Target): Promise<{ info: TargetInfoWithParent; session: CDPSession }> {
  const session = await target.createCDPSession();
  const { targetInfo } = await session.send('Target.getTargetInfo');
  return { info: targetInfo as TargetInfoWithParent, session };
}

/** Chromium sends `parentId` for iframe targets; puppeteer-core 24.8's protocol types predate it. */
type TargetInfoWithParent = Protocol.Target.TargetInfo & { parentId?: string };

/**
 * Waits for the panel document of *this* DevTools window (other DevTools windows may show the same
 * panel URL) to finish loading, and returns a handle on it.
 */
export async function waitForPanelDocument(
  browser: Browser,
  devtools: Page,
  panelUrlPrefix: string,
  panelFile: string,
  timeoutMs: number,
): Promise<PanelDocument> {
  const devtoolsSession = await devtools.createCDPSession();
  const { targetInfo: devtoolsInfo } = await devtoolsSession.send('Target.getTargetInfo');
  await devtoolsSession.detach().catch(() => {});
  return pollUntil(
    `${panelFile} never finished loading in this DevTools window`,
    async () => {
      const candidates = browser
        .targets()
        .filter((t) => t.url().startsWith(panelUrlPrefix) && t.url().endsWith(`/${panelFile}`));
      for (const target of candidates) {
        const { info, session } = await describeTarget(target);
        // The panel iframe's parent is this DevTools window, not another one showing the same panel.
        const ready =
          info.parentId === devtoolsInfo.targetId &&
          (await session
            .send('Runtime.evaluate', { expression: 'document.readyState', returnByValue: true })
            .then((r) => r.result.value === 'complete')
            .catch(() => false));
        if (ready) return panelDocument(target.url(), session);
        await session.detach().catch(() => {});
      }
      return false;
    },
    { timeoutMs },
  );
}
