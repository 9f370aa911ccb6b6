/** `npm run docs:rules`: regenerates docs/rules.md from the rule registry (lib/rules-markdown.ts). */
import { writeFileSync } from 'node:fs';
import { ALL_RULE_DOCS } from '../src/core/rules/rule-docs.ts';
import { rulesMarkdown } from './lib/rules-markdown.ts';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown(ALL_RULE_DOCS));
console.log(`docs/rules.md: ${ALL_RULE_DOCS.length} rules`);
