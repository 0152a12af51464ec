/**
 * Sanity gates between a new version and the live one: an import that would lose much of a list,
 * or that reads a list in another format than the dataset's, is refused unless asked for knowingly.
 * Pure checks; the store runs them inside the import's transaction, so a refused version never goes live.
 */
import { AppError } from '../errors.js'
import type { VersionInfo } from './store.js'

// OFAC's SDN list moves by a few percent a year; a tenth gone at once is a cut file, not news.
export const DEFAULT_MAX_SHRINK = 0.1

export interface GatePolicy {
  /** The largest share of the live version's entities a new version may lose (0.1 = 10%). */
  maxShrink: number
  /** Accept any shrink (--allow-shrink). */
  allowShrink: boolean
  /** Accept another format than the live version's or the manifest's (--force). */
  force: boolean
  /** The format the source manifest names for the dataset, when it names the dataset. */
  manifestFormat?: string
}

/** What is being imported: the refusal names the file. */
export interface Incoming {
  dataset: string
  format: string
  file: string
}

export const DEFAULT_POLICY: GatePolicy = { maxShrink: DEFAULT_MAX_SHRINK, allowShrink: false, force: false }

// A delta file patches the version its full export made: the two are one format for the gate.
const FAMILY: Record<string, string> = { 'ftm-delta': 'ftm' }

/** Refuse a format other than the live version's or the manifest's, unless forced. */
export function checkFormat({ format, dataset, file }: Incoming, live: VersionInfo | undefined, policy: GatePolicy): void {
  if (policy.force) return
  const expected = [live?.format, policy.manifestFormat].find((f) => f !== undefined && family(f) !== family(format))
  if (expected === undefined) return
  const why = expected === live?.format ? `its live version ${live.version} came from ${expected}` : `the source manifest names ${expected} for it`
  throw new AppError('import_refused', `Refused: ${format} into '${dataset}', but ${why}. Check the format and --dataset; pass --force to import it anyway.`, {
    file,
  })
}

/** Refuse a new version that has lost more than `maxShrink` of the live version's entities. */
export function checkShrink({ dataset, file }: Incoming, live: VersionInfo | undefined, entities: number, policy: GatePolicy): void {
  if (policy.allowShrink || !live || live.entities === 0) return
  const lost = (live.entities - entities) / live.entities
  if (lost <= policy.maxShrink) return
  throw new AppError(
    'import_refused',
    `Refused: the new version of '${dataset}' has ${entities} entities, ${percent(lost)} fewer than the ${live.entities} of live version ${live.version} (the limit is ${percent(policy.maxShrink)}). ` +
      'A cut or partial download looks like this; check the file. If the list really shrank, pass --allow-shrink (or a larger --max-shrink).',
    { file },
  )
}

/** Read `--max-shrink`: a percentage, "25" or "25%". */
export function parseMaxShrink(text: string): number {
  const match = text.trim().match(/^(\d+(?:\.\d+)?)%?$/)
  const value = match ? Number(match[1]) : NaN
  if (!(value >= 0 && value <= 100)) {
    throw new AppError('bad_input', `--max-shrink '${text}' is not a percentage from 0 to 100 (e.g. --max-shrink 25).`)
  }
  return value / 100
}

function family(format: string): string {
  return FAMILY[format] ?? format
}

function percent(share: number): string {
  return `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`
}
