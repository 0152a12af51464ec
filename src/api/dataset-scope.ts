/** The `{dataset}` of a route: a live dataset or `default`; anything else is a 404 listing them. */
import { AppError } from '../errors.js'
import { DEFAULT_SCOPE } from '../screening/entity-filter.js'
import type { VersionInfo } from '../store/store.js'

/** The names of the datasets a data version serves. */
export function datasetNames(datasets: readonly VersionInfo[]): string[] {
  return datasets.map((d) => d.dataset)
}

/** Check a dataset name against the datasets served; returns it. */
export function checkScope(datasets: readonly VersionInfo[], name: string): string {
  const names = datasetNames(datasets)
  if (name === DEFAULT_SCOPE || names.includes(name)) return name
  const known = [DEFAULT_SCOPE, ...names].join(', ')
  throw new AppError('unknown_dataset', `No dataset '${name}'. Datasets: ${known}. Import a list with \`vigil import FORMAT FILE\` to add one.`)
}
