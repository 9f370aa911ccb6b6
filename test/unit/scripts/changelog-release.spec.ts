import { describe, expect, it } from 'vitest';
import { releaseChangelog } from '../../../scripts/lib/changelog-release.ts';

const text = '# Changelog\n\n## Unreleased\n\n### Added\n- a thing\n\n## 0.1.0\n\nFirst.\n';

describe('releaseChangelog', () => {
  it('puts the new version under an empty Unreleased, above the notes it releases', () => {
    const r = releaseChangelog(text, '0.2.0', '2026-12-05');
    expect(r).toEqual({
      ok: true,
      text: '# Changelog\n\n## Unreleased\n\n## 0.2.0 - 2026-12-05\n\n### Added\n- a thing\n\n## 0.1.0\n\nFirst.\n',
    });
  });

  it('refuses a version that is already released, and a file without Unreleased', () => {
    expect(releaseChangelog(text, '0.1.0', '2026-12-05')).toMatchObject({ ok: false });
    expect(releaseChangelog('# Changelog\n', '0.2.0', '2026-12-05')).toMatchObject({
      ok: false,
      message: expect.stringContaining('Unreleased'),
    });
  });
});
