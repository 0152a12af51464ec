/** Making a kept version of a dataset live again, for `vigil rollback` and the API. */
import { findVersion, liveOf, olderThan } from './kept-versions.js'
import type { Store, VersionInfo } from './store.js'

export interface Rollback {
  /** The version live before; still kept, now retired (unless it is `now`). */
  previous: VersionInfo
  /** The version live after. */
  now: VersionInfo
  /** False when the version asked for was already live: nothing was done. */
  changed: boolean
}

/** The version a rollback makes live: the one labelled, or the one before the live one. */
export function rollbackTarget(dataset: string, versions: VersionInfo[], label?: string): { live: VersionInfo; target: VersionInfo } {
  const live = liveOf(dataset, versions)
  return { live, target: label ? findVersion(dataset, versions, label) : olderThan(dataset, versions, live) }
}

/** Make the target live through the store, which audits it as `dataset.rolled_back` under `actor`. */
export async function rollbackVersion(store: Store, dataset: string, versions: VersionInfo[], label: string | undefined, actor: string): Promise<Rollback> {
  const { live, target } = rollbackTarget(dataset, versions, label)
  if (target.version === live.version) return { previous: live, now: live, changed: false }
  return { previous: live, now: await store.activateVersion(dataset, target.version, actor), changed: true }
}
