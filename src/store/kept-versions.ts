/** Choosing among the kept versions of a dataset by label, for rollback and diff; a miss lists what is kept. */
import { AppError } from '../errors.js'
import type { VersionInfo } from './store.js'

/** The kept versions, newest first, or `unknown_dataset` when there are none. */
export function keptOrFail(dataset: string, versions: VersionInfo[], known: string[]): VersionInfo[] {
  if (versions.length > 0) return versions
  const list = known.length > 0 ? known.join(', ') : 'none yet'
  throw new AppError('unknown_dataset', `No dataset '${dataset}' in the store. Datasets: ${list}.`)
}

/** The version with this label, or `not_found` listing the kept ones. */
export function findVersion(dataset: string, versions: VersionInfo[], label: string): VersionInfo {
  const found = versions.find((v) => v.version === label)
  if (found) return found
  throw new AppError('not_found', `No version ${label} of '${dataset}' is kept. ${describeKept(versions)}`)
}

export function liveOf(dataset: string, versions: VersionInfo[]): VersionInfo {
  const live = versions.find((v) => v.status === 'live')
  if (live) return live
  throw new AppError('not_found', `'${dataset}' has no live version. ${describeKept(versions)}`)
}

/** The kept version just older than `version` (versions are newest first), or `not_found`. */
export function olderThan(dataset: string, versions: VersionInfo[], version: VersionInfo): VersionInfo {
  const older = versions[versions.findIndex((v) => v.version === version.version) + 1]
  if (older) return older
  throw new AppError('not_found', `No version of '${dataset}' older than ${version.version} is kept. ${describeKept(versions)}`)
}

/** "Kept versions: 2026…-2 (live, 48007 entities, ofac-csv), 2026…-1 (retired, …)." */
export function describeKept(versions: VersionInfo[]): string {
  const list = versions.map((v) => `${v.version} (${v.status}, ${v.entities} entities, ${v.format}, imported ${v.importedAt ?? '?'})`)
  return `Kept versions, newest first: ${list.join('; ')}.`
}
