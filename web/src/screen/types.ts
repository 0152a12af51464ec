/** What the match API and `POST /v1/screenings` answer, and the one shape the results view reads. */
import type { Entity } from '../entity/types'

export interface FeatureExplanation {
  score: number
  detail: string
  query: string | null
  candidate: string | null
  weight: number
}

export interface MatchResult extends Entity {
  score: number
  match: boolean
  features: Record<string, number>
  explanations?: Record<string, FeatureExplanation>
}

export interface MatchQuery {
  schema: string
  properties: Record<string, string[]>
}

/** `POST /match/:dataset` (yente-compatible). */
export interface MatchResponse {
  responses: Record<string, { status: number; results: MatchResult[]; total: { value: number; relation: string }; query: MatchQuery; detail?: string }>
  threshold: number
  algorithm: string
  data_version: string
}

/** `POST /v1/screenings`: the record, with the results it kept. */
export interface RecordedScreening {
  id: number
  dataset: string
  algorithm: string
  threshold: number
  data_version: string
  alerts: number[]
  results: MatchResult[]
  total: { value: number; relation: string }
  query: MatchQuery
}

/** Either answer, read the same way by the results view. */
export interface ScreeningOutcome {
  query: MatchQuery
  results: MatchResult[]
  total: number
  threshold: number
  algorithm: string
  dataVersion: string
  recorded?: { id: number; alerts: number[] }
}

export interface Algorithm {
  name: string
  description: string
  threshold: number
  features: Record<string, { description: string; coefficient: number }>
}

export interface CatalogDataset {
  name: string
  title: string
  type: string
  version: string
  entity_count: number
}
