import { describe, expect, it } from 'vitest';
import { candidatePaths } from '../../../src/core/cookie/cookie-store.ts';
import { pathMatch } from '../../../src/core/cookie/domain-path-match.ts';

describe('candidatePaths', () => {
  it('lists every cookie path that can path-match, once', () => {
    expect(candidatePaths('/a/b').sort()).toEqual(['/', '/a', '/a/', '/a/b'].sort());
    expect(candidatePaths('/')).toEqual(['/']);
    expect(candidatePaths('/a//b').sort()).toEqual(['/', '/a', '/a/', '/a//', '/a//b'].sort());
  });

  it('agrees with pathMatch on every prefix', () => {
    for (const req of ['/a/b/c', '/a//b/', '/x', '/dir/', '/a/b/c/d.html']) {
      const all = new Set<string>();
      for (let i = 1; i <= req.length; i++) all.add(req.slice(0, i));
      const expected = [...all].filter((p) => pathMatch(req, p)).sort();
      expect(candidatePaths(req).sort()).toEqual(expected);
    }
  });
});
