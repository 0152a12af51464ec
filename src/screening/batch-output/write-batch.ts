/** Writing screened rows in the format asked for, to a temporary name first so a failed run leaves no half file. */
import { rename, rm } from 'node:fs/promises'
import type { OutputRow } from './output-row.js'
import { writeCsv } from './write-csv.js'
import { writeJsonl } from './write-jsonl.js'
import { writeXlsx } from './write-xlsx.js'

export type OutputFormat = 'csv' | 'jsonl' | 'xlsx'

export interface WriteBatchOptions {
  path: string
  format: OutputFormat
  headers: string[]
  rows: OutputRow[]
  /** Hits written per row. */
  limit: number
  /** Data version, algorithm, threshold and the like, where the format has room for them. */
  about: Record<string, string | number>
}

export async function writeBatch(options: WriteBatchOptions): Promise<void> {
  const partial = `${options.path}.partial`
  try {
    if (options.format === 'jsonl') await writeJsonl(partial, options.rows)
    else if (options.format === 'xlsx') await writeXlsx({ ...options, path: partial })
    else await writeCsv({ ...options, path: partial })
    await rename(partial, options.path)
  } catch (err) {
    await rm(partial, { force: true })
    throw err
  }
}
