/**
 * Every rule's meta with its texts (rule-texts.ts): what docs/rules.md, the SARIF rule list and the
 * Markdown report describe. Kept apart from rule-texts.ts, which the popup imports without the registry.
 */
import { ALL_RULES, type RuleId } from './index';
import type { RuleMeta, RuleTexts } from './rule';
import { RULE_TEXTS } from './rule-texts';

/** A rule's meta with its texts. */
export type RuleDoc = RuleMeta<RuleId> & RuleTexts;

export const ALL_RULE_DOCS: readonly RuleDoc[] = ALL_RULES.map((meta) => ({
  ...meta,
  ...RULE_TEXTS[meta.id],
}));

/** The rule `id` with its texts, or undefined for an id no rule has (users' configs, old reports). */
export function ruleDoc(id: string): RuleDoc | undefined {
  return ALL_RULE_DOCS.find((r) => r.id === id);
}
