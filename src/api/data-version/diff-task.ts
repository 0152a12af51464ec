/**
 * A diff between two kept versions, run in a data-version worker: walking two versions of a large
 * list takes seconds of CPU, which the request thread must not spend (it answers /healthz meanwhile).
 */
import { diffVersions, type DiffReport } from '../../store/diff-versions.js'
import type { Store } from '../../store/store.js'

export interface DiffTask {
  kind: 'diff'
  dataset: string
  from: string
  to: string
  limit: number
}

// Kept versions never change, so a diff stays true; the Data page asks for the same one again and again.
const DIFFS_CACHED = 8
const diffs = new Map<string, Promise<DiffReport>>()

export async function runDiff(task: DiffTask, store: Store): Promise<string> {
  const key = `${task.dataset}\u0000${task.from}\u0000${task.to}`
  let diff = diffs.get(key)
  if (!diff) {
    diff = diffVersions(store, { dataset: task.dataset, from: task.from, to: task.to })
    diffs.set(key, diff)
    // A failure (a store that could not be read) is not remembered: the next request tries again.
    diff.catch(() => diffs.delete(key))
    if (diffs.size > DIFFS_CACHED) diffs.delete(diffs.keys().next().value!)
  }
  return JSON.stringify(diffView(await diff, task.limit))
}

export function diffView(d: DiffReport, limit: number) {
  const { added, removed, changed } = d.counts
  return {
    dataset: d.dataset,
    from: d.from.version,
    to: d.to.version,
    counts: { added, removed, changed },
    added: d.added.slice(0, limit),
    removed: d.removed.slice(0, limit),
    changed: d.changed.slice(0, limit).map(({ props, ...entity }) => ({ ...entity, properties: props })),
    truncated: Math.max(added, removed, changed) > limit,
  }
}
