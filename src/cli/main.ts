/**
 * `cookie-lens` command line (docs/architecture.md §6). Exit codes: 0 ok, 1 findings at or above --fail-on,
 * 2 bad usage or unusable input (one line on stderr, never a stack trace). Help texts: help.ts.
 */
import { readFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import { VERSION } from '../core/version';
import { auditCommand } from './audit-command';
import { decodeCommand } from './decode-command';
import { TOP_HELP } from './help';

export async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (command === '-h' || command === '--help' || command === 'help') {
    // `cookie-lens help audit` is `cookie-lens audit --help`.
    const sub = argv[1];
    if (command === 'help' && (sub === 'audit' || sub === 'decode')) return main([sub, '--help']);
    console.log(TOP_HELP);
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
      // Bytes, not 'utf8': the core decodes by BOM (Fiddler's UTF-8 BOM, UTF-16 exports).
      readFile: (p) => readFile(p),
      readStdin: () => buffer(process.stdin),
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
  console.error(
    `cookie-lens: unknown command '${command}' (commands: audit, decode; see cookie-lens --help)`,
  );
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
