/**
 * The common shape of a rule (house style §8): each rule is one small module with its id, severity,
 * message, why it matters and how to fix it, plus a pure check function returning `Finding[]`.
 */
import type { Severity } from '../model';

export interface RuleMeta<Id extends string = string> {
  /** Stable id from docs/architecture.md §5: the CLI, docs and tests use it. */
  id: Id;
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
  /**
   * The rule judges a cookie because it is a login cookie (its findings come from rule-context.ts
   * `authFinding`): they stand only while the analysis still gives the cookie the auth role — later
   * evidence, such as the page echoing the value as its CSRF token, takes them back (analyzer.ts).
   */
  authRole?: true;
}

/** A rule's meta with its id kept as a literal type, so the registry can derive `RuleId` (index.ts). */
export function defineMeta<const Id extends string>(meta: RuleMeta<Id>): RuleMeta<Id> {
  return meta;
}
