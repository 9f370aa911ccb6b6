/**
 * The worker's side of the analysis it keeps for the panel (issue #19 break 4): turns an Analyzer
 * snapshot into parts the panel's thread can take in short tasks. Each part is bounded by `BATCH_LINES`
 * units (a cookie costs its events and ids, a finding its exchange ids); what the panel already holds
 * crosses as an id: an unchanged cookie is the same snapshot copy (Analyzer.snapshot reuses it until its
 * `rev` changes), an unchanged finding has the same content. Each exchange's verdict crosses once, built
 * (exchange-verdicts.ts: plain frozen data, at most MAX_SET_LINES lines and MAX_SENT_PAIRS pairs), so the
 * panel only looks it up; all of them again after a new Analyzer or a re-key (`revision`).
 */
import type { Analysis } from '../../../core/analysis/analyzer';
import type { ExchangeVerdict, ExchangeVerdicts } from '../../../core/analysis/exchange-verdicts';
import type { TrackedCookie } from '../../../core/analysis/flow-types';
import type { Finding } from '../../../core/model';
import { StringTable, toWire } from './cookie-wire';
import { type AnalysisPart, BATCH_LINES, type ImportMessage } from './import-messages';

type Lists = Required<Omit<AnalysisPart, 'type' | 'reset' | 'strings'>>;

/** An id of something the panel holds is a few bytes in the clone: many fit in one part. */
const REF_COST = 0.05;

/** Numbers in flat arrays: a history entry costs a fraction of the object it becomes. */
const cookieCost = (c: TrackedCookie) =>
  4 + (c.events.length + c.setBy.length + c.sentOn.length) / 2 + (c.facts?.jwt ? 32 : 0);
const findingCost = (f: Finding) => 4 + f.exchanges.length + (f.quoted?.length ?? 0);
/** A line or a pair is an object (and its cookie another): one unit each. */
const verdictCost = (v: ExchangeVerdict) => 1 + v.sent.length + v.sets.length;

/** The exchanges whose verdicts the panel keeps: the worker's mirror of the panel's ring. */
export interface PublishedRing {
  /** Ids of the exchanges analysed since the last publication, oldest first. */
  fresh: readonly string[];
  /** Ids of every exchange in the ring: all their verdicts are sent when the panel's start over. */
  all(): readonly string[];
  /** The ring's bound (the Analyzer's `verdictLimit`): the panel keeps as many verdicts. */
  limit: number;
}

/** Fills parts up to the budget and posts each as it fills. */
class PartWriter {
  #part: AnalysisPart;
  #strings = new StringTable();
  #cost = 0;
  #post: (m: ImportMessage) => void;

  constructor(post: (m: ImportMessage) => void, reset: boolean) {
    this.#post = post;
    this.#part = reset ? { type: 'analysis', reset: true } : { type: 'analysis' };
  }

  add<K extends keyof Lists>(key: K, item: Lists[K][number], cost: number): void {
    let list = this.#part[key] as Lists[K][number][] | undefined;
    if (list === undefined) {
      list = [];
      (this.#part as Record<K, unknown>)[key] = list;
    }
    list.push(item);
    this.#cost += cost;
    if (this.#cost >= BATCH_LINES) this.flush();
  }

  /** A new cookie, its history written against this part's strings. */
  addCookie(id: number, c: TrackedCookie): void {
    this.add('cookies', { id, value: toWire(c, this.#strings) }, cookieCost(c));
  }

  /** Posts the part being filled, if it holds anything (a reset is something). */
  flush(): void {
    if (this.#strings.list.length > 0) this.#part.strings = this.#strings.list;
    if (this.#cost > 0 || this.#part.reset) this.#post(this.#part);
    this.#part = { type: 'analysis' };
    this.#strings = new StringTable();
    this.#cost = 0;
  }
}

export class AnalysisPublisher {
  readonly #post: (m: ImportMessage) => void;
  #nextId = 1;
  #cookieIds = new WeakMap<TrackedCookie, number>();
  /** Content of each finding the panel holds → its id (only the last publication's: the panel prunes too). */
  #findingIds = new Map<string, number>();
  /** The verdicts of the Analyzer last published (a new Analyzer has new ones) and their revision. */
  #verdictsOf: ExchangeVerdicts | null = null;
  #revision = 0;

  constructor(post: (m: ImportMessage) => void) {
    this.#post = post;
  }

  /** Posts the analysis as parts then a commit. */
  publish(a: Analysis, ring: PublishedRing): void {
    const revision = a.verdicts.revision ?? 0;
    const reset = a.verdicts !== this.#verdictsOf || revision !== this.#revision;
    this.#verdictsOf = a.verdicts;
    this.#revision = revision;
    const w = new PartWriter(this.#post, reset);
    for (const c of a.cookies) {
      const known = this.#cookieIds.get(c);
      if (known !== undefined) {
        w.add('cookies', known, REF_COST);
        continue;
      }
      const id = this.#nextId++;
      this.#cookieIds.set(c, id);
      w.addCookie(id, c);
    }
    const findingIds = new Map<string, number>();
    for (const f of a.findings) {
      const content = JSON.stringify(f);
      const known = this.#findingIds.get(content) ?? findingIds.get(content);
      const id = known ?? this.#nextId++;
      findingIds.set(content, id);
      if (known !== undefined) w.add('findings', id, REF_COST);
      else w.add('findings', { id, value: f }, findingCost(f));
    }
    this.#findingIds = findingIds;
    for (const id of reset ? ring.all() : ring.fresh) {
      // Undefined for an exchange the ring has already dropped (a burst longer than the ring).
      const v = a.verdicts.get(id);
      if (v !== undefined) w.add('verdicts', v, verdictCost(v));
    }
    for (const s of a.sites) w.add('sites', s, 4);
    for (const m of a.mismatches) w.add('mismatches', m, 1);
    w.flush();
    const verdictLimit = ring.limit;
    this.#post({ type: 'commit', exchanges: a.exchanges, skipped: a.skipped, now: a.now, verdictLimit });
  }
}
