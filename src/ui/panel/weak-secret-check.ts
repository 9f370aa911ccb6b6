/**
 * The auth-weak-secret check, run apart from the analysis: it tries ~100 secrets per token with Web
 * Crypto, so it waits for a quiet moment after the last change and its results count only for the
 * analysis it ran on.
 */
import type { PanelAnalyzer } from './import/panel-analyzer';

/** Quiet time before the check runs: a burst of requests reschedules it instead of running it per request. */
export const WEAK_SECRET_DELAY_MS = 400;

export class WeakSecretCheck {
  readonly #delayMs: number;
  readonly #current: () => PanelAnalyzer;
  readonly #changed: () => void;
  #timer: ReturnType<typeof setTimeout> | null = null;

  /** `current`: the log's analysis now; `changed`: the check found something to show. */
  constructor(delayMs: number, current: () => PanelAnalyzer, changed: () => void) {
    this.#delayMs = delayMs;
    this.#current = current;
    this.#changed = changed;
  }

  /** Runs the check `delayMs` after the last call. */
  schedule(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      const analyzer = this.#current();
      void analyzer.checkWeakSecrets().then(() => {
        // A clear or rebuild in the meantime made these results stale.
        if (analyzer === this.#current()) this.#changed();
      });
    }, this.#delayMs);
  }

  cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
