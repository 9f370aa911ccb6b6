/**
 * Every rule's texts by id (rule.ts `RuleTexts`): title, why it matters, how to fix it, references.
 * Findings carry the rule id only; whoever shows a finding to a person looks its texts up here. Kept
 * out of the rule modules so that the background (which judges with every rule but shows no text) and
 * the panel's first paint do not load them (issue #16, docs/architecture.md §8).
 */
import type { RuleId } from './index';
import type { RuleTexts } from './rule';
import { AUTH_TEXTS } from './rule-texts-auth';
import { OTHER_TEXTS } from './rule-texts-other';
import { REJECTED_TEXTS } from './rule-texts-rejected';
import { TOKEN_TEXTS } from './rule-texts-token';

export const RULE_TEXTS: Readonly<Record<RuleId, RuleTexts>> = {
  ...REJECTED_TEXTS,
  ...AUTH_TEXTS,
  ...TOKEN_TEXTS,
  ...OTHER_TEXTS,
};

/** Shown for an id no rule has (ids come from users' configs, old reports, other versions). */
const UNKNOWN: RuleTexts = { title: '', why: '', fix: '', refs: [] };

/** The texts of rule `id`, or empty texts for an unknown id. */
export function ruleTexts(id: string): RuleTexts {
  return Object.hasOwn(RULE_TEXTS, id) ? RULE_TEXTS[id as RuleId] : UNKNOWN;
}
