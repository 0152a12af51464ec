/** Explanations in one line for tables and spreadsheets: the features that moved the score, strongest first. */
import type { ScreenedExplanation } from '../entity-view/screened-entity.js'

type Part = Pick<ScreenedExplanation, 'score' | 'weight' | 'detail'>

/** "name_match 0.93: 'amro' ≈ 'amr', 'armanazi' = 'armanazi'; dob_match 1: 1944 vs 1944-02-07". */
export function summarizeExplanations(explanations: Record<string, Part>): string {
  return Object.entries(explanations)
    .filter(([, e]) => e.score !== 0 && e.weight !== 0)
    .sort(([, a], [, b]) => Math.abs(b.score * b.weight) - Math.abs(a.score * a.weight))
    .map(([name, e]) => `${name} ${round(e.score)}: ${e.detail}`)
    .join('; ')
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
