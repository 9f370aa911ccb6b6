/**
 * `cookie-lens` command line (docs/architecture.md §6). Exit codes: 0 ok, 1 findings at or above --fail-on,
 * 2 bad usage or unusable input (one line on stderr, never a stack trace).
 */
import { readFile } from 'node:fs/promises';
import { VERSION } from '../core/version';
import { auditCommand } from './audit-command';
import { decodeCommand } from './decode-command';

const USAGE = `usage: cookie-lens <command> [options]

commands:
  audit <file.har> [--format table|json|md|sarif] [--fail-on high|medium|low] [--site S]
  decode <value> [--secret S] [--jwk FILE | --pem FILE]

options:
  -h, --help     show this help
  -v, --version  print the version`;

export async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (command === '-h' || command === '--help' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    console.log(VERSION);
    return 0;
  }
  if (command === 'audit') {
    return auditCommand(argv.slice(1), {
      out: (s) => console.log(s),
      err: (s) => console.error(s),
      readFile: (p) => readFile(p, 'utf8'),
      stdoutIsTTY: process.stdout.isTTY === true,
      stderrIsTTY: process.stderr.isTTY === true,
      progress: (s) => process.stderr.write(s),
      env: process.env,
    });
  }
  if (command === 'decode') {
    return decodeCommand(argv.slice(1), {
      out: (s) => console.log(s),
      err: (s) => console.error(s),
      readFile: (p) => readFile(p, 'utf8'),
    });
  }
  console.error(command ? `cookie-lens: unknown command '${command}'` : 'cookie-lens: no command given');
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // Last line of defence: one line, exit 2, never a stack trace (docs/architecture.md §6).
    console.error(`cookie-lens: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  },
);
