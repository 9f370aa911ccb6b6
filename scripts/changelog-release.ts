/** npm's `version` lifecycle script: package.json already has the new version; see lib/changelog-release.ts. */
import { readFileSync, writeFileSync } from 'node:fs';
import { releaseChangelog } from './lib/changelog-release.ts';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
const file = new URL('CHANGELOG.md', root);
const today = new Date().toISOString().slice(0, 10);
const result = releaseChangelog(readFileSync(file, 'utf8'), version, today);
if (!result.ok) {
  console.error(`changelog: ${result.message}`);
  process.exit(1);
}
writeFileSync(file, result.text);
console.log(`changelog: Unreleased → ${version} (${today})`);
