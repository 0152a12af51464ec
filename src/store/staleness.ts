/**
 * How old a list's data is. A screening against a list that stopped being updated misses every
 * later designation, so a list whose source date is older than VIGIL_STALE_DAYS is flagged
 * wherever datasets are shown (`vigil datasets`, GET /catalog, GET /readyz). The one rule lives here.
 */
import type { VersionInfo } from './store.js'

const DAY_MS = 86_400_000

export interface Freshness {
  /** The data date the source states (or the mirror's date for it), YYYY-MM-DD; null when unknown. */
  sourceDate: string | null
  /** Whole days from the source date to `now`; null when the date is unknown. */
  ageDays: number | null
  /** Older than the limit. A list without a date is not called stale, but its age shows as unknown. */
  stale: boolean
}

export interface StaleDataset {
  dataset: string
  sourceDate: string
  ageDays: number
}

/** The freshness of one dataset's source date at `now`, against a limit of `staleDays`. */
export function freshnessOf(sourceDate: string | null, now: Date, staleDays: number): Freshness {
  const time = sourceDate ? Date.parse(sourceDate) : NaN
  if (Number.isNaN(time)) return { sourceDate: null, ageDays: null, stale: false }
  const ageDays = Math.floor((now.getTime() - time) / DAY_MS)
  return { sourceDate: sourceDate!.slice(0, 10), ageDays, stale: ageDays > staleDays }
}

/** The datasets whose source is older than `staleDays`, oldest first. */
export function staleDatasets(datasets: VersionInfo[], now: Date, staleDays: number): StaleDataset[] {
  const stale: StaleDataset[] = []
  for (const d of datasets) {
    const f = freshnessOf(d.sourceDate, now, staleDays)
    if (f.stale) stale.push({ dataset: d.dataset, sourceDate: f.sourceDate!, ageDays: f.ageDays! })
  }
  return stale.sort((a, b) => b.ageDays - a.ageDays)
}

/** "3 datasets are older than 30 days: gb_hmt_sanctions (2018-04-13, 3154 days), …" */
export function describeStale(stale: StaleDataset[], staleDays: number): string | undefined {
  if (stale.length === 0) return undefined
  const list = stale.map((s) => `${s.dataset} (${s.sourceDate}, ${s.ageDays} days)`).join(', ')
  const subject = stale.length === 1 ? '1 dataset is' : `${stale.length} datasets are`
  return `${subject} older than ${staleDays} days (VIGIL_STALE_DAYS): ${list}. Screening against ${stale.length === 1 ? 'it' : 'them'} misses later designations; run \`vigil update\`.`
}
