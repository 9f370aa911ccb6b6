/**
 * Derives src/core/roles/known-cookies.ts from the Open Cookie Database (Apache-2.0; vendored with its
 * LICENSE in test/fixtures/open-cookie-database/). Only what the role classifier uses is kept: the names
 * of Analytics and Marketing cookies (never credentials) with their platform, in a compact text table,
 * so the bundles carry a few KB instead of the 570 KB CSV.
 *
 *   npx tsx scripts/data/build-known-cookies.ts          # rewrite the table
 *   npx tsx scripts/data/build-known-cookies.ts --check  # exit 1 when the table is stale (test/unit/scripts/known-cookies-table.spec.ts checks the same)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CSV = join(root, 'test', 'fixtures', 'open-cookie-database', 'open-cookie-database.csv');
export const OUT = join(root, 'src', 'core', 'roles', 'known-cookies.ts');

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const TRACKING = new Set(['Analytics', 'Marketing']);

/** A TypeScript string literal as biome formats it (single quotes), so `--check` compares like with like. */
function singleQuoted(text: string): string {
  const escaped = text.replace(
    /[\\'\n\t\r]/g,
    (c) => ({ '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c] ?? `\\${c}`,
  );
  return `'${escaped}'`;
}

/** Text a table line cannot hold raw: its separators. */
const SEPARATORS = /[\t\n]/;

/**
 * One line per platform and category, `<A|M><platform><TAB>name<TAB>name…`, names sorted: the platform
 * and category are written once instead of on each of the 1,241 names, and a platform's names (which
 * share prefixes: `n360-…`, `_hj…`) sit together, where gzip finds them. Measured (issue #16): 7.7 KB
 * gzipped instead of 9.0 KB for the per-name lines plus a platform index.
 */
export function buildTable(csv: string): string {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  const col = (name: string) => (header ?? []).indexOf(name);
  const [iPlatform, iCategory, iName, iWildcard] = [
    col('Platform'),
    col('Category'),
    col('Cookie / Data Key name'),
    col('Wildcard match'),
  ];
  // Keyed by category letter + platform, in first-seen order: a stable table for a given CSV.
  const groups = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const r of rows) {
    const category = r[iCategory] ?? '';
    const name = (r[iName] ?? '').trim();
    if (!TRACKING.has(category) || name === '' || SEPARATORS.test(name)) continue;
    const platform = (r[iPlatform] ?? '').trim().replace(/[\t\n\r]/g, ' ');
    const key = `${name}${r[iWildcard] === '1' ? '*' : ''}`;
    // The first row for a name wins, as before (the CSV lists a few names twice).
    if (seen.has(key)) continue;
    seen.add(key);
    const group = `${category[0]}${platform}`;
    const names = groups.get(group) ?? new Set<string>();
    names.add(key);
    groups.set(group, names);
  }
  const lines = [...groups].map(([group, names]) => [group, ...[...names].sort()].join('\t'));
  return `/**
 * Analytics and Marketing cookies of the Open Cookie Database (github.com/jkwakman/Open-Cookie-Database,
 * commit 0ee5a17fe1cb), Apache-2.0, Copyright the Open Cookie Database contributors: see
 * test/fixtures/open-cookie-database/LICENSE and THIRD-PARTY-NOTICES. Derived by
 * scripts/data/build-known-cookies.ts — do not edit by hand.
 *
 * One line per platform and category: \`<A|M><platform><TAB>name[*]<TAB>name[*]…\`; A = Analytics,
 * M = Marketing; \`*\` = the name is a prefix (\`_gac_*\`). Cookie names are case-sensitive
 * (RFC 6265bis §5.7): compared as written.
 */
export const KNOWN_TRACKING_COOKIES =
  ${singleQuoted(lines.join('\n'))};
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const table = buildTable(readFileSync(CSV, 'utf8'));
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT, 'utf8');
    if (current !== table) {
      console.error(`${OUT} is stale: run npx tsx scripts/data/build-known-cookies.ts`);
      process.exit(1);
    }
  } else writeFileSync(OUT, table);
}
