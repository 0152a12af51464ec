// The two statistics every benchmark reports: medians over runs and percentiles of latencies.

/** The median of a list of numbers (the upper one of the two middle values for an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** The p-th percentile (0–100) of an already sorted list, by the nearest-rank rule. */
export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
