/**
 * Findings merged per (rule, cookie): a reviewer wants "connect.sid is not HttpOnly" once, with the
 * exchanges that show it, not once per response. Request-level findings merge per (rule, host).
 */
import type { Finding, Severity } from '../model';
import { SEVERITY_ORDER } from '../model';

/** Exchanges kept per finding: enough to show the pattern, bounded for 10k-request captures. */
const MAX_EXCHANGES = 50;
/** Distinct findings kept; a hostile capture with millions of cookie names cannot grow the store further. */
export const MAX_FINDINGS = 10_000;

function rank(s: Severity): number {
  return SEVERITY_ORDER.indexOf(s);
}

export class FindingStore {
  readonly #byKey = new Map<string, Finding>();
  /** Site of each finding, for the per-site summaries. */
  readonly #site = new Map<Finding, string>();
  /** Findings not kept because the store was full. */
  dropped = 0;

  add(f: Finding, host: string, site: string): void {
    const key = f.cookie
      ? `${f.rule}\t${f.cookie.name}\t${f.cookie.domain}\t${f.cookie.path}`
      : `${f.rule}\t${host}`;
    const old = this.#byKey.get(key);
    if (old === undefined) {
      if (this.#byKey.size >= MAX_FINDINGS) {
        this.dropped++;
        return;
      }
      this.#byKey.set(key, f);
      this.#site.set(f, site);
      return;
    }
    for (const id of f.exchanges) {
      if (old.exchanges.length >= MAX_EXCHANGES) break;
      if (!old.exchanges.includes(id)) old.exchanges.push(id);
    }
    // A stronger occurrence (auth-no-secure on https after one on http) wins the severity and wording.
    if (rank(f.severity) < rank(old.severity)) {
      old.severity = f.severity;
      old.message = f.message;
      if (f.rejectReason === undefined) delete old.rejectReason;
      else old.rejectReason = f.rejectReason;
    }
  }

  get size(): number {
    return this.#byKey.size;
  }

  siteOf(f: Finding): string {
    return this.#site.get(f) ?? '';
  }

  /** Most severe first, then in order of discovery. */
  list(): Finding[] {
    return [...this.#byKey.values()].sort((a, b) => rank(a.severity) - rank(b.severity));
  }
}
