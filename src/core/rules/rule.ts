/**
 * The common shape of a rule (house style §8): each rule is one small module with its id, severity and
 * messages, plus a pure check function returning `Finding[]`. What a person reads about the rule (title,
 * why it matters, how to fix it, references) is a function of its id alone and lives apart, in
 * rule-texts.ts: the background's tab summaries judge with every rule but show none of those texts, and
 * the panel shows them only in views it loads after its first paint (issue #16).
 */
import type { Severity } from '../model';

export interface RuleMeta<Id extends string = string> {
  /** Stable id from docs/architecture.md §5: the CLI, docs and tests use it. */
  id: Id;
  /** Default severity; a check may raise or lower it with a documented reason. */
  severity: Severity;
  /**
   * The rule judges a cookie because it is a login cookie (its findings come from rule-context.ts
   * `authFinding`): they stand only while the analysis still gives the cookie the auth role — later
   * evidence, such as the page echoing the value as its CSRF token, takes them back (analyzer.ts).
   */
  authRole?: true;
}

/** What a person reads about a rule: the same for every finding of it (rule-texts.ts). */
export interface RuleTexts {
  /** Short title for lists ("Auth cookie readable by scripts"). */
  title: string;
  /** Why it matters, for a reader who is learning. */
  why: string;
  /** How to fix it (may contain an Express snippet). */
  fix: string;
  /** RFC sections, CWE ids, OWASP cheat sheets. */
  refs: readonly string[];
}

/** A rule's meta with its id kept as a literal type, so the registry can derive `RuleId` (index.ts). */
export function defineMeta<const Id extends string>(meta: RuleMeta<Id>): RuleMeta<Id> {
  return meta;
}
