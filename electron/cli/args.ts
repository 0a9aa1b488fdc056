/**
 * A small argument parser for the command line: positionals, `--flag`, `--key value` (repeatable)
 * and `-o value`. Unknown options are errors, so a typo never silently changes a result.
 */
export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string[]>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parse `argv` given the boolean flags and the options that take a value (long names, no dashes; short aliases map to long). */
export function parseArgs(argv: string[], spec: { flags?: string[]; values?: string[]; aliases?: Record<string, string> }): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  const known = new Set([...(spec.flags ?? []), ...(spec.values ?? [])]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      positionals.push(a);
      continue;
    }
    let name = a.startsWith('--') ? a.slice(2) : (spec.aliases?.[a.slice(1)] ?? a.slice(1));
    let inline: string | undefined;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      inline = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    if (!known.has(name)) throw new UsageError(`Unknown option ${a}.`);
    if (spec.values?.includes(name)) {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`Option --${name} needs a value.`);
      values.set(name, [...(values.get(name) ?? []), v]);
    } else {
      flags.add(name);
    }
  }
  return { positionals, flags, values };
}
