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

interface Probe {
  ring: string;
  /** Folder of the planted file, from the repository root. */
  dir: string;
  /** One import line and a use of what it imports, so the file is otherwise clean. */
  code: string;
  wrong: boolean;
}

const imp = (what: string, from: string) =>
  `import { ${what} } from '${from}';\n\nexport const probe = [${what}];\n`;
const type = (what: string, from: string) =>
  `import type { ${what} } from '${from}';\n\nexport type Probe = ${what};\n`;

const PROBES: Probe[] = [
  { ring: 'core', dir: 'src/core', code: imp('browser', '../platform/browser'), wrong: true },
  { ring: 'core', dir: 'src/core', code: type('PopupInput', '../protocol/popup-input'), wrong: true },
  { ring: 'core', dir: 'src/core', code: imp('readFile', 'node:fs/promises'), wrong: true },
  { ring: 'core', dir: 'src/core', code: imp('createHash', 'node:crypto'), wrong: true },
  { ring: 'ui', dir: 'src/ui', code: imp('readFileSync', 'node:fs'), wrong: true },
  { ring: 'core', dir: 'src/core', code: type('Exchange', './model'), wrong: false },
  {
    ring: 'protocol',
    dir: 'src/protocol',
    code: imp('sendMessage', '../platform/send-message'),
    wrong: true,
  },
  { ring: 'protocol', dir: 'src/protocol', code: type('Finding', '../core/model'), wrong: false },
  {
    ring: 'platform',
    dir: 'src/platform',
    code: imp('dispatch', '../background/message-handlers'),
    wrong: true,
  },
  { ring: 'platform', dir: 'src/platform', code: type('PopupModel', '../ui/popup/popup-model'), wrong: true },
  {
    ring: 'platform',
    dir: 'src/platform',
    code: type('PanelSource', '../protocol/panel-source'),
    wrong: false,
  },
  { ring: 'ui', dir: 'src/ui', code: imp('browser', '../platform/browser'), wrong: true },
  { ring: 'ui', dir: 'src/ui', code: type('JarCookie', '../platform/jar-cookies'), wrong: true },
  {
    ring: 'ui',
    dir: 'src/ui',
    code: "import polyfill from 'webextension-polyfill';\n\nexport const probe = [polyfill];\n",
    wrong: true,
  },
  { ring: 'ui', dir: 'src/ui', code: type('JarCookie', '../protocol/jar-cookie'), wrong: false },
  {
    ring: 'background',
    dir: 'src/background',
    code: type('PopupModel', '../ui/popup/popup-model'),
    wrong: true,
  },
  { ring: 'background', dir: 'src/background', code: imp('browser', '../platform/browser'), wrong: false },
  { ring: 'cli', dir: 'src/cli', code: imp('browser', '../platform/browser'), wrong: true },
  { ring: 'cli', dir: 'src/cli', code: imp('readFile', 'node:fs/promises'), wrong: false },
  { ring: 'panels', dir: 'panels', code: imp('dispatch', '../src/background/message-handlers'), wrong: true },
  { ring: 'panels', dir: 'panels', code: imp('sendMessage', '../src/platform/send-message'), wrong: false },
  {
    ring: 'scripts',
    dir: 'scripts',
    code: imp('startTestServer', '../test/e2e/harness/test-server'),
    wrong: true,
  },
  {
    ring: 'scripts',
    dir: 'scripts/tour',
    code: type('TestServer', '../../test/e2e/harness/test-server.ts'),
    wrong: true,
  },
  { ring: 'scripts', dir: 'scripts', code: imp('findChromium', './browsers/browser-paths'), wrong: false },
];

const files = PROBES.map((p, i) => join(p.dir, `zz-rings-lint-probe-${process.pid}-${i}.ts`));

interface Diagnostic {
  category: string;
  message: string;
  location: { path: string };
}
let diagnostics: Diagnostic[] = [];

beforeAll(() => {
  PROBES.forEach((p, i) => {
    writeFileSync(join(root, files[i] as string), p.code);
  });
  const run = spawnSync(join(root, 'node_modules/.bin/biome'), ['lint', '--reporter=json', ...files], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const report = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
  diagnostics = report.diagnostics;
}, 60_000);

afterAll(() => {
  for (const file of files) rmSync(join(root, file), { force: true });
});

describe('rings are enforced by lint', () => {
  it.each(PROBES.map((p, i) => [p.ring, p.code.split('\n')[0], p.wrong, i] as const))(
    '%s: %s → flagged: %s',
    (_ring, _line, wrong, i) => {
      const mine = diagnostics.filter((d) => d.location.path === files[i]);
      const restricted = mine.filter((d) => d.category === 'lint/style/noRestrictedImports');
      expect(restricted.length > 0, JSON.stringify(mine)).toBe(wrong);
      // Nothing else is wrong with a probe: a flag comes from the ring rule, not from the probe's shape.
      expect(mine.filter((d) => d.category !== 'lint/style/noRestrictedImports')).toEqual([]);
    },
  );

  it('every ring has a planted wrong import', () => {
    const rings = new Set(PROBES.map((p) => p.ring));
    for (const ring of ['core', 'protocol', 'platform', 'ui', 'background', 'cli', 'panels', 'scripts'])
      expect(rings.has(ring), ring).toBe(true);
    expect(new Set(PROBES.filter((p) => p.wrong).map((p) => p.ring))).toEqual(rings);
  });
});
