/** The batch API's answers as the Batches page reads them (src/api/schemas/batches.ts; names kept as sent). */

export type BatchFormat = 'csv' | 'jsonl' | 'xlsx'

export interface Batch {
  id: string
  name: string
  format: BatchFormat
  status: 'running' | 'done' | 'failed'
  rows: number
  screened: number
  /** Rows with at least one result at or over the threshold. */
  matched: number
  alerts: number
  recorded: number
  created_by: string
  created_at: string
  finished_at: string | null
  error: string | null
  warnings: string[]
}

/** The result formats, each with the words its download link says. */
export const RESULT_FORMATS: Array<{ format: BatchFormat; label: string }> = [
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'XLSX' },
  { format: 'jsonl', label: 'JSON lines' },
]

export const batchPath = (id: string) => `/v1/batches/${encodeURIComponent(id)}`
export const resultsUrl = (id: string, format: BatchFormat) => `${batchPath(id)}/results?format=${format}`
