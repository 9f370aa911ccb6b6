/**
 * The panel's import worker (import-worker.js, issue #19) driven from an extension page, the same in
 * Chromium and Firefox: it imports a one-entry HAR, then analyses one live request. An expression for
 * the page to evaluate, so both browsers run the very same conversation.
 */

/** What the page saw: each message's type (`done <total>`), and the cookie names of each analysis. */
export interface ImportWorkerSeen {
  types: string[];
  cookies: string[][];
}

export const IMPORT_WORKER_CONVERSATION = `(async () => {
  const har = { log: { entries: [{
    startedDateTime: '2026-01-15T10:00:00Z',
    request: { method: 'GET', url: 'https://a.example/', headers: [] },
    response: { status: 200, headers: [{ name: 'Set-Cookie', value: 'sid=1; Path=/' }] },
  }] } };
  const bytes = new TextEncoder().encode(JSON.stringify(har)).buffer;
  // Firefox names the extension API browser; Chromium only chrome.
  const runtime = (globalThis.browser ?? globalThis.chrome).runtime;
  const worker = new Worker(runtime.getURL('import-worker.js'), { type: 'module' });
  const types = [];
  const cookies = [];
  let onCommit = () => {};
  await new Promise((resolve, reject) => {
    worker.onerror = () => reject(new Error('the import worker failed to load'));
    worker.onmessage = (e) => {
      const m = e.data;
      types.push(m.type === 'done' ? 'done ' + m.total : m.type);
      // New cookies cross as { id, value: { cookie } } (cookie-wire.ts); unchanged ones as ids.
      if (m.type === 'analysis')
        cookies.push((m.cookies ?? []).filter((c) => typeof c !== 'number').map((c) => c.value.cookie.name));
      if (m.type === 'commit') onCommit();
      if (m.type === 'done') resolve();
      if (m.type === 'error') reject(new Error(JSON.stringify(m)));
    };
    worker.postMessage({ type: 'import', bytes, limit: 100 }, [bytes]);
  });
  await new Promise((resolve) => {
    onCommit = resolve;
    worker.postMessage({ type: 'add', exchange: {
      id: 'r1', startedAt: Date.parse('2026-01-15T10:00:05Z'), url: 'https://a.example/live',
      method: 'GET', status: 200, pageUrl: 'https://a.example/', requestCookieHeader: 'sid=1',
      setCookieHeaders: ['fresh=1; Path=/'],
    } });
  });
  worker.terminate();
  return { types, cookies };
})()`;

/**
 * The import's progress, batch, analysis and commit, then the live request's analysis and commit; the
 * import's sid, then only what changed: the live request set fresh and sent sid (its history grew).
 */
export const IMPORT_WORKER_EXPECTED: ImportWorkerSeen = {
  types: ['progress', 'progress', 'batch', 'analysis', 'commit', 'done 1', 'analysis', 'commit'],
  cookies: [['sid'], ['sid', 'fresh']],
};
