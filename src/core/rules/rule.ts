/**
 * The common shape of a rule (house style §8): each rule is one small module with its id, severity,
 * message, why it matters and how to fix it, plus a pure check function returning `Finding[]`.
 */
import type { Severity } from '../model';

export interface RuleMeta {
  /** Stable id from docs/architecture.md §5: the CLI, docs and tests use it. */
  id: string;
  /** Default severity; a check may raise or lower it with a documented reason. */
  severity: Severity;
  /** Short title for lists ("Auth cookie readable by scripts"). */
  title: string;
  /** Why it matters, for a reader who is learning. */
  why: string;
  /** How to fix it (may contain an Express snippet). */
  fix: string;
  /** RFC sections, CWE ids, OWASP cheat sheets. */
  refs: string[];
}
