/**
 * Recording what a match answered: each screened query becomes a recorded screening (review/), and
 * each of its results says what the record made of it: `review: { status, alert_id? }` and, for a
 * pair cleared by an approved false positive, `suppressed: { by: decision id }`.
 */
import type { Principal } from '../review/principal.js'
import { recordScreening, type RecordedResult, type ScreeningToRecord } from '../review/record-screening.js'
import type { ScreenedHit } from '../review/screened-hit.js'
import type { RecordStore } from '../store/records/record-store.js'

export interface MatchAnswer {
  status: number
  results?: Array<ScreenedHit & Record<string, unknown>>
  query?: { id?: string; schema: string; properties: Record<string, unknown[]> }
  [field: string]: unknown
}

export type RecordSettings = Omit<ScreeningToRecord, 'subject' | 'results'>

/**
 * Record every screened answer, in the order given; answers that are per-query errors are left as
 * they are. Resolves to the alerts the screenings opened.
 */
export async function recordAnswers(records: RecordStore, by: Principal, answers: MatchAnswer[], settings: RecordSettings): Promise<number[]> {
  const opened: number[] = []
  for (const answer of answers) {
    if (answer.status !== 200 || !answer.results || !answer.query) continue
    const recorded = await recordScreening(records, by, { ...settings, subject: answer.query, results: answer.results })
    answer.screening_id = recorded.id
    answer.results = answer.results.map((hit, i) => ({ ...hit, ...reviewFields(recorded.results[i]!) }))
    opened.push(...recorded.opened)
  }
  return opened
}

function reviewFields(result: RecordedResult): Record<string, unknown> {
  return {
    review: { status: result.status, ...(result.alert_id !== undefined ? { alert_id: result.alert_id } : {}) },
    ...(result.suppressed ? { suppressed: { by: result.suppressed.by, whitelist_id: result.suppressed.whitelist_id } } : {}),
  }
}
