/** The `{dataset}` of a route: a live dataset or `default`; anything else is a 404 listing them. */
import { AppError } from '../errors.js'
import type { ScreeningIndex } from '../index/screening-index.js'
import { DEFAULT_SCOPE } from '../screening/entity-filter.js'

/** The names of the datasets the index serves. */
export function datasetNames(index: ScreeningIndex): string[] {
  return index.datasets.map((d) => d.dataset)
}

/** Check a dataset name against the index; returns it. */
export function checkScope(index: ScreeningIndex, name: string): string {
  const names = datasetNames(index)
  if (name === DEFAULT_SCOPE || names.includes(name)) return name
  const known = [DEFAULT_SCOPE, ...names].join(', ')
  throw new AppError('unknown_dataset', `No dataset '${name}'. Datasets: ${known}. Import a list with \`vigil import FORMAT FILE\` to add one.`)
}
