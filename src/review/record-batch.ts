/**
 * Recording a screened batch file (`vigil screen --record`): each row that was screened becomes a
 * recorded screening, with the client's id when the file has an id column, and the file and line
 * it came from; its hits open alerts as any recorded screening's do.
 */
import type { RecordStore } from '../store/records/record-store.js'
import type { Principal } from './principal.js'
import { recordScreening } from './record-screening.js'
import { reviewThresholdFor } from './review-threshold.js'
import type { ScreenedHit } from './screened-hit.js'

export interface BatchRowToRecord {
  line: number
  clientId?: string
  query?: { schema: string; properties: Record<string, unknown> }
  hits: ScreenedHit[]
  error?: string
}

export interface BatchToRecord {
  file: string
  dataVersion: string
  algorithm: string
  threshold: number
  /** The dataset screened against; `default` (every list) unless told. */
  dataset?: string
  rows: BatchRowToRecord[]
}

// The client's id column of a batch file, by the first of these headers it has (any case).
export const ID_HEADERS = ['id', 'client_id', 'customer_id', 'customer id', 'reference']

export function idHeaderOf(headers: string[]): string | undefined {
  return headers.find((h) => ID_HEADERS.includes(h.trim().toLowerCase()))
}

export async function recordBatch(records: RecordStore, by: Principal, batch: BatchToRecord): Promise<{ screenings: number; alerts: number }> {
  let screenings = 0
  let alerts = 0
  for (const row of batch.rows) {
    if (!row.query || row.error) continue
    const recorded = await recordScreening(records, by, {
      subject: { ...(row.clientId ? { id: row.clientId } : {}), schema: row.query.schema, properties: row.query.properties as Record<string, unknown[]> },
      results: row.hits,
      dataset: batch.dataset ?? 'default',
      algorithm: batch.algorithm,
      threshold: batch.threshold,
      reviewThreshold: reviewThresholdFor(batch.threshold),
      dataVersion: batch.dataVersion,
      source: 'batch',
      context: { file: batch.file, line: row.line },
    })
    screenings++
    alerts += recorded.opened.length
  }
  return { screenings, alerts }
}
