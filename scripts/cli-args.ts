import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/**
 * A command's arguments, parsed by `node:util` `parseArgs` (strict: an unknown or incomplete
 * option is an error). Every command takes `--help`, which prints the usage. A mistake, or no
 * positional argument for a command that needs one, prints what was wrong and the usage and exits
 * with code 2, rather than a stack trace.
 */
export function commandArgs<const T extends ParseArgsOptionsConfig>(options: T, usage: string, { needsPositionals = false } = {}) {
  const config = {
    args: process.argv.slice(2),
    options: { ...options, help: { type: 'boolean' as const } },
    allowPositionals: true as const,
    strict: true as const,
  };
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  if (needsPositionals && parsed.positionals.length === 0) {
    console.error(usage);
    process.exit(2);
  }
  return parsed;
}

/**
 * `--content-root DIR`, the folder holding content/ that a command reads and writes: by default the one
 * the build reads (DOSSIER_CONTENT_ROOT, else the project folder), so an entry never goes where the
 * build does not look.
 */
export const CONTENT_ROOT_OPTION = { type: 'string', default: process.env['DOSSIER_CONTENT_ROOT'] ?? '.' } as const;
