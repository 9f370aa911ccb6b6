/**
 * Issue #15 (one truth per concept): one capture, imported into the panel as a user would, fed to every
 * view model — Requests (`summariseExchange`), Flow (`layoutFlow`), Cookies (`lifetimeBadge`,
 * `factSource`) and the JSON export — and to the cookies' stories. For every exchange, every
 * Set-Cookie line and every cookie, they must say the same thing. The Requests tab once said "sets"
 * where the Cookies tab said "rejected", because it judged lines with a jar of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/analysis/analyzer.ts';
import { verdictLabel } from '../../../src/core/analysis/exchange-verdicts.ts';
import type { FlowEventType, TrackedCookie } from '../../../src/core/analysis/flow-types.ts';
import { MAX_EVENTS_PER_COOKIE, MAX_IDS_PER_COOKIE } from '../../../src/core/analysis/tracked-cookies.ts';
import type { Exchange } from '../../../src/core/model.ts';
import type { Report } from '../../../src/core/report/report-types.ts';
import { factSource, lifetimeBadge, requestNumber } from '../../../src/ui/panel/cookie-row-model.ts';
import { exportFile } from '../../../src/ui/panel/panel-exports.ts';
import { PanelStore } from '../../../src/ui/panel/panel-store.ts';
import { cookieNameText, truncate } from '../../../src/ui/panel/views/display-text.ts';
import { summariseExchange } from '../../../src/ui/panel/views/exchange-summary.ts';
import { type FlowMessage, layoutFlow } from '../../../src/ui/panel/views/flow-layout.ts';
import { FakeWorker } from './fake-import-worker.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** A recorded login (set, rotated, deleted, rejected) and real sites: hundreds of rejections, deletions, sends. */
const CAPTURES = [
  'chromium-login.har',
  'real-hars/sitespeedio__pagexray__www.nytimes.com.har',
  'real-hars/sitespeedio__pagexray__arcelormittal.com.har',
  'real-hars/sitespeedio__pagexray__ferguson.har',
  'real-hars/sitespeedio__coach__cpuTime.har',
  'real-hars/sitespeedio__pagexray__linkedin.har',
];

/** One word per outcome, whatever view says it. */
type Said = 'set' | 'deleted' | 'rejected' | 'unjudged';

const FROM_REQUESTS: Record<string, Said> = {
  sets: 'set',
  deletes: 'deleted',
  rejected: 'rejected',
  'not-replayed': 'unjudged',
};
const FROM_FLOW: Record<string, Said> = {
  new: 'set',
  updated: 'set',
  deleted: 'deleted',
  rejected: 'rejected',
  set: 'unjudged',
};
const FROM_EXPORT: Record<string, Said> = {
  stored: 'set',
  updated: 'set',
  deleted: 'deleted',
  rejected: 'rejected',
  'not-replayed': 'unjudged',
};
/** The story's event for a line, in the verdict's words. */
const FROM_STORY: Partial<Record<FlowEventType, string>> = {
  set: 'stored',
  updated: 'updated',
  deleted: 'deleted',
  rejected: 'rejected',
};

async function importCapture(file: string): Promise<{ analysis: Analysis; exchanges: Exchange[] }> {
  const store = new PanelStore({ schedule: (flush) => flush(), weakSecretDelayMs: 60_000 });
  const imported = await store.importHar(new Uint8Array(readFileSync(join(FIXTURES, file))), file);
  if (!imported.ok) throw new Error(imported.message);
  store.disconnect();
  return { analysis: store.getState().analysis, exchanges: store.exchanges() };
}

/**
 * The panel's own road for a file (issue #19): read and analysed by the import worker's code, the
 * analysis rebuilt from its parts (analysis-mirror.ts). The views must agree with those verdicts too.
 */
async function importThroughWorker(file: string): Promise<{ analysis: Analysis; exchanges: Exchange[] }> {
  const store = new PanelStore({
    schedule: (flush) => flush(),
    weakSecretDelayMs: 60_000,
    importWorker: () => new FakeWorker(),
  });
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
  store.startImport(bytes.buffer, file);
  for (let i = 0; i < 2000 && store.getState().imported !== file; i++)
    await new Promise((r) => setTimeout(r, 1));
  const state = store.getState();
  if (state.imported !== file)
    throw new Error(`${file}: ${state.importError ?? 'the import did not finish'}`);
  store.disconnect();
  return { analysis: state.analysis, exchanges: store.exchanges() };
}

