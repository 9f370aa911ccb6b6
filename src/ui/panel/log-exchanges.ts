/**
 * The log's exchanges as the views read them, oldest first, and by id: copied out of the ring once per
 * capture change (the views ask many times per render), the id index built on first use.
 */
import type { Capture } from '../../core/capture/capture';
import type { Exchange } from '../../core/model';

export class LogExchanges {
  readonly #capture: Capture;
  #memo: { version: number; list: Exchange[]; byId: Map<string, Exchange> | null } | null = null;

  constructor(capture: Capture) {
    this.#capture = capture;
  }

  list(): Exchange[] {
    if (this.#memo?.version !== this.#capture.version) {
      this.#memo = { version: this.#capture.version, list: this.#capture.toArray(), byId: null };
    }
    return this.#memo.list;
  }

  byId(id: string): Exchange | undefined {
    const list = this.list();
    const memo = this.#memo;
    if (!memo) return undefined;
    memo.byId ??= new Map(list.map((ex) => [ex.id, ex]));
    return memo.byId.get(id);
  }
}
