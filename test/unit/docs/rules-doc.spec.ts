import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../../../scripts/lib/rules-markdown.ts';
import { ALL_RULE_DOCS as ALL_RULES } from '../../../src/core/rules/rule-docs.ts';

describe('docs/rules.md', () => {
  it('is what the rule registry generates (run `npm run docs:rules` after changing a rule)', () => {
    const committed = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(rulesMarkdown(ALL_RULES));
  });

  it('documents every rule id once, with its severity, why, fix and references', () => {
    const doc = rulesMarkdown(ALL_RULES);
    for (const r of ALL_RULES) {
      expect(doc.split(`\n### ${r.id}\n`)).toHaveLength(2);
      expect(doc).toContain(`| [\`${r.id}\`](#${r.id}) | ${r.severity} |`);
      expect(doc).toContain(`Why: ${r.why}`);
    }
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
  });
});
