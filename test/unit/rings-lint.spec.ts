/**
 * docs/architecture.md §1: the rings are enforced by lint (biome's noRestrictedImports, biome.json).
 * Each ring gets a planted file with an import it must not have — and one with an import it may have —
 * and biome must flag exactly the wrong ones. The files live in the rings for the run and are removed.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** Each ring's folder, the imports planted there that it must not have, and ones it may have. */
interface Ring {
  ring: string;
  /** Folder of the planted files, from the repository root. */
  dir: string;
  /**
   * `[name, module]`: the file imports `name` (`type Name`: a type-only import) from `module` and uses
   * it, so it is otherwise clean.
   */
  wrong: [string, string][];
  right: [string, string][];
}

const RINGS: Ring[] = [
  {
    ring: 'core',
    dir: 'src/core',
    wrong: [
      ['browser', '../platform/browser'],
      ['readSummaryReply', '../protocol/summary-reply'],
      ['readFile', 'node:fs/promises'],
      ['createHash', 'node:crypto'],
    ],
    right: [['SEVERITY_ORDER', './model']],
  },
  {
    ring: 'protocol',
    dir: 'src/protocol',
    wrong: [['sendMessage', '../platform/send-message']],
    right: [['SEVERITY_ORDER', '../core/model']],
  },
  {
    ring: 'platform',
    dir: 'src/platform',
    wrong: [
      ['dispatch', '../background/message-handlers'],
      ['buildPopupModel', '../ui/popup/popup-model'],
    ],
    right: [['readSummaryReply', '../protocol/summary-reply']],
  },
  {
    ring: 'ui',
    dir: 'src/ui',
    wrong: [
      ['browser', '../platform/browser'],
      ['readJarCookies', '../platform/jar-cookies'],
      // Types too: the popup once took its jar rows' type from the platform.
      ['type JarCookie', '../platform/jar-cookies'],
      ['default as polyfill', 'webextension-polyfill'],
      ['readFileSync', 'node:fs'],
    ],
    right: [['toJarCookie', '../protocol/jar-cookie']],
  },
  {
    ring: 'background',
    dir: 'src/background',
    wrong: [
      ['buildPopupModel', '../ui/popup/popup-model'],
      // The pages' namespace (the polyfill): the background has its own (background-browser.ts, issue #16).
      ['browser', '../platform/browser'],
    ],
    right: [
      ['browser', '../platform/background-browser'],
      ['type BadgeLook', '../platform/badge'],
    ],
  },
  {
    ring: 'cli',
    dir: 'src/cli',
    wrong: [['browser', '../platform/browser']],
    right: [['readFile', 'node:fs/promises']],
  },
  {
    ring: 'panels',
    dir: 'panels',
    wrong: [['dispatch', '../src/background/message-handlers']],
    right: [['sendMessage', '../src/platform/send-message']],
  },
  {
    ring: 'scripts',
    dir: 'scripts',
    wrong: [
      ['startTestServer', '../test/e2e/harness/test-server'],
      ['startTestServer', '../test/e2e/harness/test-server.ts'],
    ],
    right: [['findChromium', './browsers/browser-paths']],
  },
];

interface Probe {
  ring: string;
  file: string;
  /** The import line; the file then uses what it imported. */
  line: string;
  local: string;
  wrong: boolean;
}

const PROBES: Probe[] = RINGS.flatMap((r) =>
  [...r.wrong.map((i) => [i, true] as const), ...r.right.map((i) => [i, false] as const)].map(
    ([[name, from], wrong], n) => ({
      ring: r.ring,
      file: join(r.dir, `zz-rings-lint-probe-${process.pid}-${n}.ts`),
      line: name.startsWith('type ')
        ? `import type { ${name.slice(5)} } from '${from}';`
        : `import { ${name} } from '${from}';`,
      local: name.split(' ').at(-1) ?? name,
      wrong,
    }),
  ),
);

const code = (p: Probe) =>
  p.line.startsWith('import type')
    ? `${p.line}\n\nexport type Probe = ${p.local};\n`
    : `${p.line}\n\nexport const probe = [${p.local}];\n`;

interface Diagnostic {
  category: string;
  message: string;
  location: { path: string };
}
let diagnostics: Diagnostic[] = [];

beforeAll(() => {
  for (const p of PROBES) writeFileSync(join(root, p.file), code(p));
  const run = spawnSync(
    join(root, 'node_modules/.bin/biome'),
    ['lint', '--reporter=json', ...PROBES.map((p) => p.file)],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  const report = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
  diagnostics = report.diagnostics;
}, 60_000);

afterAll(() => {
  for (const p of PROBES) rmSync(join(root, p.file), { force: true });
});

describe('rings are enforced by lint', () => {
  it.each(PROBES.map((p) => [p.ring, p.line, p.wrong, p.file] as const))(
    '%s: %s → flagged: %s',
    (_ring, _line, wrong, file) => {
      const mine = diagnostics.filter((d) => d.location.path === file);
      const restricted = mine.filter((d) => d.category === 'lint/style/noRestrictedImports');
      expect(restricted.length > 0, JSON.stringify(mine)).toBe(wrong);
      // Nothing else is wrong with a probe: a flag comes from the ring rule, not from the probe's shape.
      expect(mine.filter((d) => d.category !== 'lint/style/noRestrictedImports')).toEqual([]);
    },
  );

  it('every ring has a planted wrong import and an allowed one', () => {
    const rings = ['core', 'protocol', 'platform', 'ui', 'background', 'cli', 'panels', 'scripts'];
    expect(RINGS.map((r) => r.ring)).toEqual(rings);
    for (const r of RINGS) expect(r.wrong.length > 0 && r.right.length > 0, r.ring).toBe(true);
  });
});
