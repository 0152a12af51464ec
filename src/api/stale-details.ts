/** The staleness part of /readyz and /catalog: which lists are older than VIGIL_STALE_DAYS, in the API's field names. */
import { z } from 'zod'
import { describeStale, staleDatasets } from '../store/staleness.js'
import type { VersionInfo } from '../store/store.js'

export const staleEntry = z.object({ dataset: z.string(), source_date: z.string(), age_days: z.number().int() })

export const staleDetailsSchema = {
  stale: z.array(staleEntry).meta({ description: 'Datasets whose source date is older than VIGIL_STALE_DAYS, oldest first.' }),
  warning: z.string().optional().meta({ description: 'What the stale datasets mean for screening, and what to do.' }),
}

/** `{ stale: [...], warning? }` for the served datasets; ready stays ready, the warning says what is old. */
export function staleDetails(datasets: VersionInfo[], staleDays: number, now = new Date()) {
  const stale = staleDatasets(datasets, now, staleDays)
  const warning = describeStale(stale, staleDays)
  return {
    stale: stale.map((s) => ({ dataset: s.dataset, source_date: s.sourceDate, age_days: s.ageDays })),
    ...(warning ? { warning } : {}),
  }
}
