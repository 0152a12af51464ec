/**
 * The review threshold: results below the threshold but at or above it are kept with a recorded
 * screening as `possible` hits, for an analyst to look at without an alert. A client may set it
 * (yente's `cutoff`, or `review_threshold`); otherwise it sits this far below the threshold.
 */
export const REVIEW_MARGIN = 0.1

export function reviewThresholdFor(threshold: number, asked?: number): number {
  if (asked !== undefined) return Math.min(asked, threshold)
  return Math.max(0, Math.round((threshold - REVIEW_MARGIN) * 1000) / 1000)
}
