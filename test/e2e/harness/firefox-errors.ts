/**
 * Script errors (uncaught exceptions, CSP violations) of our extension's documents in Firefox: the
 * panel, the devtools page, the background and pages in tabs. Read from the parent process's console
 * service, which content and extension processes forward their nsIScriptErrors to. Not seen:
 * console.error() calls, which stay in their own process's ConsoleAPIStorage; BiDi's log.entryAdded
 * would report them for web pages but sends nothing for moz-extension:// documents (tried, ESR 153).
 */
import type { FirefoxWithExtension } from './firefox';

export interface FirefoxScriptError {
  source: string;
  message: string;
}

/** Errors logged at or after `sinceEpochMs` (the console service stamps messages in epoch ms). */
export async function extensionScriptErrors(
  firefox: FirefoxWithExtension,
  sinceEpochMs = 0,
): Promise<FirefoxScriptError[]> {
  const origin = JSON.stringify(firefox.extensionOrigin);
  return await firefox.evaluateInChrome<FirefoxScriptError[]>(`Services.console.getMessageArray()
    .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag))
    .filter((m) => (m.sourceName ?? '').startsWith(${origin}) || (m.errorMessage ?? '').includes(${origin}))
    .filter((m) => m.timeStamp >= ${Math.floor(sinceEpochMs)})
    // Firefox's own notice (ExtensionCommon.sys.mjs) when a document unloads with an API call in flight:
    // a toolbox host move reloads the panel while its jar request waits for the background. Our code
    // handles the rejection (platform/send-message.ts); the notice is logged against our script anyway.
    .filter((m) => !(m.errorMessage ?? '').startsWith('Promise rejected after context unloaded'))
    .slice(-50)
    .map((m) => ({ source: m.sourceName + ':' + m.lineNumber, message: m.errorMessage }))`);
}
