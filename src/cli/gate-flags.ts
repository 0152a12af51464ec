/** The import sanity-gate flags shared by `vigil import` and `vigil update`. */
import type { Command } from 'commander'
import { DEFAULT_MAX_SHRINK, parseMaxShrink, type GatePolicy } from '../store/import-gates.js'

export interface GateFlags {
  maxShrink?: number
  allowShrink?: boolean
  force?: boolean
}

export function addGateOptions(command: Command): Command {
  return command
    .option(
      '--max-shrink <percent>',
      `refuse a new version with more than this many percent fewer entities than the live one (default: ${DEFAULT_MAX_SHRINK * 100})`,
      parseMaxShrink,
    )
    .option('--allow-shrink', 'accept a new version however many entities it lost (a list that really shrank)')
    .option('--force', "accept a format other than the live version's or the source manifest's")
}

export function gatesFrom(flags: GateFlags): Partial<GatePolicy> {
  return {
    ...(flags.maxShrink !== undefined && { maxShrink: flags.maxShrink }),
    allowShrink: flags.allowShrink === true,
    force: flags.force === true,
  }
}

export const GATES_HELP = `
Safety: a new version with more than --max-shrink (10%) fewer entities than the live one, or in
another format than the live version's or the source manifest's, is refused (exit code 2) and the
live version stays; --allow-shrink and --force accept them knowingly. \`vigil rollback\` undoes an import.`
