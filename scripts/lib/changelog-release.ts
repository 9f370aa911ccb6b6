/**
 * `npm version` moves the CHANGELOG's "Unreleased" notes under the new version (Keep a Changelog), leaving
 * an empty "Unreleased" on top. Pure: the caller gives the text, the version and the date.
 */
export type ReleaseResult = { ok: true; text: string } | { ok: false; message: string };

export function releaseChangelog(text: string, version: string, date: string): ReleaseResult {
  if (text.includes(`\n## ${version} `) || text.includes(`\n## ${version}\n`))
    return { ok: false, message: `CHANGELOG.md already has a section for ${version}` };
  const heading = '\n## Unreleased\n';
  if (!text.includes(heading)) return { ok: false, message: 'CHANGELOG.md has no "## Unreleased" section' };
  return { ok: true, text: text.replace(heading, `${heading}\n## ${version} - ${date}\n`) };
}
