/**
 * The panel's copy of the import worker's verdicts (exchange-verdicts.ts, issue #15): the worker sends
 * each exchange's verdict built, as plain data (analysis-publisher.ts), so `get` here is a lookup and the
 * views read the same `ExchangeVerdicts` whether the analysis runs in this thread or in the worker.
 * Bounded like the worker's ring: the latest `limit` exchanges.
 */
import type { ExchangeVerdict, ExchangeVerdicts } from '../../../core/analysis/exchange-verdicts';

/** One commit's view: a new object per commit, so views that memoise on `verdicts` see the change. */
export class MirrorVerdicts implements ExchangeVerdicts {
  readonly #byId: ReadonlyMap<string, ExchangeVerdict>;

  constructor(byId: ReadonlyMap<string, ExchangeVerdict>) {
    this.#byId = byId;
  }

  get size(): number {
    return this.#byId.size;
  }

  get(exchangeId: string): ExchangeVerdict | undefined {
    return this.#byId.get(exchangeId);
  }
}

/** Adds verdicts to `byId` in arrival order (a repeated id moves to the end), then keeps the latest `limit`. */
export function keepVerdicts(
  byId: Map<string, ExchangeVerdict>,
  verdicts: readonly ExchangeVerdict[],
  limit: number,
): void {
  for (const v of verdicts) {
    byId.delete(v.exchange);
    byId.set(v.exchange, v);
  }
  const bound = Math.max(1, limit);
  for (const id of byId.keys()) {
    if (byId.size <= bound) break;
    byId.delete(id);
  }
}
