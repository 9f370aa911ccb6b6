/** One source for help: the top help and each command's --help agree, and each explains every option. */
import { describe, expect, it } from 'vitest';
import { auditCommand } from '../../../src/cli/audit-command.ts';
import { decodeCommand } from '../../../src/cli/decode-command.ts';
import { AUDIT_HELP, AUDIT_SYNOPSIS, DECODE_HELP, DECODE_SYNOPSIS, TOP_HELP } from '../../../src/cli/help.ts';

async function helpOf(command: typeof auditCommand | typeof decodeCommand): Promise<string> {
  const out: string[] = [];
  const io = { out: (s: string) => out.push(s), err: () => {}, readFile: async () => '' };
  expect(await command(['--help'], io)).toBe(0);
  return out.join('\n');
}

describe('help', () => {
  it('each command prints its own help, whose synopsis is the one the top help lists', async () => {
    expect(await helpOf(auditCommand)).toBe(AUDIT_HELP);
    expect(await helpOf(decodeCommand)).toBe(DECODE_HELP);
    expect(TOP_HELP).toContain(AUDIT_SYNOPSIS);
    expect(TOP_HELP).toContain(DECODE_SYNOPSIS);
    expect(AUDIT_HELP.startsWith(`usage: ${AUDIT_SYNOPSIS}\n`)).toBe(true);
    expect(DECODE_HELP.startsWith(`usage: ${DECODE_SYNOPSIS}\n`)).toBe(true);
  });

  it.each([
    ['audit', AUDIT_SYNOPSIS, AUDIT_HELP],
    ['decode', DECODE_SYNOPSIS, DECODE_HELP],
  ])(
    '%s: every option of the synopsis is explained, with exit codes and three examples',
    (_n, synopsis, help) => {
      const options = [...synopsis.matchAll(/--[a-z-]+/g)].map((m) => m[0]);
      expect(options.length).toBeGreaterThan(2);
      for (const option of options) expect(help).toMatch(new RegExp(`\\n {2}${option} `));
      expect(help).toMatch(/exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
      const examples = help.split('examples:\n')[1]?.trim().split('\n') ?? [];
      expect(examples).toHaveLength(3);
      for (const e of examples) expect(e.trim()).toMatch(/^(cookie-lens|curl .*\| cookie-lens) /);
    },
  );

  it('the top help has the exit codes and three examples too', () => {
    expect(TOP_HELP).toContain('exit codes:');
    expect(TOP_HELP.split('examples:\n')[1]?.trim().split('\n')).toHaveLength(3);
  });
});