/** Everything the verdicts say about one cookie, in capture order: sent on a request, or a line's outcome. */
function verdictsAbout(c: TrackedCookie, analysis: Analysis, exchanges: readonly Exchange[]) {
  const out: { exchange: string; outcome: string; reason: string | null }[] = [];
  for (const ex of exchanges) {
    const v = analysis.verdicts.get(ex.id);
    // A request is sent before its response is read: the pairs come first.
    if (v?.sent.some((s) => s.cookie?.key === c.key))
      out.push({ exchange: ex.id, outcome: 'sent', reason: null });
    for (const s of v?.sets ?? []) {
      if (s.cookie?.key === c.key) out.push({ exchange: ex.id, outcome: s.outcome, reason: s.reason });
    }
  }
  return out;
}

/** The Cookies tab's lifetime badge, from the cookie's verdicts alone. */
function badgeFromVerdicts(said: readonly { outcome: string }[]): string[] {
  const last = said.filter((l) => l.outcome !== 'rejected' && l.outcome !== 'sent').at(-1);
  if (last !== undefined)
    return last.outcome === 'deleted' ? ['deleted'] : ['session', 'persistent', 'expired'];
  // Never stored: refused from the start, or on the wire first (set before the capture: unknown).
  return said[0]?.outcome === 'rejected' ? ['rejected'] : ['unknown'];
}

// importHar loads the HAR reader lazily (a chunk of its own in the panel), so it answers a promise.
const imported = new Map(await Promise.all(CAPTURES.map(async (f) => [f, await importCapture(f)] as const)));
const throughWorker = new Map(
  await Promise.all(CAPTURES.map(async (f) => [f, await importThroughWorker(f)] as const)),
);
const ROADS = CAPTURES.flatMap((f) => [[f, 'in-thread'] as const, [f, 'worker'] as const]);

describe.each(CAPTURES)('the worker’s verdicts are the in-thread analysis’ verdicts: %s', (file) => {
  it('for every exchange of the log', () => {
    const inThread = imported.get(file);
    const worker = throughWorker.get(file);
    expect(worker?.exchanges.map((ex) => ex.id)).toEqual(inThread?.exchanges.map((ex) => ex.id));
    expect(worker?.analysis.verdicts.size).toBe(inThread?.analysis.verdicts.size);
    for (const ex of inThread?.exchanges ?? []) {
      expect(worker?.analysis.verdicts.get(ex.id), ex.id).toEqual(inThread?.analysis.verdicts.get(ex.id));
    }
  });
});

