/**
 * The panel's copy of the analysis the import worker keeps (issue #19 break 4), rebuilt from the parts
 * of analysis-publisher.ts: each part is applied as it arrives (a short task), the new Analysis is shown
 * only at the commit. What the worker sends by id is taken from the previous commit; what no commit
 * refers to any more is let go.
 */
import type { Analysis } from '../../../core/analysis/analyzer';
import type { ExchangeVerdict } from '../../../core/analysis/exchange-verdicts';
import type { TrackedCookie } from '../../../core/analysis/flow-types';
import type { Exchange, Finding } from '../../../core/model';
import { fromWire } from './cookie-wire';
import type { AnalysisCommit, AnalysisPart, Item } from './import-messages';
import { keepVerdicts, MirrorVerdicts } from './mirror-verdicts';

interface Pending {
  cookies: TrackedCookie[];
  cookieIds: Map<number, TrackedCookie>;
  findings: Finding[];
  findingIds: Map<number, Finding>;
  sites: Analysis['sites'];
  mismatches: Analysis['mismatches'];
  /** The publication starts the verdicts over (else its verdicts join the current ones). */
  reset: boolean;
  /** Verdicts of the publication, applied at its commit (the analysis shown meanwhile stays as it was). */
  verdicts: ExchangeVerdict[];
}

export function emptyAnalysis(): Analysis {
  return {
    exchanges: 0,
    skipped: 0,
    cookies: [],
    findings: [],
    sites: [],
    mismatches: [],
    now: 0,
    verdicts: new MirrorVerdicts(new Map()),
  };
}

function newPending(): Pending {
  return {
    cookies: [],
    cookieIds: new Map(),
    findings: [],
    findingIds: new Map(),
    sites: [],
    mismatches: [],
    reset: false,
    verdicts: [],
  };
}

/** Resolves items into `into` (ids from `known`, new values recorded under their id in `ids`). */
function resolve<T>(items: Item<T>[], known: Map<number, T>, ids: Map<number, T>, into: T[]): void {
  for (const item of items) {
    if (typeof item === 'number') {
      const value = known.get(item) ?? ids.get(item);
      // An id this side never got would be a bug of the publisher: leave the item out, never throw.
      if (value === undefined) continue;
      ids.set(item, value);
      into.push(value);
    } else {
      ids.set(item.id, item.value);
      into.push(item.value);
    }
  }
}

/** Twice the default ring (Capture): the log's exchanges and those it dropped since the last rebuild. */
const MAX_SHARED_IDS = 40_000;

export class AnalysisMirror {
  #analysis: Analysis = emptyAnalysis();
  #cookies = new Map<number, TrackedCookie>();
  #findings = new Map<number, Finding>();
  #verdicts = new Map<string, ExchangeVerdict>();
  /** Exchange ids as the panel's own exchanges hold them: histories share these, not copies. */
  #ids = new Map<string, string>();
  #pending: Pending | null = null;
  /** Parts applied since the last commit (progress while an import's analysis arrives). */
  parts = 0;

  /** Exchanges whose ids the analysis refers to: the ones imported, then each live one. */
  knowIds(exchanges: readonly Exchange[]): void {
    // Bounded: past it, ids are shared per part only (what the worker sends), never lost.
    if (this.#ids.size >= MAX_SHARED_IDS) this.#ids.clear();
    for (const ex of exchanges) this.#ids.set(ex.id, ex.id);
  }

  /** The last committed analysis (the same object until the next commit). */
  get analysis(): Analysis {
    return this.#analysis;
  }

  /** Applies one message; true when it committed a new analysis (every commit does). */
  apply(m: AnalysisPart | AnalysisCommit): boolean {
    if (m.type === 'commit') return this.#commit(m);
    const p = this.#pending ?? newPending();
    this.#pending = p;
    this.parts++;
    if (m.reset) {
      p.reset = true;
      p.verdicts = [];
    }
    if (m.cookies) {
      const strings = (m.strings ?? []).map((x) => this.#ids.get(x) ?? x);
      const items = m.cookies.map((c) =>
        typeof c === 'number' ? c : { id: c.id, value: fromWire(c.value, strings) },
      );
      resolve(items, this.#cookies, p.cookieIds, p.cookies);
    }
    if (m.findings) resolve(m.findings, this.#findings, p.findingIds, p.findings);
    for (const v of m.verdicts ?? []) p.verdicts.push(v);
    if (m.sites) for (const s of m.sites) p.sites.push(s);
    if (m.mismatches) for (const x of m.mismatches) p.mismatches.push(x);
    return false;
  }

  #commit(m: AnalysisCommit): boolean {
    // A publication sends whole lists: a commit without parts is one whose lists are all empty.
    const p = this.#pending ?? newPending();
    this.#pending = null;
    this.parts = 0;
    this.#cookies = p.cookieIds;
    this.#findings = p.findingIds;
    if (p.reset) this.#verdicts = new Map();
    keepVerdicts(this.#verdicts, p.verdicts, m.verdictLimit);
    this.#analysis = {
      exchanges: m.exchanges,
      skipped: m.skipped,
      cookies: p.cookies,
      findings: p.findings,
      sites: p.sites,
      mismatches: p.mismatches,
      now: m.now,
      verdicts: new MirrorVerdicts(this.#verdicts),
    };
    return true;
  }
}
