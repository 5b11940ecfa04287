import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/**
 * A command's arguments, parsed by `node:util` `parseArgs` (strict: an unknown or incomplete
 * option is an error). A mistake prints what was wrong and the usage, and exits with code 2,
 * rather than a stack trace.
 */
export function commandArgs<const T extends ParseArgsOptionsConfig>(options: T, usage: string) {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