describe.each(ROADS)('every view says what the analysis says: %s (%s)', (file, road) => {
  const capture = (road === 'worker' ? throughWorker : imported).get(file);
  if (!capture) throw new Error(`${file} was not imported`);
  const { analysis, exchanges } = capture;
  const flow = layoutFlow({
    exchanges,
    cookies: analysis.cookies,
    verdicts: analysis.verdicts,
    tracedKey: null,
    limit: exchanges.length,
  });
  const messages = new Map<string, FlowMessage>(flow.messages.map((m) => [m.exchangeId, m]));
  const report = JSON.parse(exportFile('json', analysis, exchanges, file).text) as Report;
  const requests = new Map(report.requests.map((r) => [r.id, r]));

  it('has a verdict for every exchange in the log, and exports every request', () => {
    expect(exchanges.length).toBeGreaterThan(0);
    for (const ex of exchanges) expect(analysis.verdicts.get(ex.id)?.exchange).toBe(ex.id);
    expect(report.requests.map((r) => r.id)).toEqual(exchanges.map((ex) => ex.id));
  });

  it('Requests, Flow and the export say the same outcome for every Set-Cookie line', () => {
    let lines = 0;
    for (const ex of exchanges) {
      const summary = summariseExchange(ex, analysis.verdicts.get(ex.id));
      const said = summary.setLines.map((l) => FROM_REQUESTS[l.verdict]);
      const exported = requests.get(ex.id)?.setCookies ?? [];
      expect(
        exported.map((s) => FROM_EXPORT[s.outcome]),
        ex.id,
      ).toEqual(said);
      // The export names the cookie exactly; the tab shows the same name escaped and cut.
      expect(
        exported.map((s) => verdictLabel(s.name)),
        ex.id,
      ).toEqual(summary.setLines.map((l) => l.name));
      const m = messages.get(ex.id);
      const total = summary.setLines.length + summary.setMore;
      expect(m ? m.set.length + m.setMore : 0, ex.id).toBe(total);
      if (m) {
        expect(
          m.set.map((p) => FROM_FLOW[p.kind]),
          ex.id,
        ).toEqual(said.slice(0, m.set.length));
        const names = summary.setLines
          .slice(0, m.set.length)
          .map((l) => truncate(cookieNameText(l.name), 60));
        expect(
          m.set.map((p) => p.name),
          ex.id,
        ).toEqual(names);
      }
      lines += said.length;
    }
    expect(lines).toBeGreaterThan(0);
  });

  it('Requests and Flow list the same cookies sent on every request', () => {
    for (const ex of exchanges) {
      const summary = summariseExchange(ex, analysis.verdicts.get(ex.id));
      const m = messages.get(ex.id);
      if (!m) {
        expect(summary.sentTotal ?? 0, ex.id).toBe(0);
        continue;
      }
      expect(m.sent.length + m.sentMore, ex.id).toBe(summary.sentTotal);
      const names = summary.sent.slice(0, m.sent.length).map((p) => truncate(cookieNameText(p.name), 60));
      expect(
        m.sent.map((p) => p.name),
        ex.id,
      ).toEqual(names);
    }
  });

  it("each cookie's story, its row and the export agree with the verdicts that name it", () => {
    const reported = new Map(report.cookies.map((c) => [`${c.name}\t${c.domain}\t${c.path}`, c]));
    const rejected = new Map(report.rejectedCookies.map((c) => [`${c.name}\t${c.domain}\t${c.path}`, c]));
    for (const c of analysis.cookies) {
      const said = verdictsAbout(c, analysis, exchanges);
      const lines = said.filter((l) => l.outcome !== 'sent');
      const complete = c.eventsDropped === 0 && c.events.length < MAX_EVENTS_PER_COOKIE;
      if (complete) {
        const story = c.events.flatMap((e) =>
          FROM_STORY[e.type] ? [{ exchange: e.exchange, outcome: FROM_STORY[e.type] }] : [],
        );
        expect(
          lines.map(({ exchange, outcome }) => ({ exchange, outcome })),
          c.key,
        ).toEqual(story);
      }
      const sentOn = said.filter((l) => l.outcome === 'sent').map((l) => l.exchange);
      if (c.sentOn.length < MAX_IDS_PER_COOKIE) expect(sentOn, c.key).toEqual(c.sentOn);
      // The Cookies tab.
      expect(badgeFromVerdicts(said), c.key).toContain(lifetimeBadge(c, analysis.now).kind);
      const lastSet = lines.filter((l) => l.outcome !== 'rejected').at(-1);
      if (c.attributesFrom === 'set-cookie' && lastSet) {
        expect(factSource(c).text, c.key).toBe(`Set-Cookie at ${requestNumber(lastSet.exchange)}`);
      }
      // The export: a rejected cookie is listed with its last rejection; the others with their lifetime.
      const ref = `${c.name}\t${c.domain}\t${c.path}`;
      if (c.state === 'rejected') {
        const lastRejection = lines.filter((l) => l.outcome === 'rejected').at(-1);
        expect(rejected.get(ref), c.key).toMatchObject({
          exchange: lastRejection?.exchange,
          reason: lastRejection?.reason,
        });
      } else {
        expect(reported.get(ref)?.lifetime === 'deletion', c.key).toBe(lastSet?.outcome === 'deleted');
      }
    }
  });

  it('tracing a cookie in the Flow highlights exactly the requests of its story', () => {
    const withCredentials = new Set(flow.messages.map((m) => m.exchangeId));
    let traced = 0;
    for (const c of analysis.cookies) {
      if (c.sentOn.length >= MAX_IDS_PER_COOKIE || c.eventsDropped > 0) continue;
      const story = new Set([
        ...c.sentOn,
        ...c.events.filter((e) => FROM_STORY[e.type]).map((e) => e.exchange),
      ]);
      const l = layoutFlow({
        exchanges,
        cookies: analysis.cookies,
        verdicts: analysis.verdicts,
        tracedKey: c.key,
        limit: exchanges.length,
      });
      const marked = l.messages.filter((m) => m.traced).map((m) => m.exchangeId);
      expect(marked, c.key).toEqual(
        exchanges.map((ex) => ex.id).filter((id) => story.has(id) && withCredentials.has(id)),
      );
      traced += marked.length;
    }
    expect(traced).toBeGreaterThan(0);
  });
});
