/** The Batches page's routes: an uploaded file screened in the background, its progress and results. */
import { z } from 'zod'
import type { BodyFormat } from '../../screening/batch-input/read-batch-text.js'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The content types an upload may have, and the format each is read as. */
export const UPLOAD_TYPES: Record<string, BodyFormat> = {
  'text/csv': 'csv',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  [XLSX_TYPE]: 'xlsx',
}

/** The content type of each result format. */
export const MIME_TYPES: Record<BodyFormat, string> = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson', xlsx: XLSX_TYPE }

const format = z.enum(['csv', 'jsonl', 'xlsx'])

export const batchQuery = z.object({
  name: z.string().min(1).max(200).optional().meta({ description: "The file's name, for the batch list and the results' name." }),
  record: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'true: keep each row as a recorded screening; hits open alerts. Needs the record permission.' }),
  schema: z
    .string()
    .optional()
    .meta({ description: 'The schema of rows that do not say (default: Person when a row gives a birth date or nationality, else LegalEntity).' }),
  dataset: z.string().min(1).max(200).default('default'),
  algorithm: z.string().optional(),
  threshold: z.coerce.number().min(0).max(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(3).meta({ description: 'Hits written per row.' }),
})

export const batchIdParams = z.object({ id: z.string().min(1).max(100) })
export const resultsQuery = z.object({ format: format.optional().meta({ description: "Default: the upload's format." }) })

export const batchAnswer = z.object({
  id: z.string(),
  name: z.string(),
  format,
  status: z.enum(['running', 'done', 'failed']),
  rows: z.number().int(),
  screened: z.number().int(),
  matched: z.number().int().meta({ description: 'Rows with at least one result at or over the threshold.' }),
  alerts: z.number().int().meta({ description: 'Alerts the recorded rows opened.' }),
  recorded: z.number().int(),
  created_by: z.string(),
  created_at: z.string(),
  finished_at: z.string().nullable(),
  error: z.string().nullable(),
  warnings: z.array(z.string()).meta({ description: 'Rows that could not be read (each is in the results with its error).' }),
})

export const batchList = z.object({ batches: z.array(batchAnswer) })
