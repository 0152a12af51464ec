/** The diff between two kept versions of a dataset, chosen by label, for `vigil diff` and the API. */
import { findVersion, keptOrFail, liveOf, olderThan } from './kept-versions.js'
import type { Store, VersionInfo } from './store.js'
import { diffEntities, type VersionDiff } from './version-diff.js'

export interface DiffReport extends VersionDiff {
  dataset: string
  from: VersionInfo
  to: VersionInfo
}

export interface DiffChoice {
  dataset: string
  /** The older version's label; default: the one before `to`. */
  from?: string
  /** The newer version's label; default: the live one. */
  to?: string
}

/** The two versions a diff compares, by label or default, from the kept versions (newest first). */
export function diffPair(versions: VersionInfo[], { dataset, from, to }: DiffChoice): { from: VersionInfo; to: VersionInfo } {
  const newer = to ? findVersion(dataset, versions, to) : liveOf(dataset, versions)
  return { from: from ? findVersion(dataset, versions, from) : olderThan(dataset, versions, newer), to: newer }
}

/** The versions of `dataset` kept in the store, or `unknown_dataset` listing the datasets. */
export async function keptVersions(store: Store, dataset: string): Promise<VersionInfo[]> {
  return keptOrFail(
    dataset,
    await store.listVersions(dataset),
    (await store.listDatasets()).map((d) => d.dataset),
  )
}

/** Walk both versions and report what changed between them. */
export async function diffVersions(store: Store, choice: DiffChoice, versions?: VersionInfo[]): Promise<DiffReport> {
  const { from, to } = diffPair(versions ?? (await keptVersions(store, choice.dataset)), choice)
  const diff = await diffEntities(store.iterateVersionEntities(choice.dataset, from.version), store.iterateVersionEntities(choice.dataset, to.version))
  return { dataset: choice.dataset, from, to, ...diff }
}
