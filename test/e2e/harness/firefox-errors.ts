/**
 * Script errors (uncaught exceptions, CSP violations) of our extension's documents in Firefox: the
 * panel, the devtools page, the background and pages in tabs. Read from the parent process's console
 * service, which content and extension processes forward their nsIScriptErrors to; the panel is not a
 * BiDi context, so BiDi's log.entryAdded would miss it. console.error() calls stay in their own
 * process's ConsoleAPIStorage and are not seen here.
 */
import type { FirefoxWithExtension } from './firefox';

export interface FirefoxScriptError {
  source: string;
  message: string;
}

/** Errors logged at or after `sinceEpochMs` (the console service stamps messages in epoch ms). */
export function extensionScriptErrors(
  firefox: FirefoxWithExtension,
  sinceEpochMs = 0,
): Promise<FirefoxScriptError[]> {
  const origin = JSON.stringify(firefox.extensionOrigin);
  return firefox.evaluateInChrome<FirefoxScriptError[]>(`Services.console.getMessageArray()
    .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag))
    .filter((m) => (m.sourceName ?? '').startsWith(${origin}) || (m.errorMessage ?? '').includes(${origin}))
    .filter((m) => m.timeStamp >= ${Math.floor(sinceEpochMs)})
    .slice(-50)
    .map((m) => ({ source: m.sourceName + ':' + m.lineNumber, message: m.errorMessage }))`);
}
