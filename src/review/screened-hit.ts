/**
 * What the review layer reads of a screening: the subject as screened and each result in the shape
 * every edge shows (screening/entity-view). Only the fields decisions depend on are named here.
 */
export interface Subject {
  /** The client's own id for the subject (a customer number); pairs are whitelisted by it when given. */
  id?: string | null
  schema: string
  properties: Record<string, unknown[]>
}

export interface ScreenedHit {
  id: string
  caption: string
  schema: string
  properties: Record<string, unknown[]>
  datasets: string[]
  score: number
  match: boolean
  paths?: unknown[]
  explanations?: Record<string, unknown>
}
