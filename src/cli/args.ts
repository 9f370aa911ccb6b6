/**
 * A tiny argv parser shared by the commands: `--name value`, `--name=value`, boolean flags, `--` ends
 * options. Only `--`-prefixed words are options, so a cookie value that starts with `-` stays a value.
 * Errors are values (the caller prints one line and exits 2).
 */

export interface ArgSpec {
  /** Options that take a value, without the dashes: `['secret', 'jwk']`. */
  options?: readonly string[];
  /** Boolean flags, without the dashes: `['json']`. */
  flags?: readonly string[];
  /** Short aliases: `{ '-h': 'help' }`. */
  aliases?: Readonly<Record<string, string>>;
}

/** Own properties only: `decode constructor` or `audit toString` must not find Object.prototype's members. */
const own = (o: object | undefined, key: string): boolean => o !== undefined && Object.hasOwn(o, key);

export type ParsedArgs =
  | { ok: true; positionals: string[]; options: Record<string, string>; flags: Set<string> }
  | { ok: false; message: string };

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  // A null prototype: `--__proto__ x` is stored as data and `'toString' in options` is false.
  const options: Record<string, string> = Object.create(null) as Record<string, string>;
  const flags = new Set<string>();
  const positionals: string[] = [];
  const takesValue = new Set(spec.options ?? []);
  const isFlag = new Set(spec.flags ?? []);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    const alias = own(spec.aliases, arg) ? spec.aliases?.[arg] : undefined;
    if (!arg.startsWith('--') && alias === undefined) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = alias ?? (eq > 0 ? arg.slice(2, eq) : arg.slice(2));
    if (isFlag.has(name)) {
      if (eq > 0 && alias === undefined) return { ok: false, message: `--${name} takes no value` };
      flags.add(name);
    } else if (takesValue.has(name)) {
      let value: string | undefined;
      if (eq > 0 && alias === undefined) value = arg.slice(eq + 1);
      else value = argv[++i];
      if (value === undefined) return { ok: false, message: `--${name} needs a value` };
      if (own(options, name)) return { ok: false, message: `--${name} given twice` };
      options[name] = value;
    } else {
      return { ok: false, message: `unknown option ${arg.split('=')[0]}` };
    }
  }
  return { ok: true, positionals, options, flags };
}
