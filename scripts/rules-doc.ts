/** `npm run docs:rules`: regenerates docs/rules.md from the rule registry (lib/rules-markdown.ts). */
import { writeFileSync } from 'node:fs';
import { ALL_RULES } from '../src/core/rules/index.ts';
import { rulesMarkdown } from './lib/rules-markdown.ts';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown(ALL_RULES));
console.log(`docs/rules.md: ${ALL_RULES.length} rules`);
